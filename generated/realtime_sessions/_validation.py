"""Checks shared by the generated models and the request path.

Every error names the offending field by its dotted path (`audio.output.speed`, `tools.0.name`):
- helpers the generated `from_dict` methods call when a value has the wrong JSON type;
- `check_request`: turns `create()` arguments into the JSON body (request models become dicts)
  and validates it against the operation's request schema embedded from the spec at generation
  time (each endpoint module's `request_schema()`; a `$ref` is its target's one dict in
  `api/realtime/request_definitions.py`), before anything is sent. Plain, valid arguments pass
  the schema's generated one-walk test (`request_fits()`, from spectools/fits_source.py) and
  are sent as they are; `check` walks the rest and names the field. It enforces every keyword
  in `KEYWORDS` and every format in `FORMATS`; `spectools/generate.py` reads both names from
  this file and fails generation when the request schema uses anything else;
- `encode_json`: that body as bytes, refusing what JSON text cannot carry (a lone surrogate);
- `json_problem_path`: where a response body too deep, or with too long an integer, to decode is.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

from ._exceptions import ModelTypeError, ModelValidationError
from .types import UNSET

__all__ = [
    "FORMATS",
    "KEYWORDS",
    "MAX_DEPTH",
    "ModelTypeError",
    "ModelValidationError",
    "check_request",
    "encode_json",
    "first_fitting",
    "is_plain",
    "item",
    "json_problem_path",
    "masked_repr",
    "merge_json",
    "missing",
    "model_repr",
    "new_object",
    "pattern_search",
    "to_json",
    "unknown_field",
    "within",
    "wrong_type",
]

# Levels of nested arrays/objects a request may have: a deeper body is refused, naming where,
# long before Python's recursion limit (or a server's parser) would fail on it.
MAX_DEPTH: Final = 100

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


def first_fitting(
    path: str,
    src: Mapping[str, Any],
    branches: tuple[tuple[type[Any], Callable[[Any, Mapping[str, Any]], Any]], ...],
) -> Any:
    """An object of a tagged union whose tag no branch knows (a future kind) or that has none:
    the first branch that takes it, unknown fields kept; where none does, the first branch's
    error. Taking the first branch blindly refused bodies the schema allows (an untagged
    `{"rate": null}` fits `audio/pcmu`, whose open object keeps `rate`, but not `audio/pcm`)."""
    first: ModelValidationError | None = None
    for cls, parse in branches:
        try:
            return parse(cls, src)
        except ModelValidationError as exc:
            first = first or exc
    assert first is not None  # a union has branches
    raise within(path, first) from None


def item(path: str, index: int) -> str:
    return f"{path}.{index}"


_T = TypeVar("_T")

if TYPE_CHECKING:

    def new_object(cls: type[_T]) -> _T:
        """A blank instance of `cls`, its fields to be set by the generated parser."""

else:
    # `object.__new__` as a global the parsers load once per object, where `object.__new__`
    # itself is an attribute lookup on `object` every time.
    new_object = object.__new__


def masked_repr(value: object) -> str:
    """attrs `repr=` hook for fields marked `x-secret` in the spec."""
    return "UNSET" if value is UNSET else "'**********'"


def _show(value: object) -> str:
    """A short repr for messages: never a whole 10 MB string, nor a 5000-digit integer."""
    try:
        text = repr(value)
    except ValueError:  # an int longer than sys.get_int_max_str_digits() cannot be printed
        return f"an integer of more than {sys.get_int_max_str_digits()} digits"
    return text if len(text) <= 60 else f"{text[:50]}…{text[-5:]}"


def _join(path: str, key: str | int) -> str:
    return f"{path}.{key}" if path else str(key)


# --- create() arguments -> the JSON body ---------------------------------------------------------


class _Refused(Exception):
    """Raised deep inside `_to_json`; each level adds its key on the way out: that is the path."""

    def __init__(self, error: type[ModelValidationError], message: str) -> None:
        self.error = error
        self.message = message
        self.parts: list[str | int] = []

    def as_error(self) -> ModelValidationError:
        return self.error(".".join(str(p) for p in reversed(self.parts)), self.message)


def _to_json(value: Any, depth: int) -> Any:
    """`value` as plain JSON data (request models -> dicts, tuples -> lists), or `_Refused`."""
    kind = value.__class__
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        if value - value == 0.0:  # false for NaN and ±inf, which JSON cannot carry
            return value
        raise _Refused(ModelValidationError, f"must be a finite number, got {value!r}")
    if kind is dict or isinstance(value, Mapping):
        if depth >= MAX_DEPTH:
            raise _Refused(ModelValidationError, f"nests more than {MAX_DEPTH} levels deep")
        out: dict[str, Any] = {}
        for key, element in value.items():
            if key.__class__ is not str:
                raise _Refused(ModelTypeError, f"object keys must be strings, got {_show(key)}")
            try:
                out[key] = _to_json(element, depth + 1)
            except _Refused as exc:
                exc.parts.append(key)
                raise
        return out
    if kind is list or kind is tuple:
        if depth >= MAX_DEPTH:
            raise _Refused(ModelValidationError, f"nests more than {MAX_DEPTH} levels deep")
        items: list[Any] = []
        for index, element in enumerate(value):
            try:
                items.append(_to_json(element, depth + 1))
            except _Refused as exc:
                exc.parts.append(index)
                raise
        return items
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):  # a generated request model
        return _to_json(to_dict(), depth)
    for base in (str, int, float):  # StrEnum / IntEnum members: the plain value they stand for
        if isinstance(value, base):
            return _to_json(base(value), depth)
    raise _Refused(ModelTypeError, f"expected a JSON value, got {type(value).__name__}")


def is_plain(value: Any, depth: int) -> bool:
    """Whether `value`, found `depth` levels down a body, is already what `_to_json` would return,
    equal and of the same classes: dicts with string keys, lists, strings, integers, booleans,
    None and finite floats, the body no deeper than `MAX_DEPTH`. Reads without copying; anything
    else is left to `_to_json`. The generated request tests call it for free-form values."""
    kind = value.__class__
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        finite: bool = value - value == 0.0  # false for NaN and ±inf
        return finite
    if depth >= MAX_DEPTH:
        return False
    if kind is dict:
        for key, element in value.items():
            if key.__class__ is not str or not is_plain(element, depth + 1):
                return False
        return True
    if kind is list:
        for element in value:  # noqa: SIM110 - a loop costs less per call than all() over a generator
            if not is_plain(element, depth + 1):
                return False
        return True
    return False


def to_json(value: Mapping[str, Any]) -> dict[str, Any]:
    """`value` as plain JSON data, unchecked against any schema: what `validate=False` sends.
    Still refuses what JSON cannot carry (NaN, non-string keys, arbitrary objects), naming where.

    A dict that is already plain JSON is returned itself, not copied: callers only read it
    (`merge_json` copies what it merges into)."""
    if value.__class__ is dict and is_plain(value, 0):
        return cast("dict[str, Any]", value)
    try:
        body: dict[str, Any] = _to_json(value, 0)
    except _Refused as exc:
        raise exc.as_error() from None
    return body


def merge_json(body: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """`body` with `extra` merged in: objects key by key at every level, anything else replaced.
    `extra_body={"session": {"new_field": 1}}` adds one field to `session`, keeping the rest."""
    if not isinstance(extra, Mapping):
        raise ModelTypeError("extra_body", f"expected a mapping, got {type(extra).__name__}")
    try:
        extra_json = to_json(extra)
        encode_json(extra_json)  # a lone surrogate, named here rather than by its body path
    except ModelValidationError as exc:
        raise within("extra_body", exc) from None
    return _merged(body, extra_json)


def _merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        out[key] = (
            _merged(old, value) if old.__class__ is dict and value.__class__ is dict else value
        )
    return out


def model_repr(self: Any) -> str:
    """The generated models' `__repr__`: attrs' own, without an empty `additional_properties`."""
    import attrs

    parts = []
    for field in attrs.fields(type(self)):
        value = getattr(self, field.name)
        if not field.repr or (field.name == "additional_properties" and not value):
            continue
        shown = field.repr(value) if callable(field.repr) else repr(value)
        parts.append(f"{field.name}={shown}")
    return f"{type(self).__qualname__}({', '.join(parts)})"


def encode_json(body: Any) -> bytes:
    """Plain JSON data as compact UTF-8 JSON text.

    What JSON text cannot carry raises a ModelValidationError naming the field: a lone
    surrogate, an integer too long to print, NaN (`allow_nan=False`: the last guard).
    """
    try:
        return json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
    except (ValueError, RecursionError) as exc:  # UnicodeEncodeError is a ValueError
        raise _unencodable(body) from exc


def _unencodable(body: Any) -> ModelValidationError:
    """The first value `encode_json` could not encode, found on the error path only."""
    pending: list[tuple[str, Any]] = [("", body)]
    while pending:
        path, value = pending.pop()
        if value.__class__ is str and not _encodes(value):
            return ModelValidationError(path, "contains a lone surrogate, which JSON cannot carry")
        if value.__class__ is int and _show(value).startswith("an integer of"):
            return ModelValidationError(path, f"is {_show(value)}, too long to encode")
        if value.__class__ is float and value - value != 0.0:
            return ModelValidationError(path, f"must be a finite number, got {value!r}")
        if value.__class__ is dict:
            for key in value:
                if not _encodes(key):
                    return ModelValidationError(path, "has a key with a lone surrogate")
            pending.extend((_join(path, k), v) for k, v in reversed(value.items()))
        elif value.__class__ is list:
            pending.extend((_join(path, i), v) for i, v in reversed(list(enumerate(value))))
    return ModelValidationError("", "cannot be encoded as JSON")


def _encodes(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


# --- validation against the embedded request schema ----------------------------------------------

# The JSON Schema keywords `check` enforces. Annotations (title, description, default, examples,
# x-*) need nothing; any other keyword in the request schema fails generation.
KEYWORDS: Final = frozenset(
    {
        "type",
        "enum",
        "const",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "pattern",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "anyOf",
        "oneOf",
        "allOf",
    }
)

# RFC 3986 `URI` (a scheme is required), as the mock's validator (jsonschema-rs) checks it;
# tests/test_contract.py compares the two on generated text.
_DEC_OCTET = r"(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)"
_IPV4 = rf"(?:{_DEC_OCTET}\.){{3}}{_DEC_OCTET}"
_H16 = "[0-9A-Fa-f]{1,4}"
_LS32 = rf"(?:{_H16}:{_H16}|{_IPV4})"
_IPV6 = "|".join(
    [
        rf"(?:{_H16}:){{6}}{_LS32}",
        rf"::(?:{_H16}:){{5}}{_LS32}",
        rf"(?:{_H16})?::(?:{_H16}:){{4}}{_LS32}",
        rf"(?:(?:{_H16}:){{,1}}{_H16})?::(?:{_H16}:){{3}}{_LS32}",
        rf"(?:(?:{_H16}:){{,2}}{_H16})?::(?:{_H16}:){{2}}{_LS32}",
        rf"(?:(?:{_H16}:){{,3}}{_H16})?::{_H16}:{_LS32}",
        rf"(?:(?:{_H16}:){{,4}}{_H16})?::{_LS32}",
        rf"(?:(?:{_H16}:){{,5}}{_H16})?::{_H16}",
        rf"(?:(?:{_H16}:){{,6}}{_H16})?::",
    ]
)
_UNRESERVED_SUB = r"a-zA-Z0-9_.~\-!$&'()*+,;="
_PCT = "%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED_SUB}:@]|{_PCT})"
_QUERY = rf"(?:[{_UNRESERVED_SUB}:@/?]|{_PCT})*"
_HOST = rf"(?:\[(?:{_IPV6}|v[0-9A-Fa-f]+\.[{_UNRESERVED_SUB}:]+)\]|{_IPV4}|(?:[{_UNRESERVED_SUB}]|{_PCT})*)"
_AUTHORITY = rf"(?:(?:[{_UNRESERVED_SUB}:]|{_PCT})*@)?{_HOST}(?::[0-9]*)?"
_URI = (
    rf"[a-zA-Z][a-zA-Z0-9+.-]*:"
    rf"(?://{_AUTHORITY}(?:/{_PCHAR}*)*|/(?:{_PCHAR}+(?:/{_PCHAR}*)*)?|{_PCHAR}+(?:/{_PCHAR}*)*|)"
    rf"(?:\?{_QUERY})?(?:#{_QUERY})?"
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    # Compiled on first use: the URI grammar alone takes ~5 ms, too much for every import.
    return re.compile(pattern)


def pattern_search(pattern: str) -> Callable[[str], re.Match[str] | None]:
    """A JSON Schema `pattern` as the `search` of its compiled regex (ECMA-262's `$`)."""
    return _compiled(_ecma_pattern(pattern)).search


def _is_uri(value: str) -> bool:
    return _compiled(_URI).fullmatch(value) is not None


def _is_int64(value: int) -> bool:
    return -(2**63) <= value < 2**63


# The `format`s `check` asserts: name -> (the JSON type it applies to, test, what a value must
# be). As in JSON Schema, a format says nothing about values of other types.
FORMATS: Final[dict[str, tuple[type, Callable[[Any], bool], str]]] = {
    "uri": (str, _is_uri, "an absolute URI (RFC 3986), e.g. https://example.com/a.png"),
    "int64": (int, _is_int64, "a 64-bit integer"),
}


def _ecma_pattern(pattern: str) -> str:
    """A JSON Schema (ECMA-262) `pattern` for Python's `re`: there `$` also matches before a
    final newline, so an unescaped `$` outside a character class becomes `\\Z`."""
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = "\\Z"
        out.append(char)
    return "".join(out)


# One rule for integers on both sides: an `integer` field takes a Python int, exactly as the
# generated parsers (property_templates/kinds/int.py.jinja) require of a response, so 10.0 is
# refused before sending rather than sent and then refused when the server echoes it back.
# The Python classes of each JSON type, exactly (bool is not an integer, 10.0 is not one either),
# as spectools/fits_source.py spells them in the generated tests too.
_CLASSES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "null": (type(None),),
}


