"""The benchmark's operations, requests and response bodies, all read from the project's files.

`bound_responses(spec)` lists the operations the project binds (`openapi/operations.yaml`, via
`spectools.project.operations()`) with their response model, their `200` schema and example, and
the request every client sends (the operation's first documented request example), so the bench
names no path, method or schema of its own. `full_response_body(spec, operation)`
starts from the operation's `200` example and walks the response schema: every declared property the example lacks is synthesised from its schema, unions take
their richest (object) branch, nullable objects are filled rather than `null`, and arrays get two
items, so parsing exercises every generated branch (nested objects, tools, the tracing object).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from ..project import Operation, operations

__all__ = ["BoundResponse", "bound_responses", "full_response_body"]

JSON = "application/json"


@dataclass(frozen=True)
class BoundResponse:
    """A bound operation (`openapi/operations.yaml`), its 200 JSON body and model, and the
    request every client sends it: the operation's first documented request example."""

    operation: Operation
    schema: dict[str, Any]  # the 200 media type's schema as written (a `$ref`)
    example: Any  # the 200 media type's first example, None without one
    request: dict[str, Any]  # the request body's first documented example
    request_model: str  # the request body schema's title (raw openapi-python-client's class)

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def path(self) -> str:
        return self.operation.path

    @property
    def model(self) -> str:
        """The response model's class, as operations.yaml names it (`response`)."""
        return self.operation.response


def _first_example(media: dict[str, Any]) -> Any:
    examples = [item.get("value") for item in (media.get("examples") or {}).values()]
    return examples[0] if examples else media.get("example")


def bound_responses(spec: dict[str, Any]) -> list[BoundResponse]:
    """Every operation the project binds (`spectools.project.operations()`), in its order,
    read from the resolved spec."""
    out = []
    for operation in operations():
        found = operation.find(spec)
        media = found.get("responses", {}).get("200", {}).get("content", {}).get(JSON)
        if not media or "schema" not in media:
            raise ValueError(f"{operation.label}: no 200 {JSON} body")
        request_media = found["requestBody"]["content"][JSON]
        request = _first_example(request_media)
        if not isinstance(request, dict):
            raise ValueError(f"{operation.label}: no documented request example")
        request_schema = request_media["schema"]
        request_model = (
            _resolve(spec, request_schema).get("title")
            or str(request_schema.get("$ref", "")).rsplit("/", 1)[-1]
        )
        out.append(
            BoundResponse(operation, media["schema"], _first_example(media), request, request_model)
        )
    return out


# Values for schemas that say nothing more specific than their type.
_FREE_OBJECTS: dict[str, Any] = {
    "metadata": {"customer": "bench", "tier": "gold"},
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"enum": ["c", "f"]}},
        "required": ["city"],
    },
}
_STRINGS: dict[str, str] = {
    "type": "server_vad",
    "tool_choice": "auto",
    "name": "get_weather",
    "workflow_name": "bench-workflow",
    "group_id": "group_42",
    "language": "en",
    "prompt": "Transcribe clearly.",
}


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[1]
        merged = {**spec["components"]["schemas"][name]}
        merged.update({k: v for k, v in node.items() if k != "$ref"})
        node = merged
        seen += 1
        if seen > 50:
            raise ValueError(f"$ref cycle at {name}")
    return node


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("type")
    if kind is None:
        return []
    return list(kind) if isinstance(kind, list) else [kind]


