"""Compare two schemas, resolved structure against resolved structure.

`$ref`s are followed on both sides as the walk goes, so renaming a component changes nothing that
is reported. Pointers are JSON pointers into the *dereferenced* document (`.../schema/properties/
speed/maximum`): they stay the same when upstream moves a schema between components, which is
what the acknowledgement file needs. Each change also records where it is in each *document*
(`/components/schemas/...`), which is what overlay actions are compared with.

`anyOf`/`oneOf` are compared by what their alternatives accept, not by position: nested unions
are flattened, alternatives are paired by structure, then title, then kind of value, and an
alternative left over is weighed against everything the other side's union accepts.

Every change found is named by a key of `checker.RULES` (or a documentation keyword) and gets
its severity there, by the direction its data flows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ...specio import same_json
from ..checker import DOC_KINDS, EXTENSION_KIND, verdict_for
from ..model import Change, Direction, Severity
from ..symbols import ITEMS, VALUES, SymbolPath
from .accepts import (
    accepts_all,
    accepts_value,
    covers,
    enum_values,
    is_null_schema,
    shape,
    types_of,
)
from .resolver import Cycle, Resolver, canonical_json, escape_pointer, is_doc_key, ref_pointer

__all__ = ["Place", "SchemaComparison"]

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
_UNIONS = {"oneOf": "one-of", "anyOf": "any-of"}
# Keywords of a node that is only a union (`anyOf: [...]` with documentation around it).
_UNION_ONLY = {"anyOf", "oneOf", "nullable", "discriminator", "default"}
_SCALARS = {"string", "number", "integer", "boolean"}
Chains = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Place:
    """A node being compared: its pointer, which way its data flows, its generated name, and
    where the two compared nodes are in the old and the new document."""

    pointer: str
    direction: Direction
    symbol: SymbolPath
    docs: tuple[str, str] = ("", "")

    def child(self, *tokens: str, segment: str | None = None) -> Place:
        suffix = "".join(f"/{escape_pointer(t)}" for t in tokens)
        symbol = self.symbol.child(segment) if segment is not None else self.symbol
        docs = (self.docs[0] + suffix, self.docs[1] + suffix)
        return Place(self.pointer + suffix, self.direction, symbol, docs)

    def flowing(self, direction: Direction, symbol: SymbolPath) -> Place:
        return replace(self, direction=direction, symbol=symbol)


@dataclass(frozen=True, eq=False)
class _Alternative:
    """One alternative of a (flattened) union: how to reach it from the union node, and it."""

    tokens: tuple[str, ...]  # () when the node itself stands as the only alternative
    keyword: str  # anyOf / oneOf
    node: Any  # as written (may be a $ref)
    chain: tuple[str, ...]  # refs followed to reach the union it belongs to
    doc: str  # where `node` is in its document
    resolved: Any
    canonical: Any  # without null-ness, which the union's nullability already covers

    @property
    def suffix(self) -> str:
        return "".join(f"/{t}" for t in self.tokens)


def _strip_null(canonical: Any) -> Any:
    if not isinstance(canonical, dict):
        return canonical
    stripped = {k: v for k, v in canonical.items() if k != "nullable"}
    if isinstance(stripped.get("type"), list):
        kept = [t for t in stripped["type"] if t != "null"]
        stripped["type"] = kept[0] if len(kept) == 1 else kept
    return stripped


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def _is_union(schema: Mapping[str, Any]) -> bool:
    return any(isinstance(schema.get(k), list) for k in _UNIONS)


def _only_union(schema: Mapping[str, Any]) -> bool:
    return _is_union(schema) and all(k in _UNION_ONLY or is_doc_key(k) for k in schema)


def _describe(schema: Any) -> str:
    if not isinstance(schema, dict):
        return json.dumps(schema)
    if isinstance(schema.get("title"), str):
        return repr(schema["title"])
    types = types_of(schema)
    values = enum_values(schema)
    if values is not None:
        return f"{values!r}"
    return "/".join(sorted(types)) if types else "schema"


class SchemaComparison:
    def __init__(self, old_doc: Mapping[str, Any], new_doc: Mapping[str, Any]) -> None:
        self.old = Resolver(old_doc)
        self.new = Resolver(new_doc)
        self.changes: list[Change] = []

    # --- reporting ------------------------------------------------------------------------------

    def report(
        self,
        change: str,
        place: Place,
        what: str,
        detail: str = "",
        also: tuple[str | None, str | None] = (None, None),
    ) -> None:
        """Record `change` at `place`; `also` is one more (old, new) document location it
        depends on, such as a property's entry in its parent's `required`."""
        verdict = verdict_for(change, place.direction)
        self.changes.append(
            Change(
                pointer=place.pointer,
                kind=verdict.kind.format(detail=detail),
                severity=verdict.severity,
                message=f"{what[:1].upper()}{what[1:]}: {verdict.why}.",
                symbols=place.symbol.render(),
                locations=(
                    (place.docs[0], *([also[0]] if also[0] else [])),
                    (place.docs[1], *([also[1]] if also[1] else [])),
                ),
            )
        )

    def compare_docs(
        self, old: Mapping[str, Any], new: Mapping[str, Any], place: Place, skip: Iterable[str] = ()
    ) -> None:
        """Documentation keywords and `x-*` extensions: `info`, whatever the direction."""
        for key in dict.fromkeys([*old, *new]):
            if not is_doc_key(key) or key in skip or same_json(old.get(key), new.get(key)):
                continue
            verb = "added" if key not in old else "removed" if key not in new else "changed"
            where = place.child(key)
            self.changes.append(
                Change(
                    pointer=where.pointer,
                    kind=DOC_KINDS.get(key, EXTENSION_KIND),
                    severity=Severity.INFO,
                    message=f"`{key}` {verb}: documentation only, generated behaviour is unchanged.",
                    symbols=place.symbol.render(),
                    locations=((where.docs[0],), (where.docs[1],)),
                )
            )

    @staticmethod
    def located(place: Place, before: Chains, after: Chains) -> Place:
        """`place` moved to where the `$ref`s followed from `before` to `after` lead."""
        docs = tuple(
            ref_pointer(a[-1]) if len(a) > len(b) else d
            for d, b, a in zip(place.docs, before, after, strict=True)
        )
        return replace(place, docs=(docs[0], docs[1]))

    # --- schemas --------------------------------------------------------------------------------

    def compare_schema(
        self,
        old_node: Any,
        new_node: Any,
        place: Place,
        chains: Chains = ((), ()),
        *,
        siblings: Sequence[Any] = (),
        skip: frozenset[str] = frozenset(),
    ) -> None:
        """Compare two schemas at `place`. `siblings` are the other alternatives of the new
        union this one belongs to (they may still accept a value this one dropped); `skip`
        names aspects the caller compares itself (`docs`, `nullability`, `default`, `allOf`)."""
        try:
            old, old_chain = self.old.resolve(old_node, chains[0])
            new, new_chain = self.new.resolve(new_node, chains[1])
        except Cycle:
            return  # the recursive schema is compared where it was first entered
        place = self.located(place, chains, (old_chain, new_chain))
        if not isinstance(old, dict) or not isinstance(new, dict):
            if not same_json(old, new):  # boolean schemas (3.1): true accepts all, false nothing
                self.report("type-changed", place, f"Schema {_describe(old)} → {_describe(new)}")
            return
        chains = (old_chain, new_chain)
        if "docs" not in skip:
            self.compare_docs(old, new, place)
        if "nullability" not in skip:
            self._nullability(old, new, place, chains)
        if "default" not in skip:
            self._default(old, new, place)
        if _only_union(old) or _only_union(new):
            # at least one side is nothing but a union: compare what each side accepts
            self._union(self._alternatives(old, new, place, chains), place)
        else:
            self._types(old, new, place)
            self._format(old, new, place)
            self._enum(old, new, place, siblings)
            self._constraints(old, new, place)
            self._properties(old, new, place, chains)
            self._items_and_maps(old, new, place, chains)
            if _is_union(old) or _is_union(new):  # a union beside other keywords
                self._union(self._alternatives(old, new, place, chains, branches_only=True), place)
        if "allOf" not in skip:
            self._all_of(old, new, place, chains)

    def _flatten(
        self, resolver: Resolver, schema: Mapping[str, Any], chain: tuple[str, ...], doc: str
    ) -> list[_Alternative]:
        """The non-null alternatives of a union at `doc`, nested unions opened up."""
        found = []
        for keyword in _UNIONS:
            for index, branch in enumerate(schema.get(keyword) or ()):
                try:
                    resolved, branch_chain = resolver.resolve(branch, chain)
                except Cycle:
                    continue
                canonical = _strip_null(resolver.canonical(branch, chain))
                if is_null_schema(canonical):
                    continue
                tokens = (keyword, str(index))
                at = f"{doc}/{keyword}/{index}"
                if isinstance(resolved, dict) and _only_union(resolved):
                    inner = ref_pointer(branch_chain[-1]) if len(branch_chain) > len(chain) else at
                    found += [
                        replace(alt, tokens=(*tokens, *alt.tokens))
                        for alt in self._flatten(resolver, resolved, branch_chain, inner)
                    ]
                else:
                    found.append(
                        _Alternative(tokens, keyword, branch, chain, at, resolved, canonical)
                    )
        return found

    def _alternatives(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        place: Place,
        chains: Chains,
        *,
        branches_only: bool = False,
    ) -> tuple[list[_Alternative], list[_Alternative]]:
        """Both sides as lists of alternatives; a side that is no union is its own only one."""
        union = new if _is_union(new) else old
        keyword = next(k for k in _UNIONS if isinstance(union.get(k), list))

        def side(
            resolver: Resolver, schema: Mapping[str, Any], chain: tuple[str, ...], doc: str
        ) -> list[_Alternative]:
            if _is_union(schema):
                return self._flatten(resolver, schema, chain, doc)
            if branches_only:
                return []
            canonical = _strip_null(resolver.canonical(schema, chain))
            return [_Alternative((), keyword, schema, chain, doc, schema, canonical)]

        return (
            side(self.old, old, chains[0], place.docs[0]),
            side(self.new, new, chains[1], place.docs[1]),
        )

    def _union(self, sides: tuple[list[_Alternative], list[_Alternative]], place: Place) -> None:
        """Pair alternatives old↔new (same structure, then same title, then same kind of value,
        each unambiguous); compare pairs; weigh the rest against the other side's union."""
        was, now = sides
        left_old, left_new = list(was), list(now)
        pairs: list[tuple[_Alternative, _Alternative]] = []

        def pair(old_alt: _Alternative, new_alt: _Alternative) -> None:
            pairs.append((old_alt, new_alt))
            left_old.remove(old_alt)
            left_new.remove(new_alt)

        for new_alt in list(left_new):  # identical structure, in any position
            key = canonical_json(new_alt.canonical)
            match = next((a for a in left_old if canonical_json(a.canonical) == key), None)
            if match is not None:
                pair(match, new_alt)
        keys: tuple[Callable[[_Alternative], Any], ...] = (
            lambda alt: alt.resolved.get("title") if isinstance(alt.resolved, dict) else None,
            lambda alt: shape(alt.canonical) if isinstance(alt.canonical, dict) else None,
        )
        for pairing_key in keys:
            old_keys = [pairing_key(a) for a in left_old]
            new_keys = [pairing_key(a) for a in left_new]
            unique = [
                (left_old[old_keys.index(k)], new_alt)
                for new_alt, k in zip(left_new, new_keys, strict=True)
                if k is not None and new_keys.count(k) == 1 and old_keys.count(k) == 1
            ]
            for old_alt, new_alt in unique:
                pair(old_alt, new_alt)
        for old_alt, new_alt in sorted(pairs, key=lambda p: now.index(p[1])):
            where = Place(
                place.pointer + new_alt.suffix,
                place.direction,
                place.symbol,
                (old_alt.doc, new_alt.doc),
            )
            itself = not old_alt.tokens or not new_alt.tokens
            self.compare_schema(
                old_alt.node,
                new_alt.node,
                where,
                (old_alt.chain, new_alt.chain),
                siblings=[a.canonical for a in now if a is not new_alt],
                skip=frozenset({"nullability", *(("docs", "default", "allOf") if itself else ())}),
            )
        for alt in left_new:
            self._unpaired(alt, [a.canonical for a in was], place, added=True)
        for alt in left_old:
            self._unpaired(alt, [a.canonical for a in now], place, added=False)

    def _unpaired(self, alt: _Alternative, other: list[Any], place: Place, *, added: bool) -> None:
        docs = (
            (alt.doc, place.docs[1] + alt.suffix)
            if not added
            else (place.docs[0] + alt.suffix, alt.doc)
        )
        where = Place(place.pointer + alt.suffix, place.direction, place.symbol, docs)
        verb = "added" if added else "removed"
        what = f"alternative {_describe(alt.resolved)} ({alt.keyword}) {verb}"
        if accepts_all(other, alt.canonical):
            change = f"alternative-{verb}-covered"
        elif added and self._known_type(alt.canonical, other):
            change = "alternative-added-known-type"
        else:
            change = f"alternative-{verb}"
        self.report(change, where, what, detail=_UNIONS[alt.keyword])

    @staticmethod
    def _known_type(schema: Any, other: list[Any]) -> bool:
        """A scalar alternative whose JSON type the old alternatives already parse."""
        types = types_of(schema) if isinstance(schema, dict) else None
        known = {t for a in other if isinstance(a, dict) for t in types_of(a) or ()}
        return types is not None and types <= _SCALARS and all(covers(known, t) for t in types)

    def _nullable(
        self, resolver: Resolver, schema: Mapping[str, Any], chain: tuple[str, ...]
    ) -> bool:
        declared = schema.get("type")
        if declared == "null" or (isinstance(declared, list) and "null" in declared):
            return True
        if schema.get("nullable") is True or None in (schema.get("enum") or ()):
            return True
        for keyword in _UNIONS:
            for branch in schema.get(keyword) or ():
                try:
                    resolved, branch_chain = resolver.resolve(branch, chain)
                except Cycle:
                    continue
                if is_null_schema(resolver.canonical(resolved, branch_chain)):
                    return True
                nested = isinstance(resolved, dict) and _only_union(resolved)
                if nested and self._nullable(resolver, resolved, branch_chain):
                    return True
        return False

    def _nullability(
        self, old: dict[str, Any], new: dict[str, Any], place: Place, chains: Chains
    ) -> None:
        was = self._nullable(self.old, old, chains[0])
        now = self._nullable(self.new, new, chains[1])
        if was != now:
            change = "became-nullable" if now else "became-not-nullable"
            self.report(change, place, "Now nullable" if now else "No longer nullable")

    def _types(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        was, now = types_of(old), types_of(new)
        if was is None and now is None:
            return
        if was is None or now is None:
            change = "type-narrowed" if was is None else "type-widened"
        else:
            added = {t for t in now if not covers(was, t)}
            removed = {t for t in was if not covers(now, t)}
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

    def _enum(
        self, old: dict[str, Any], new: dict[str, Any], place: Place, siblings: Sequence[Any]
    ) -> None:
        was, now = enum_values(old), enum_values(new)
        where = place.child("enum" if "enum" in new or "enum" in old else "const")
        if was is None and now is None:
            return
        if was is None or now is None:
            if now is not None:
                self.report("became-enum", where, f"Values restricted to {now!r}")
            else:
                self.report("enum-removed", where, f"Values no longer restricted to {was!r}")
            return
        was_keys = {canonical_json(v) for v in was}
        now_keys = {canonical_json(v) for v in now}
        for value in now:
            if canonical_json(value) not in was_keys:
                self.report("enum-value-added", where, f"Enum value {value!r} added")
        for value in was:
            if canonical_json(value) not in now_keys:
                covered = any(accepts_value(s, value) for s in siblings)
                change = "enum-value-removed-covered" if covered else "enum-value-removed"
                self.report(change, where, f"Enum value {value!r} removed")

    def _default(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        if "default" not in old and "default" not in new:
            return
        if "default" not in old:
            self.report(
                "default-value-added", place.child("default"), f"Default {new['default']!r} added"
            )
        elif "default" not in new:
            self.report(
                "default-value-removed",
                place.child("default"),
                f"Default {old['default']!r} removed",
            )
        elif not same_json(old["default"], new["default"]):
            what = f"Default {old['default']!r} → {new['default']!r}"
            self.report("default-value-changed", place.child("default"), what)

    def _constraints(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        for keyword, name in (*_UPPER_BOUNDS.items(), *_LOWER_BOUNDS.items()):
            was, now = old.get(keyword), new.get(keyword)
            if same_json(was, now):
                continue
            if isinstance(was, bool) or isinstance(now, bool):  # 3.0 exclusiveMaximum: true
                tighter, movement = bool(now), "set" if now else "removed"
            elif was is None or now is None:
                tighter, movement = was is None, "set" if was is None else "removed"
            elif not (_is_number(was) and _is_number(now)):  # NaN, a string: assume the worst
                tighter, movement = True, "changed"
            else:
                movement = "decreased" if now < was else "increased"
                tighter = (now < was) == (keyword in _UPPER_BOUNDS)
            self._constraint(tighter, f"{name}-{movement}", place, keyword, was, now)
        for keyword, name in (("pattern", "pattern"), ("multipleOf", "multiple-of")):
            was, now = old.get(keyword), new.get(keyword)
            if not same_json(was, now):
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
        self, old: dict[str, Any], new: dict[str, Any], place: Place, chains: Chains
    ) -> None:
        was: dict[str, Any] = old.get("properties") or {}
        now: dict[str, Any] = new.get("properties") or {}
        was_required = list(old.get("required") or ())
        now_required = list(new.get("required") or ())
        required_list = place.child("required").docs

        def entries(name: str) -> tuple[str | None, str | None]:
            """Where `name` is listed in `required` on each side, if it is."""
            return (
                f"{required_list[0]}/{was_required.index(name)}" if name in was_required else None,
                f"{required_list[1]}/{now_required.index(name)}" if name in now_required else None,
            )

        for name in dict.fromkeys([*was, *now]):
            child = place.child("properties", name, segment=name)
            if name not in was:
                required = name in now_required
                change = "required-property-added" if required else "optional-property-added"
                kind = "required" if required else "optional"
                what = f"Property {name!r} added ({kind})"
                self.report(change, child, what, also=entries(name))
            elif name not in now:
                required = name in was_required
                change = "required-property-removed" if required else "optional-property-removed"
                self.report(change, child, f"Property {name!r} removed", also=entries(name))
            else:
                if (name in now_required) != (name in was_required):
                    required = name in now_required
                    change = "became-required" if required else "became-optional"
                    what = f"Property {name!r} is now {'required' if required else 'optional'}"
                    self.report(change, child, what, also=entries(name))
                self.compare_schema(was[name], now[name], child, chains)

    def _items_and_maps(
        self, old: dict[str, Any], new: dict[str, Any], place: Place, chains: Chains
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

    def _all_of(
        self, old: dict[str, Any], new: dict[str, Any], place: Place, chains: Chains
    ) -> None:
        """allOf parts must all hold: pair them by structure, then title; unpaired ones were
        added (a new requirement) or removed."""
        was = list(enumerate(old.get("allOf") or ()))
        now = list(enumerate(new.get("allOf") or ()))
        keys = (
            lambda r, b, c: canonical_json(r.canonical(b, c)),
            lambda r, b, c: r.resolve(b, c)[0].get("title"),
        )
        pairs: list[tuple[int, Any, int, Any]] = []
        for key in keys:
            try:
                was_keys = [key(self.old, b, chains[0]) for _, b in was]
                now_keys = [key(self.new, b, chains[1]) for _, b in now]
            except (Cycle, AttributeError):
                continue
            for j, now_key in reversed(list(enumerate(now_keys))):
                matches = [i for i, k in enumerate(was_keys) if k == now_key and k is not None]
                if matches and (
                    key is keys[0] or (len(matches) == 1 and now_keys.count(now_key) == 1)
                ):
                    i = matches[0]
                    pairs.append((*was[i], *now[j]))
                    del was[i], was_keys[i], now[j]
        for old_index, old_part, new_index, new_part in sorted(pairs, key=lambda p: p[2]):
            where = place.child("allOf", str(new_index))
            where = replace(
                where, docs=(place.child("allOf", str(old_index)).docs[0], where.docs[1])
            )
            self.compare_schema(old_part, new_part, where, chains)
        for index, part in now:
            what = f"part {_describe(self.new.resolve(part)[0])} of allOf added"
            self.report("all-of-added", place.child("allOf", str(index)), what)
        for index, part in was:
            what = f"part {_describe(self.old.resolve(part)[0])} of allOf removed"
            self.report("all-of-removed", place.child("allOf", str(index)), what)