def _types_of(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


def check(value: Any, schema: Mapping[str, Any], path: str = "") -> None:
    """Raise ModelValidationError (ValueError) or ModelTypeError (TypeError) if `value` does not
    fit `schema`. Objects that list properties and say nothing of `additionalProperties` refuse
    unknown keys: that is how a typo in a keyword argument is caught before the API rejects it."""
    kinds = _types_of(schema)
    if kinds and not any(value.__class__ in _CLASSES[k] for k in kinds):
        raise ModelTypeError(path, f"expected {' or '.join(kinds)}, got {json_type_name(value)}")
    if "const" in schema and value != schema["const"]:
        raise ModelValidationError(path, f"must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise _not_one_of(path, value, schema["enum"])
    if "format" in schema:
        kind, test, what = FORMATS[schema["format"]]
        if value.__class__ is kind and not test(value):  # not echoed: a URL may carry a token
            raise ModelValidationError(path, f"must be {what}")
    if value.__class__ in (int, float):
        _check_number(value, schema, path)
    elif value.__class__ is str:
        _check_length(len(value), schema, path, "characters", "Length")
        pattern = schema.get("pattern")
        if pattern is not None and not pattern_search(pattern)(value):
            raise ModelValidationError(path, f"must match the pattern {pattern!r}")
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
        raise ModelValidationError(path, f"must be >= {low}, got {_show(value)}")
    if high is not None and value > high:
        raise ModelValidationError(path, f"must be <= {high}, got {_show(value)}")
    low, high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if low is not None and value <= low:
        raise ModelValidationError(path, f"must be > {low}, got {_show(value)}")
    if high is not None and value >= high:
        raise ModelValidationError(path, f"must be < {high}, got {_show(value)}")


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


def _not_one_of(path: str, value: Any, allowed: list[Any]) -> ModelValidationError:
    return ModelValidationError(
        path, f"{_show(value)} is not one of {', '.join(repr(v) for v in allowed)}"
    )


_Tag = tuple[str, dict[Any, Mapping[str, Any]]]
_NO_TAG = object()
# id(branches) -> (branches, tag or None), derived once per union of the request schema.
_TAGS: dict[int, tuple[list[Mapping[str, Any]], _Tag | None]] = {}


def _tag_value(schema: Mapping[str, Any] | None) -> Any:
    if schema is None:
        return _NO_TAG
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    return enum[0] if isinstance(enum, list) and len(enum) == 1 else _NO_TAG


def _tag_of(branches: list[Mapping[str, Any]]) -> _Tag | None:
    """The property (`type`) whose one allowed value tells every object branch apart, if any."""
    cached = _TAGS.get(id(branches))
    if cached is not None and cached[0] is branches:
        return cached[1]
    objects = [b for b in branches if "properties" in b or "object" in _types_of(b)]
    found: _Tag | None = None
    if len(objects) > 1 and all("properties" in b for b in objects):
        for name in objects[0]["properties"]:
            values = [_tag_value(b["properties"].get(name)) for b in objects]
            if _NO_TAG not in values and len({repr(v) for v in values}) == len(values):
                found = (name, dict(zip(values, objects, strict=True)))
                break
    _TAGS[id(branches)] = (branches, found)
    return found


def _tag_required(tag: _Tag) -> bool:
    """Whether every branch requires the tag; else an object without it may fit any branch."""
    name, by_value = tag
    return all(name in branch.get("required", ()) for branch in by_value.values())


def _check_branches(value: Any, branches: list[Mapping[str, Any]], path: str) -> None:
    tag = _tag_of(branches) if value.__class__ is dict else None
    if tag is not None and (tag[0] in value or _tag_required(tag)):
        # A tagged union: the tag picks the branch, whose own error names the real bad field.
        name, by_value = tag
        if name not in value:
            raise missing(_join(path, name))
        try:
            branch = by_value.get(value[name])
        except TypeError:  # an unhashable tag (a list)
            branch = None
        if branch is None:
            raise _not_one_of(_join(path, name), value[name], list(by_value))
        check(value, branch, path)
        return
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


def check_request(
    params: Mapping[str, Any],
    schema: Mapping[str, Any],
    fits: Callable[[Any], bool] | None = None,
) -> dict[str, Any]:
    """A call's arguments as the JSON body, checked against the operation's request `schema`
    (embedded from the spec at generation time; each `$ref` its target's one shared dict).

    `fits` is the schema's generated yes/no test (`api/realtime/request_fits.py`): arguments that
    are already plain JSON and valid pass it in one walk and are sent as they are. Anything else
    is copied by `to_json` (request models, tuples, enum members, ...) and then checked; only a
    refused body pays for the walk that names the field.

    Raises ModelValidationError / ModelTypeError naming the field; then nothing is sent.
    """
    if fits is not None and params.__class__ is dict and fits(params):
        return cast("dict[str, Any]", params)
    body = to_json(params)
    if fits is None or not fits(body):
        check(body, schema)
    return body


# --- where a response body is wrong when it cannot even be decoded ------------------------------

_JSON_TOKEN = r'"(?:[^"\\]|\\.)*"|[\[\]{}:,]|[^\s\[\]{}:,"]+'
_INTEGER = r"-?[0-9]+"


def json_problem_path(text: str, max_depth: int) -> tuple[str, str] | None:
    """(path, problem) of the first place in JSON `text` that nests more than `max_depth` levels
    or holds an integer longer than `sys.get_int_max_str_digits()`; None if there is none.

    For the error path of a body `json.loads` refused: a scan of tokens, without recursion.
    """
    limit = sys.get_int_max_str_digits()
    frames: list[list[Any]] = []  # per open container: [is_object, key or index, expecting_key]
    key: Any = None
    integer = _compiled(_INTEGER)
    for match in _compiled(_JSON_TOKEN).finditer(text):
        token = match.group()
        top = frames[-1] if frames else None
        if token in ("{", "["):
            if len(frames) >= max_depth:
                return _frames_path(frames), f"nests more than {max_depth} levels deep"
            frames.append([token == "{", None if token == "{" else 0, token == "{"])
        elif token in ("}", "]"):
            if frames:
                frames.pop()
        elif top is None:
            pass
        elif token == ",":
            if top[0]:
                top[2] = True
            else:
                top[1] += 1
        elif token == ":":
            top[1], top[2] = key, False
        elif top[0] and top[2]:
            try:
                key = json.loads(token)
            except ValueError:
                key = token
        elif limit and integer.fullmatch(token) and len(token.lstrip("-")) > limit:
            return _frames_path(frames), f"is an integer of more than {limit} digits"
    return None


def _frames_path(frames: list[list[Any]]) -> str:
    return ".".join(str(frame[1]) for frame in frames)
