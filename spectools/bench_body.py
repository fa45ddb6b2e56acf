"""The benchmark's response body: the spec's example, extended until every field is set.

`full_response_body(spec)` starts from the resolved spec's `200` example and walks the response
schema: every declared property the example lacks is synthesised from its schema, unions take
their richest (object) branch, nullable objects are filled rather than `null`, and arrays get two
items, so parsing exercises every generated branch (nested objects, tools, the tracing object).
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["full_response_body", "response_schema_ref"]

OPERATION_PATH, OPERATION_METHOD = "/realtime/sessions", "post"

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
    if example is not None and "enum" not in node:
        return example
    if "enum" in node:
        return example if example in node["enum"] else node["enum"][0]
    if kind == "string":
        return _STRINGS.get(name, f"{name}-value")
    if kind == "integer":
        return 1742188264 if name == "expires_at" else 500
    if kind == "number":
        return 0.5
    if kind == "boolean":
        return True
    return example


def response_schema_ref(spec: dict[str, Any]) -> str:
    operation = spec["paths"][OPERATION_PATH][OPERATION_METHOD]
    media = operation["responses"]["200"]["content"]["application/json"]
    return str(media["schema"]["$ref"])


def full_response_body(spec: dict[str, Any]) -> dict[str, Any]:
    """The `200` example of the operation with every declared field set (see module doc)."""
    operation = spec["paths"][OPERATION_PATH][OPERATION_METHOD]
    media = operation["responses"]["200"]["content"]["application/json"]
    example: Any = None
    for item in (media.get("examples") or {}).values():
        example = item.get("value")
        break
    if example is None:
        example = media.get("example")
    body = _fill(spec, {"$ref": response_schema_ref(spec)}, copy.deepcopy(example), "")
    if not isinstance(body, dict):
        raise ValueError("the response schema is not an object")
    return body
