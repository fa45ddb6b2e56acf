"""What the mock knows about the operation, read from the resolved spec at start-up.

Nothing here is copied from the fragment by hand: the route, the deprecation flag and both
JSON Schemas come from `resolved_spec()`. Requests are validated against the closed request
schema (Draft 2020-12, the dialect of OpenAPI 3.1) by `validation.RequestValidator`, with the
whole document as the registry, so `#/components/schemas/...` refs resolve as they are written.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..specio import SpecError
from .validation import SPEC_URI, RequestValidator, json_pointer, schema_registry

__all__ = ["SessionOperation", "closed_spec"]

JSON = "application/json"
_OBJECT_KEYWORDS = ("additionalProperties", "unevaluatedProperties", "patternProperties")


def _schemas_in(spec: dict[str, Any]) -> Iterator[Any]:
    """The schema roots of the document: components and every media type's `schema`."""
    yield from spec.get("components", {}).get("schemas", {}).values()
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            bodies = [operation.get("requestBody", {}), *operation.get("responses", {}).values()]
            for body in bodies:
                for media in body.get("content", {}).values():
                    if "schema" in media:
                        yield media["schema"]


def _close(schema: Any) -> None:
    if isinstance(schema, dict):
        if "properties" in schema and not any(key in schema for key in _OBJECT_KEYWORDS):
            schema["additionalProperties"] = False
        for value in schema.values():
            _close(value)
    elif isinstance(schema, list):
        for value in schema:
            _close(value)


def closed_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy where every object schema that lists its properties refuses unknown keys.

    The generated client refuses keys it does not know, so the mock does too; objects without
    `properties` (tool `parameters`, tracing `metadata`) stay free-form.
    """
    closed = copy.deepcopy(spec)
    for schema in _schemas_in(closed):
        _close(schema)
    return closed


@dataclass(frozen=True)
class SessionOperation:
    """POST /realtime/sessions as the resolved spec describes it."""

    base_path: str  # "/v1", from servers[0].url
    path: str  # "/realtime/sessions"
    method: str  # "POST"
    deprecated: bool
    request_validator: RequestValidator  # strict: unknown keys are errors
    request_schema: Any  # the media type schemas as written, for `has_field`
    response_schema: Any
    document: Mapping[str, Any]

    def has_field(self, schema: Any, path: tuple[str, ...]) -> bool:
        """Whether `path` names a property under `schema`, following local `$ref`s."""
        for name in path:
            schema = self._dereferenced(schema)
            properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
            if name not in properties:
                return False
            schema = properties[name]
        return True

    def _dereferenced(self, schema: Any) -> Any:
        resolver = schema_registry(dict(self.document)).resolver(SPEC_URI)
        while isinstance(schema, dict) and "$ref" in schema:
            schema = resolver.lookup(schema["$ref"]).contents
        return schema

    @property
    def route(self) -> str:
        return self.base_path + self.path

    @classmethod
    def from_spec(
        cls, spec: Mapping[str, Any], path: str = "/realtime/sessions"
    ) -> SessionOperation:
        document = dict(spec)
        method, operation = next(
            (
                (name, value)
                for name, value in document.get("paths", {}).get(path, {}).items()
                if isinstance(value, dict) and "requestBody" in value
            ),
            (None, None),
        )
        if method is None or operation is None:
            raise SpecError(f"resolved spec: no operation with a request body at {path}")
        if JSON not in operation["requestBody"].get("content", {}):
            raise SpecError(f"resolved spec: {method.upper()} {path} takes no {JSON} body")
        if JSON not in operation.get("responses", {}).get("200", {}).get("content", {}):
            raise SpecError(f"resolved spec: {method.upper()} {path} has no 200 {JSON} response")
        servers = document.get("servers") or [{"url": "/"}]
        request = json_pointer("paths", path, method, "requestBody", "content", JSON, "schema")
        return cls(
            base_path=urlsplit(servers[0]["url"]).path.rstrip("/"),
            path=path,
            method=method.upper(),
            deprecated=bool(operation.get("deprecated", False)),
            request_validator=RequestValidator(closed_spec(document), request),
            request_schema=operation["requestBody"]["content"][JSON]["schema"],
            response_schema=operation["responses"]["200"]["content"][JSON]["schema"],
            document=document,
        )