def _branch(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The union branch to fill: the richest object branch, else an enum, else the first."""
    branches = [_resolve(spec, b) for b in node.get("oneOf") or node.get("anyOf") or []]
    if not branches:
        return node
    objects = [b for b in branches if "object" in _types(b) or "properties" in b]
    if objects:
        return max(objects, key=lambda b: len(b.get("properties", {})))
    non_null = [b for b in branches if _types(b) != ["null"]]
    # A plain string branch next to an enum branch: prefer the enum (a known value).
    enums = [b for b in non_null if "enum" in b]
    return (enums or non_null or branches)[0]


def _fill(spec: dict[str, Any], node: dict[str, Any], example: Any, name: str) -> Any:
    node = _resolve(spec, node)
    if "oneOf" in node or "anyOf" in node:
        return _fill(spec, _branch(spec, node), example, name)
    kinds = [k for k in _types(node) if k != "null"]
    kind = kinds[0] if kinds else ("object" if "properties" in node else "string")
    if kind == "object":
        properties: dict[str, Any] = node.get("properties", {})
        if not properties:
            if isinstance(example, dict) and example:
                return example
            return copy.deepcopy(_FREE_OBJECTS.get(name, {"key": "value"}))
        base = example if isinstance(example, dict) else {}
        filled = {prop: _fill(spec, sub, base.get(prop), prop) for prop, sub in properties.items()}
        return filled | {k: v for k, v in base.items() if k not in properties}
    if kind == "array":
        items = node.get("items", {})
        existing = example if isinstance(example, list) else []
        elements = [_fill(spec, items, item, name) for item in existing]
        while len(elements) < 2:
            elements.append(_fill(spec, items, None, name))
        if "enum" in _resolve(spec, items):  # enum items: keep them distinct
            values = list(_resolve(spec, items)["enum"])
            elements = list(dict.fromkeys([*elements, *values]))[: max(2, len(existing))]
        return elements
    if "const" in node:
        return node["const"]
    if example is not None and "enum" not in node:
        return example
    if "enum" in node:
        return example if example in node["enum"] else node["enum"][0]
    if kind == "string":
        return _string(node, name)
    if kind == "integer":
        return int(_within(node, 1742188264 if name == "expires_at" else 500, step=1))
    if kind == "number":
        return _within(node, 0.5, step=0.25)
    if kind == "boolean":
        return True
    return example


def _within(node: dict[str, Any], value: float, *, step: float) -> float:
    """`value` moved into the schema's bounds (`minimum`, `exclusiveMaximum`, ...)."""
    if "minimum" in node:
        value = max(value, node["minimum"])
    if "exclusiveMinimum" in node:
        value = max(value, node["exclusiveMinimum"] + step)
    if "maximum" in node:
        value = min(value, node["maximum"])
    if "exclusiveMaximum" in node:
        value = min(value, node["exclusiveMaximum"] - step)
    return value


def _string(node: dict[str, Any], name: str) -> str:
    """A string the schema accepts: its `pattern`'s, a `uri`, else a readable value of the
    allowed length."""
    if "pattern" in node:
        return _matching(node["pattern"])
    if node.get("format") == "uri":
        return f"https://example.com/{name}"
    text = _STRINGS.get(name, f"{name}-value")
    text = text.ljust(node.get("minLength", 0), "x")
    return text[: node.get("maxLength", len(text))]


def _matching(pattern: str) -> str:
    """The shortest string `re.search(pattern, ...)` finds (literals, classes, repeats, groups
    and anchors; anything else is refused, naming the pattern, rather than guessed)."""
    from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser

    def build(items: Any) -> str:
        out = []
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name == "IN":
                out.append(_first_of(arg, pattern))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _, sub = arg
                out.append(build(sub) * max(low, 0))
            elif name == "SUBPATTERN":
                out.append(build(arg[-1]))
            elif name == "BRANCH":
                out.append(build(arg[1][0]))
            elif name != "AT":  # anchors match where the string starts and ends
                raise ValueError(f"pattern {pattern!r}: {name} is not supported")
        return "".join(out)

    text = build(_parser.parse(pattern))
    if re.search(pattern, text) is None:
        raise ValueError(f"pattern {pattern!r}: built {text!r}, which it does not match")
    return text


def _first_of(members: list[tuple[Any, Any]], pattern: str) -> str:
    """The first character a regex class `[...]` accepts."""
    op, arg = members[0]
    name = str(op)
    if name == "LITERAL":
        return chr(arg)
    if name == "RANGE":
        return chr(arg[0])
    if name == "CATEGORY":
        return {"CATEGORY_DIGIT": "0", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " "}[str(arg)]
    raise ValueError(f"pattern {pattern!r}: class member {name} is not supported")


def full_response_body(
    spec: dict[str, Any], operation: BoundResponse | None = None
) -> dict[str, Any]:
    """The `200` example of `operation` (default: the first) with every declared field set."""
    bound = operation or bound_responses(spec)[0]
    body = _fill(spec, bound.schema, copy.deepcopy(bound.example), "")
    if not isinstance(body, dict):
        raise ValueError(f"{bound.method.upper()} {bound.path}: the response is not an object")
    return body
