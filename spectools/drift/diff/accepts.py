"""What a schema accepts, as far as the drift gate needs it: JSON types, values, and whether a
set of alternatives accepts everything another schema does.

Functions take *canonical* schemas (`Resolver.canonical`: refs inlined, documentation dropped).
Every answer errs on the safe side: "not accepted" when unsure, so a doubtful change is reported
with the severity it would have without the benefit of the doubt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ...specio import same_json

__all__ = [
    "accepts_all",
    "accepts_value",
    "covers",
    "enum_values",
    "is_null_schema",
    "json_type",
    "shape",
    "types_of",
]

_JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))
# Keywords that leave every value of the declared type(s) acceptable.
_UNCONSTRAINING = {"type", "nullable", "default", "discriminator"}


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return next(name for kind, name in _JSON_TYPES if isinstance(value, kind))


def types_of(schema: Mapping[str, Any]) -> frozenset[str] | None:
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
        found = {json_type(v) for v in schema["enum"]}
    elif "const" in schema:
        found = {json_type(schema["const"])}
    else:
        return None
    found.discard("null")
    return frozenset(found) or None


def covers(types: Iterable[str], wanted: str) -> bool:
    types = set(types)
    return wanted in types or (wanted == "integer" and "number" in types)


def enum_values(schema: Mapping[str, Any]) -> list[Any] | None:
    """The values a schema is restricted to (null aside), or None when it is not an enum."""
    if isinstance(schema.get("enum"), list):
        return [v for v in schema["enum"] if v is not None]
    if "const" in schema and schema["const"] is not None:
        return [schema["const"]]
    return None


def is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") in ("null", ["null"]) or schema.get("enum") == [None]
    )


def shape(schema: Mapping[str, Any]) -> tuple[tuple[str, ...], bool]:
    """What kind of value an alternative holds: its JSON types, and whether it lists values."""
    return tuple(sorted(types_of(schema) or ("any",))), enum_values(schema) is not None


def _unconstrained(schema: Mapping[str, Any]) -> bool:
    return set(schema) <= _UNCONSTRAINING


def _bound(value: Any, keyword: str, bound: Any, schema: Mapping[str, Any]) -> bool | None:
    """Whether a scalar `value` meets one validation keyword; None for a keyword not known here."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if keyword in ("minimum", "maximum") and number:
        strict = schema.get(f"exclusive{keyword[:1].upper()}{keyword[1:]}") is True  # 3.0 form
        low = keyword == "minimum"
        return bool(
            (value > bound if strict else value >= bound)
            if low
            else (value < bound if strict else value <= bound)
        )
    if keyword in ("exclusiveMinimum", "exclusiveMaximum"):
        if isinstance(bound, bool):
            return True  # 3.0 form, applied with minimum/maximum above
        if number:
            return bool(value > bound if keyword == "exclusiveMinimum" else value < bound)
    if keyword in ("minLength", "maxLength") and isinstance(value, str):
        return bool(len(value) >= bound if keyword == "minLength" else len(value) <= bound)
    if keyword == "pattern" and isinstance(value, str):
        return re.search(bound, value) is not None
    if keyword == "multipleOf" and number:
        return bool((value / bound).is_integer())
    return None


def accepts_value(schema: Any, value: Any) -> bool:
    """Whether `schema` surely accepts the JSON `value`."""
    if schema is True or schema == {}:
        return True
    if not isinstance(schema, dict):
        return False
    if value is None and (schema.get("nullable") is True or "null" in (schema.get("type") or ())):
        return True
    types = types_of(schema)
    if types is not None and not covers(types, json_type(value)):
        return False
    values = enum_values(schema)
    if values is not None and not any(same_json(v, value) for v in values):
        return False
    for keyword, bound in schema.items():
        if keyword in _UNCONSTRAINING or keyword in ("enum", "const"):
            continue
        if keyword in ("anyOf", "oneOf") and isinstance(bound, list):
            if not any(accepts_value(branch, value) for branch in bound):
                return False
        elif keyword == "allOf" and isinstance(bound, list):
            if not all(accepts_value(branch, value) for branch in bound):
                return False
        elif (
            json_type(value) in ("object", "array")
            or _bound(value, keyword, bound, schema) is not True
        ):
            return False  # object and array values, and keywords not known here: unsure
    return True


def accepts_all(alternatives: Iterable[Any], schema: Any) -> bool:
    """Whether every value `schema` accepts is surely accepted by one of `alternatives`."""
    alternatives = list(alternatives)
    if any(same_json(a, schema) for a in alternatives):
        return True
    if not isinstance(schema, dict):
        return False
    values = enum_values(schema)
    if values is not None:
        return all(any(accepts_value(a, v) for a in alternatives) for v in values)
    wanted = types_of(schema)
    wide = [a for a in alternatives if isinstance(a, dict) and _unconstrained(a)]
    if wanted is None:
        return any(types_of(a) is None for a in wide)
    return all(
        any(types_of(a) is None or covers(types_of(a) or (), t) for a in wide) for t in wanted
    )
