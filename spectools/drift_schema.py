"""Compare two schemas, resolved structure against resolved structure.

`$ref`s are followed on both sides as the walk goes, so renaming a component changes nothing that
is reported. Pointers are JSON pointers into the *dereferenced* document (`.../schema/properties/
speed/maximum`): they stay the same when upstream moves a schema between components, which is
what the acknowledgement file needs. Every change found is named by a key of `drift_rules.RULES`
(or a documentation keyword) and gets its severity there, by the direction its data flows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .drift_rules import DOC_KINDS, EXTENSION_KIND, Change, Direction, Severity, verdict_for
from .drift_symbols import ITEMS, VALUES, SymbolPath
from .specio import SpecError

__all__ = ["Place", "Resolver", "SchemaComparison", "escape_pointer", "same_value"]

# Bounds: JSON Schema keyword -> oasdiff's name for it in rule ids.
_UPPER_BOUNDS = {
    "maximum": "max",
    "exclusiveMaximum": "exclusive-max",
    "maxLength": "max-length",
    "maxItems": "max-items",
    "maxProperties": "max-properties",
}
_LOWER_BOUNDS = {
    "minimum": "min",
    "exclusiveMinimum": "exclusive-min",
    "minLength": "min-length",
    "minItems": "min-items",
    "minProperties": "min-properties",
}
# Formats for which openapi-python-client generates another Python type than `str`.
_TYPED_FORMATS = {"date-time", "date", "uuid", "binary"}
_COMPOSITIONS = {"oneOf": "one-of", "anyOf": "any-of", "allOf": "all-of"}
_SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions"}
_SCHEMA_LISTS = {"oneOf", "anyOf", "allOf", "prefixItems"}
_JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def same_value(a: Any, b: Any) -> bool:
    # json text, not ==, so that 1, 1.0 and True stay different values
    return a is b or _canonical_json(a) == _canonical_json(b)


def _is_doc_key(key: str) -> bool:
    return key in DOC_KINDS or key.startswith("x-")


class _Cycle(Exception):
    """A `$ref` leads back to a schema already being compared on this path."""


class Resolver:
    """Follows local `$ref`s in one document; siblings of `$ref` override the target (3.1)."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise SpecError(f"unsupported $ref {ref!r}: only local references are compared")
        node: Any = self.doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            try:
                node = node[token]
            except (KeyError, TypeError):
                raise SpecError(f"dangling $ref {ref!r}") from None
        return node

    def resolve(self, node: Any, chain: tuple[str, ...] = ()) -> tuple[Any, tuple[str, ...]]:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in chain:
                raise _Cycle(ref)
            target = self.lookup(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
            chain = (*chain, ref)
        return node, chain

    def canonical(self, node: Any, chain: tuple[str, ...] = ()) -> Any:
        """The structure a schema means: refs inlined, documentation dropped, sets sorted."""
        try:
            node, chain = self.resolve(node, chain)
        except _Cycle as cycle:
            return {"$cycle": str(cycle)}
        if not isinstance(node, dict):
            return node
        result: dict[str, Any] = {}
        for key, value in node.items():
            if _is_doc_key(key):
                continue
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                result[key] = {k: self.canonical(v, chain) for k, v in value.items()}
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                result[key] = [self.canonical(v, chain) for v in value]
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                result[key] = self.canonical(value, chain)
            elif key in ("required", "type") and isinstance(value, list):
                result[key] = sorted(map(str, value))
            else:
                result[key] = value
        return result


@dataclass(frozen=True)
class Place:
    """A node being compared: its pointer, which way its data flows, its generated name."""

    pointer: str
    direction: Direction
    symbol: SymbolPath

    def child(self, *tokens: str, segment: str | None = None) -> Place:
        pointer = self.pointer + "".join(f"/{escape_pointer(t)}" for t in tokens)
        symbol = self.symbol.child(segment) if segment is not None else self.symbol
        return Place(pointer, self.direction, symbol)

    def flowing(self, direction: Direction, symbol: SymbolPath) -> Place:
        return Place(self.pointer, direction, symbol)


def _types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    """Declared (or evidently implied) JSON types, without "null"; None when unconstrained."""
    declared = schema.get("type")
    if isinstance(declared, str):
        found = {declared}
    elif isinstance(declared, list):
        found = {str(t) for t in declared}
    elif "properties" in schema:
        found = {"object"}
    elif "items" in schema:
        found = {"array"}
    elif isinstance(schema.get("enum"), list):
        found = {name for v in schema["enum"] for kind, name in _JSON_TYPES if type(v) is kind}
    else:
        return None
    found.discard("null")
    return frozenset(found) or None


def _covers(types: frozenset[str], wanted: str) -> bool:
    return wanted in types or (wanted == "integer" and "number" in types)


def _enum_values(schema: Mapping[str, Any]) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return [v for v in schema["enum"] if v is not None]
    if "const" in schema and schema["const"] is not None:
        return [schema["const"]]
    return None


def _describe(schema: Any) -> str:
    if not isinstance(schema, dict):
        return json.dumps(schema)
    if isinstance(schema.get("title"), str):
        return repr(schema["title"])
    types = _types(schema)
    return "/".join(sorted(types)) if types else "schema"


class SchemaComparison:
    def __init__(self, old_doc: Mapping[str, Any], new_doc: Mapping[str, Any]) -> None:
        self.old = Resolver(old_doc)
        self.new = Resolver(new_doc)
        self.changes: list[Change] = []

    # --- reporting ------------------------------------------------------------------------------

    def report(self, change: str, place: Place, what: str, detail: str = "") -> None:
        verdict = verdict_for(change, place.direction)
        self.changes.append(
            Change(
                pointer=place.pointer,
                kind=verdict.kind.format(detail=detail),
                severity=verdict.severity,
                message=f"{what[:1].upper()}{what[1:]}: {verdict.why}.",
                symbols=place.symbol.render(),
            )
        )

    def compare_docs(
        self, old: Mapping[str, Any], new: Mapping[str, Any], place: Place, skip: Iterable[str] = ()
    ) -> None:
        """Documentation keywords and `x-*` extensions: `info`, whatever the direction."""
        for key in dict.fromkeys([*old, *new]):
            if not _is_doc_key(key) or key in skip or same_value(old.get(key), new.get(key)):
                continue
            verb = "added" if key not in old else "removed" if key not in new else "changed"
            self.changes.append(
                Change(
                    pointer=place.child(key).pointer,
                    kind=DOC_KINDS.get(key, EXTENSION_KIND),
                    severity=Severity.INFO,
                    message=f"`{key}` {verb}: documentation only, generated behaviour is unchanged.",
                    symbols=place.symbol.render(),
                )
            )

    # --- schemas --------------------------------------------------------------------------------

    def compare_schema(
        self,
        old_node: Any,
        new_node: Any,
        place: Place,
        chains: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    ) -> None:
        try:
            old, old_chain = self.old.resolve(old_node, chains[0])
            new, new_chain = self.new.resolve(new_node, chains[1])
        except _Cycle:
            return  # the recursive schema is compared where it was first entered
        if not isinstance(old, dict) or not isinstance(new, dict):
            if not same_value(old, new):  # boolean schemas (3.1): true accepts all, false nothing
                self.report("type-changed", place, f"Schema {_describe(old)} → {_describe(new)}")
            return
        chains = (old_chain, new_chain)
        self.compare_docs(old, new, place)
        self._nullability(old, new, place)
        self._types(old, new, place)
        self._format(old, new, place)
        self._enum(old, new, place)
        self._default(old, new, place)
        self._constraints(old, new, place)
        self._properties(old, new, place, chains)
        self._items_and_maps(old, new, place, chains)
        for keyword in _COMPOSITIONS:
            self._branches(keyword, old, new, place, chains)

    def _is_null_branch(self, resolver: Resolver, branch: Any) -> bool:
        canonical = resolver.canonical(branch)
        return isinstance(canonical, dict) and canonical.get("type") in ("null", ["null"])

    def _nullable(self, resolver: Resolver, schema: Mapping[str, Any]) -> bool:
        declared = schema.get("type")
        if declared == "null" or (isinstance(declared, list) and "null" in declared):
            return True
        if schema.get("nullable") is True or None in (schema.get("enum") or ()):
            return True
        return any(
            self._is_null_branch(resolver, b) for k in ("oneOf", "anyOf") for b in schema.get(k, ())
        )

    def _nullability(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        was, now = self._nullable(self.old, old), self._nullable(self.new, new)
        if was != now:
            change = "became-nullable" if now else "became-not-nullable"
            self.report(change, place, "Now nullable" if now else "No longer nullable")

    def _types(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        was, now = _types(old), _types(new)
        if was is None and now is None:
            return
        if was is None or now is None:
            if any(k in s for k in _COMPOSITIONS for s in (old, new)):
                return  # the types live in the branches, compared there
            change = "type-narrowed" if was is None else "type-widened"
        else:
            added = {t for t in now if not _covers(was, t)}
            removed = {t for t in was if not _covers(now, t)}
            if not added and not removed:
                return
            change = (
                "type-changed"
                if added and removed
                else "type-widened"
                if added
                else "type-narrowed"
            )
        shown = ("/".join(sorted(t)) if t else "any" for t in (was, now))
        self.report(change, place.child("type"), "Type {} → {}".format(*shown))

    def _format(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        was, now = old.get("format"), new.get("format")
        if was == now:
            return
        what = f"Format {was or 'none'} → {now or 'none'}"
        if was in _TYPED_FORMATS or now in _TYPED_FORMATS:
            self.report("type-changed", place.child("format"), f"{what} (another Python type)")
        else:
            change = "format-removed" if now is None else "format-changed"
            self.report(change, place.child("format"), what)

    def _enum(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        was, now = _enum_values(old), _enum_values(new)
        where = place.child("enum" if "enum" in new or "enum" in old else "const")
        if was is None and now is None:
            return
        if was is None or now is None:
            if now is not None:
                self.report("became-enum", where, f"Values restricted to {now!r}")
            else:
                self.report("enum-removed", where, f"Values no longer restricted to {was!r}")
            return
        was_keys = {_canonical_json(v) for v in was}
        now_keys = {_canonical_json(v) for v in now}
        for value in now:
            if _canonical_json(value) not in was_keys:
                self.report("enum-value-added", where, f"Enum value {value!r} added")
        for value in was:
            if _canonical_json(value) not in now_keys:
                self.report("enum-value-removed", where, f"Enum value {value!r} removed")

    def _default(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        if not same_value(old.get("default"), new.get("default")) or ("default" in old) != (
            "default" in new
        ):
            what = f"Default {old.get('default')!r} → {new.get('default')!r}"
            self.report("default-changed", place.child("default"), what)

    def _constraints(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        for keyword, name in (*_UPPER_BOUNDS.items(), *_LOWER_BOUNDS.items()):
            was, now = old.get(keyword), new.get(keyword)
            if same_value(was, now):
                continue
            if isinstance(was, bool) or isinstance(now, bool):  # 3.0 exclusiveMaximum: true
                tighter, movement = bool(now), "set" if now else "removed"
            elif was is None or now is None:
                tighter, movement = was is None, "set" if was is None else "removed"
            else:
                movement = "decreased" if now < was else "increased"
                tighter = (now < was) == (keyword in _UPPER_BOUNDS)
            self._constraint(tighter, f"{name}-{movement}", place, keyword, was, now)
        for keyword, name in (("pattern", "pattern"), ("multipleOf", "multiple-of")):
            was, now = old.get(keyword), new.get(keyword)
            if not same_value(was, now):
                movement = "added" if was is None else "removed" if now is None else "changed"
                self._constraint(now is not None, f"{name}-{movement}", place, keyword, was, now)
        was_unique, now_unique = bool(old.get("uniqueItems")), bool(new.get("uniqueItems"))
        if was_unique != now_unique:
            movement = "set" if now_unique else "removed"
            self._constraint(
                now_unique, f"unique-items-{movement}", place, "uniqueItems", was_unique, now_unique
            )

    def _constraint(
        self, tighter: bool, detail: str, place: Place, keyword: str, was: Any, now: Any
    ) -> None:
        change = "constraint-tightened" if tighter else "constraint-loosened"
        shown = ("none" if v is None else json.dumps(v) for v in (was, now))
        self.report(change, place.child(keyword), "{} {} → {}".format(keyword, *shown), detail)

    def _properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        place: Place,
        chains: tuple[tuple[str, ...], tuple[str, ...]],
    ) -> None:
        was: dict[str, Any] = old.get("properties") or {}
        now: dict[str, Any] = new.get("properties") or {}
        was_required = set(old.get("required") or ())
        now_required = set(new.get("required") or ())
        for name in dict.fromkeys([*was, *now]):
            child = place.child("properties", name, segment=name)
            if name not in was:
                required = name in now_required
                change = "required-property-added" if required else "optional-property-added"
                kind = "required" if required else "optional"
                self.report(change, child, f"Property {name!r} added ({kind})")
            elif name not in now:
                required = name in was_required
                change = "required-property-removed" if required else "optional-property-removed"
                self.report(change, child, f"Property {name!r} removed")
            else:
                if (name in now_required) != (name in was_required):
                    required = name in now_required
                    change = "became-required" if required else "became-optional"
                    what = f"Property {name!r} is now {'required' if required else 'optional'}"
                    self.report(change, child, what)
                self.compare_schema(was[name], now[name], child, chains)

    def _items_and_maps(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        place: Place,
        chains: tuple[tuple[str, ...], tuple[str, ...]],
    ) -> None:
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.compare_schema(
                old["items"], new["items"], place.child("items", segment=ITEMS), chains
            )
        was, now = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if (was is False) != (now is False):
            change = (
                "additional-properties-forbidden"
                if now is False
                else "additional-properties-allowed"
            )
            what = "Extra keys forbidden" if now is False else "Extra keys allowed"
            self.report(change, place.child("additionalProperties"), what)
        elif isinstance(was, dict) and isinstance(now, dict):
            where = place.child("additionalProperties", segment=VALUES)
            self.compare_schema(was, now, where, chains)

    def _branches(
        self,
        keyword: str,
        old: dict[str, Any],
        new: dict[str, Any],
        place: Place,
        chains: tuple[tuple[str, ...], tuple[str, ...]],
    ) -> None:
        """Pair alternatives old↔new (same structure, then same title, then same types, then the
        last one left); unpaired ones were added or removed. Null branches are nullability."""
        was = [
            (i, b)
            for i, b in enumerate(old.get(keyword) or ())
            if not self._is_null_branch(self.old, b)
        ]
        now = [
            (i, b)
            for i, b in enumerate(new.get(keyword) or ())
            if not self._is_null_branch(self.new, b)
        ]
        if not was and not now:
            return
        keys: list[Any] = [
            lambda r, b, c: _canonical_json(r.canonical(b, c)),
            lambda r, b, c: r.resolve(b, c)[0].get("title"),
            lambda r, b, c: _canonical_json(sorted(_types(r.resolve(b, c)[0]) or ())),
            lambda r, b, c: "last",
        ]
        pairs: list[tuple[int, Any, int, Any]] = []
        for key in keys:
            try:
                was_keys = [key(self.old, b, chains[0]) for _, b in was]
                now_keys = [key(self.new, b, chains[1]) for _, b in now]
            except (_Cycle, AttributeError):
                continue
            for j, now_key in reversed(list(enumerate(now_keys))):
                matches = [i for i, k in enumerate(was_keys) if k == now_key and k is not None]
                # past exact structure, pair only when the key is unambiguous on both sides
                if matches and (
                    key is keys[0] or (len(matches) == 1 and now_keys.count(now_key) == 1)
                ):
                    i = matches[0]
                    pairs.append((*was[i], *now[j]))
                    del was[i], was_keys[i], now[j]
        for _, old_branch, new_index, new_branch in sorted(pairs, key=lambda p: p[2]):
            self.compare_schema(
                old_branch, new_branch, place.child(keyword, str(new_index)), chains
            )
        name = _COMPOSITIONS[keyword]
        for index, branch in now:
            what = f"{keyword} alternative {_describe(self.new.resolve(branch)[0])} added"
            self.report(f"{name}-added", place.child(keyword, str(index)), what)
        for index, branch in was:
            what = f"{keyword} alternative {_describe(self.old.resolve(branch)[0])} removed"
            self.report(f"{name}-removed", place.child(keyword, str(index)), what)
