"""The request check: is a body valid, and if not, which field is the first bad one.

Validity is one call into jsonschema-rs (Rust), compiled once from the closed request schema:
microseconds for a session request, tens of milliseconds for a megabyte. Only a refused body is
walked again, to name its first bad field the way OpenAI reports `param`:

- in the body's own order (a missing required key first, then the keys as the client wrote
  them, map-like objects included), so `param` is the same in every process;
- into the branch of an anyOf/oneOf that the value means: the one whose `type` tag it carries
  (`{"type": "input_image", "detail": "bogus"}` is a bad image, so `...detail`), else the first
  whose JSON type fits, as the generated client does.

Each step asks jsonschema-rs whether one member is valid and descends only into the first that
is not, so the work is bounded by the size of the body times its depth, never by how many errors
it holds. `too_deep` bounds the depth itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from ..refs import SPEC_URI, Refs, json_pointer

__all__ = [
    "MAX_DEPTH",
    "BadField",
    "RequestValidator",
    "too_deep",
]

MAX_DEPTH = 128  # nesting levels a body may have (serde_json's default limit)
_MASK = "\x00value\x00"  # jsonschema-rs writes this where a message would quote the instance
# Keywords that apply subschemas or name members: the walk handles them, not a leaf validator.
_APPLICATORS = frozenset(
    {
        "$ref", "$defs", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
        "properties", "patternProperties", "additionalProperties", "propertyNames", "required",
        "dependentSchemas", "prefixItems", "items", "contains", "unevaluatedItems",
        "unevaluatedProperties",
    }
)  # fmt: skip
_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}


@dataclass(frozen=True)
class BadField:
    """The first invalid field of a request body, as OpenAI reports it (`param`)."""

    param: str | None
    message: str


def _param(path: list[str | int]) -> str | None:
    # `tools.0.name`, as the client reports; None for the body itself (a key may be "")
    return ".".join(str(step) for step in path) if path else None


def _quoted(path: list[str | int]) -> str:
    where = _param(path) or ""
    return where if len(where) <= 200 else where[:199] + "…"  # keys are the client's: bound them


def _json_type(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _JSON_TYPES.get(type(value), type(value).__name__)
    return "integer" if isinstance(value, int) or value.is_integer() else "number"


def _shown(value: Any) -> str:
    """The value as an error message quotes it: short, whatever the client sent."""
    if isinstance(value, dict | list):
        return ("{…}" if isinstance(value, dict) else "[…]") if value else json.dumps(value)
    text = json.dumps(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _invalid(path: list[str | int], detail: str) -> BadField:
    return BadField(_param(path), f"Invalid '{_quoted(path)}': {detail}" if path else detail)


def too_deep(body: Any, text: bytes) -> BadField | None:
    """The first value of `body` (parsed from `text`) nested deeper than MAX_DEPTH, if any.

    Checked whatever the schema says (metadata is free-form): the real API has a limit too,
    and the answer, which reflects the request, must serialise.
    """
    if text.count(b"{") + text.count(b"[") <= MAX_DEPTH:  # each level opens one: cannot be
        return None
    path = _deeper_than(body, MAX_DEPTH)
    return None if path is None else _invalid(path, f"nested deeper than {MAX_DEPTH} levels")


def _deeper_than(body: Any, limit: int) -> list[str | int] | None:
    """The path to the first value (in body order) nested deeper than `limit`, else None."""
    # Each entry: a container, its depth, and its path as a linked list (no copying per level).
    stack: list[tuple[Any, int, Any]] = [(body, 1, None)] if isinstance(body, dict | list) else []
    while stack:
        value, depth, link = stack.pop()
        if depth > limit:
            path: list[str | int] = []
            while link is not None:
                step, link = link
                path.append(step)
            return path[::-1]
        members = value.items() if isinstance(value, dict) else enumerate(value)
        children = [
            (child, depth + 1, (key, link))
            for key, child in members
            if isinstance(child, dict | list)
        ]
        stack.extend(reversed(children))  # popped in body order
    return None


class RequestValidator:
    """Validates request bodies against one schema of a document; names the first bad field."""

    def __init__(self, document: dict[str, Any], pointer: str) -> None:
        self._pointer = pointer
        self._registry = jsonschema_rs.Registry([(SPEC_URI, document)])
        self._refs = Refs(document)
        self._schemas: dict[str, Any] = {}  # pointer -> the schema there, as written
        self._whole: dict[str, jsonschema_rs.Validator] = {}  # pointer -> its subschema
        self._leaf: dict[str, jsonschema_rs.Validator | None] = {}  # pointer -> leaf keywords
        self._valid(None, pointer)  # compile the root now: a broken schema fails at start-up

    def first_bad_field(self, body: Any) -> BadField | None:
        """None when `body` is valid; otherwise its first bad field in the body's own order."""
        if self._valid(body, self._pointer):
            return None
        return self._locate(body, self._pointer, [])

    # --- jsonschema-rs, compiled once per schema location ---------------------------------

    def _valid(self, instance: Any, pointer: str) -> bool:
        validator = self._whole.get(pointer)
        if validator is None:
            validator = jsonschema_rs.validator_for(
                {"$ref": f"{SPEC_URI}#{pointer}"}, registry=self._registry, validate_formats=True
            )
            self._whole[pointer] = validator
        return validator.is_valid(instance)

    def _leaf_error(self, instance: Any, pointer: str, schema: dict[str, Any]) -> str | None:
        """What the schema's own keywords (type, enum, format, bounds...) say against the value."""
        if pointer not in self._leaf:
            leaf = {key: value for key, value in schema.items() if key not in _APPLICATORS}
            self._leaf[pointer] = (
                jsonschema_rs.validator_for(leaf, validate_formats=True, mask=_MASK)
                if leaf
                else None
            )
        validator = self._leaf[pointer]
        if validator is None:
            return None
        errors = list(validator.iter_errors(instance))
        if not errors:
            return None
        error = min(errors, key=lambda error: error.kind.name != "type")  # a wrong type first
        return error.message.replace(_MASK, _shown(instance))

    # --- the walk -------------------------------------------------------------------------

    def _schema(self, pointer: str) -> Any:
        if pointer not in self._schemas:
            self._schemas[pointer] = self._refs.lookup(f"#{pointer}")
        return self._schemas[pointer]

    def _locate(self, instance: Any, pointer: str, path: list[str | int]) -> BadField:
        """The first bad field of `instance`, which is invalid against the schema at `pointer`."""
        schema = self._schema(pointer)
        if not isinstance(schema, dict):  # `false`
            return _invalid(path, "no value is allowed here")
        if (detail := self._leaf_error(instance, pointer, schema)) is not None:
            return _invalid(path, detail)
        if isinstance(instance, dict):
            for name in schema.get("required", ()):
                if name not in instance:
                    where = _quoted([*path, name])
                    return BadField(
                        _param([*path, name]), f"Missing required parameter: '{where}'."
                    )
            for key, value in instance.items():
                member = self._member(schema, pointer, key)
                if member is None:
                    where = _quoted([*path, key])
                    return BadField(_param([*path, key]), f"Unknown parameter: '{where}'.")
                if member and not self._valid(value, member):
                    return self._locate(value, member, [*path, key])
        elif isinstance(instance, list):
            for index, value in enumerate(instance):
                member = self._item(schema, pointer, index)
                if member and not self._valid(value, member):
                    return self._locate(value, member, [*path, index])
        for sub in self._same_value(schema, pointer):
            if not self._valid(instance, sub):
                return self._locate(instance, sub, path)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema and (bad := self._branches(instance, pointer, keyword, path)):
                return bad
        return _invalid(path, "does not match the request schema")

    def _member(self, schema: dict[str, Any], pointer: str, key: str) -> str | None:
        """The pointer to the schema of member `key`; "" when any value goes; None: not allowed."""
        if key in schema.get("properties", {}):
            return pointer + json_pointer("properties", key)
        for pattern in schema.get("patternProperties", {}):
            if re.search(pattern, key):
                return pointer + json_pointer("patternProperties", pattern)
        extra = schema.get("additionalProperties", True)
        if extra is False:
            return None
        return "" if extra is True else f"{pointer}/additionalProperties"

    def _item(self, schema: dict[str, Any], pointer: str, index: int) -> str:
        if index < len(schema.get("prefixItems", ())):
            return f"{pointer}/prefixItems/{index}"
        return f"{pointer}/items" if "items" in schema else ""

    def _same_value(self, schema: dict[str, Any], pointer: str) -> Iterator[str]:
        """Subschemas that apply to the value itself: `$ref` (local) and every `allOf` member."""
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            yield ref[1:]
        for index in range(len(schema.get("allOf", ()))):
            yield f"{pointer}/allOf/{index}"

    def _branches(
        self, instance: Any, pointer: str, keyword: str, path: list[str | int]
    ) -> BadField | None:
        branches = [f"{pointer}/{keyword}/{i}" for i in range(len(self._schema(pointer)[keyword]))]
        valid = [branch for branch in branches if self._valid(instance, branch)]
        if (keyword == "anyOf" and valid) or (keyword == "oneOf" and len(valid) == 1):
            return None
        if valid:
            return _invalid(path, f"matches {len(valid)} of the allowed forms; oneOf allows one")
        tags = {branch: self._tags(branch) for branch in branches}
        tag = instance.get("type") if isinstance(instance, dict) else None
        if isinstance(tag, str) and any(tags.values()):
            chosen = [branch for branch in branches if tag in tags[branch]]
            if not chosen:
                known = ", ".join(_shown(value) for values in tags.values() for value in values)
                return _invalid([*path, "type"], f"{_shown(tag)} is not one of {known}")
            return self._locate(instance, chosen[0], path)
        kind = _json_type(instance)
        fitting = [branch for branch in branches if self._admits(branch, kind)]
        if fitting:
            return self._locate(instance, fitting[0], path)
        expected = sorted({kind for branch in branches for kind in self._kinds(branch) or ()})
        return _invalid(path, f"expected {' or '.join(expected)}, got {kind}")

    def _resolved(self, pointer: str) -> tuple[str, Any]:
        """Follow a chain of bare `$ref`s to the schema they name."""
        schema = self._schema(pointer)
        while isinstance(schema, dict) and str(schema.get("$ref", "")).startswith("#"):
            pointer = schema["$ref"][1:]
            schema = self._schema(pointer)
        return pointer, schema

    def _tags(self, branch: str) -> list[Any]:
        """The values of the branch's `type` property when it is a tag (a const or an enum)."""
        pointer, schema = self._resolved(branch)
        if not isinstance(schema, dict) or "type" not in schema.get("properties", {}):
            return []
        _, tag = self._resolved(f"{pointer}/properties/type")
        if not isinstance(tag, dict):
            return []
        return [tag["const"]] if "const" in tag else list(tag.get("enum", ()))

    def _kinds(self, branch: str) -> set[str] | None:
        """The JSON types a branch admits (None: any), looking through `$ref`, anyOf and oneOf."""
        pointer, schema = self._resolved(branch)
        if not isinstance(schema, dict):
            return None if schema else set()
        if "type" in schema:
            kinds = schema["type"]
            return {kinds} if isinstance(kinds, str) else set(kinds)
        if "properties" in schema or "additionalProperties" in schema:
            return {"object"}
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                union: set[str] = set()
                for index in range(len(schema[keyword])):
                    kinds = self._kinds(f"{pointer}/{keyword}/{index}")
                    if kinds is None:
                        return None
                    union |= kinds
                return union
        return None

    def _admits(self, branch: str, kind: str) -> bool:
        kinds = self._kinds(branch)
        return kinds is None or kind in kinds or (kind == "integer" and "number" in kinds)
