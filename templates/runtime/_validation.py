"""Checks shared by the generated models and the request path.

Two jobs, both naming the offending field by its dotted path (`audio.output.speed`, `tools.0.name`):
- helpers the generated `from_dict` methods call when a value has the wrong JSON type;
- `check_request`: validates `create()` arguments against the request schema embedded from the
  spec at generation time (`_request_schema.REQUEST_SCHEMA`), before anything is sent. It knows
  the JSON Schema keywords that schema uses: type, enum, const, numeric and length limits,
  properties/required/additionalProperties, items, anyOf/oneOf/allOf.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._exceptions import ModelTypeError, ModelValidationError

__all__ = [
    "ModelTypeError",
    "ModelValidationError",
    "check_request",
    "item",
    "masked_repr",
    "missing",
    "unknown_field",
    "within",
    "wrong_type",
]

_JSON_TYPE_NAMES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def json_type_name(value: object) -> str:
    return _JSON_TYPE_NAMES.get(value.__class__, type(value).__name__)


def wrong_type(path: str, expected: str, value: object) -> ModelTypeError:
    # The value itself is not echoed: it may be a secret.
    return ModelTypeError(path, f"expected {expected}, got {json_type_name(value)}")


def missing(path: str) -> ModelValidationError:
    return ModelValidationError(path, "required field is missing")


def unknown_field(path: str) -> ModelTypeError:
    return ModelTypeError(path, "unknown field")


def within(prefix: str, exc: ModelValidationError) -> ModelValidationError:
    """Re-raise a nested model's error with the parent's field in front of its path."""
    path = f"{prefix}.{exc.path}" if exc.path else prefix
    message = str(exc).split(": ", 1)[1] if exc.path else str(exc)
    return type(exc)(path, message)


def item(path: str, index: int) -> str:
    return f"{path}.{index}"


def masked_repr(value: object) -> str:
    """attrs `repr=` hook for fields marked `x-secret` in the spec."""
    return "UNSET" if value.__class__.__name__ == "Unset" else "'**********'"


# --- request validation against the embedded schema -------------------------------------------

_TYPE_TESTS = {
    "object": lambda v: v.__class__ is dict,
    "array": lambda v: v.__class__ is list,
    "string": lambda v: v.__class__ is str,
    "boolean": lambda v: v.__class__ is bool,
    "integer": lambda v: v.__class__ is int or (v.__class__ is float and v.is_integer()),
    "number": lambda v: v.__class__ in (int, float),
    "null": lambda v: v is None,
}


def _join(path: str, key: str | int) -> str:
    return f"{path}.{key}" if path else str(key)


def _types_of(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


def check(value: Any, schema: Mapping[str, Any], path: str = "") -> None:
    """Raise ModelValidationError (ValueError) or ModelTypeError (TypeError) if `value` does not
    fit `schema`. Objects that list properties and say nothing of `additionalProperties` refuse
    unknown keys: that is how a typo in a keyword argument is caught before the API rejects it."""
    kinds = _types_of(schema)
    if kinds and not any(_TYPE_TESTS[k](value) for k in kinds):
        raise ModelTypeError(path, f"expected {' or '.join(kinds)}, got {json_type_name(value)}")
    if "const" in schema and value != schema["const"]:
        raise ModelValidationError(path, f"must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        raise ModelValidationError(path, f"{value!r} is not one of {allowed}")
    if value.__class__ in (int, float):
        _check_number(value, schema, path)
    elif value.__class__ is str:
        _check_length(len(value), schema, path, "characters", "Length")
    elif value.__class__ is list:
        _check_length(len(value), schema, path, "items", "Items")
        if "items" in schema:
            for index, element in enumerate(value):
                check(element, schema["items"], _join(path, index))
    elif value.__class__ is dict and ("properties" in schema or "object" in kinds):
        _check_object(value, schema, path)
    for sub in schema.get("allOf", ()):
        check(value, sub, path)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        _check_branches(value, branches, path)


def _check_number(value: float, schema: Mapping[str, Any], path: str) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and value < low:
        raise ModelValidationError(path, f"must be >= {low}, got {value}")
    if high is not None and value > high:
        raise ModelValidationError(path, f"must be <= {high}, got {value}")
    low, high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if low is not None and value <= low:
        raise ModelValidationError(path, f"must be > {low}, got {value}")
    if high is not None and value >= high:
        raise ModelValidationError(path, f"must be < {high}, got {value}")


def _check_length(size: int, schema: Mapping[str, Any], path: str, unit: str, key: str) -> None:
    low, high = schema.get(f"min{key}"), schema.get(f"max{key}")
    if low is not None and size < low:
        raise ModelValidationError(path, f"needs at least {low} {unit}, got {size}")
    if high is not None and size > high:
        raise ModelValidationError(path, f"allows at most {high} {unit}, got {size}")


def _check_object(value: dict[str, Any], schema: Mapping[str, Any], path: str) -> None:
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            raise missing(_join(path, name))
    # Closed by default only where the spec lists properties; free-form objects (tool
    # `parameters`, tracing `metadata`) take any keys.
    extra = schema.get("additionalProperties", "properties" not in schema)
    for key, element in value.items():
        sub = properties.get(key)
        if sub is not None:
            check(element, sub, _join(path, key))
        elif extra is False:
            raise unknown_field(_join(path, key))
        elif isinstance(extra, Mapping):
            check(element, extra, _join(path, key))


def _check_branches(value: Any, branches: list[Mapping[str, Any]], path: str) -> None:
    errors: list[ModelValidationError] = []
    for branch in branches:
        try:
            check(value, branch, path)
            return
        except ModelValidationError as exc:
            errors.append(exc)
    # Prefer the error of a branch whose JSON type matched: it points at the real problem.
    typed = [e for e in errors if not isinstance(e, ModelTypeError) or e.path != path]
    raise (typed or errors)[0]


def check_request(params: Mapping[str, Any]) -> None:
    """Validate `create()` arguments against the request schema of the spec."""
    from ._request_schema import REQUEST_SCHEMA

    check(dict(params), REQUEST_SCHEMA)
