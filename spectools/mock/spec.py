"""What the mock knows about each bound operation, read from the resolved spec at start-up.

Nothing here is copied from the fragment by hand: the routes, the deprecation flags and the
JSON Schemas come from `resolved_spec()` and `openapi/operations.yaml`. Requests are validated
against the closed request schema (Draft 2020-12, the dialect of OpenAPI 3.1) by
`validation.RequestValidator`, with the whole document as the registry (`spectools.refs`), so
`#/components/schemas/...` refs resolve as they are written.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..project import Operation
from ..refs import Cycle, Refs, json_pointer
from ..specio import SpecError
from .session import Recipe
from .validation import RequestValidator

__all__ = ["MockOperation", "closed_spec"]

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
class MockOperation:
    """One bound operation as the resolved spec describes it, and what the mock answers."""

    bound: Operation  # its entry in openapi/operations.yaml (with the `mock` recipe)
    base_path: str  # "/v1", from servers[0].url
    path: str  # "/realtime/sessions"
    method: str  # "POST"
    deprecated: bool
    request_validator: RequestValidator  # strict: unknown keys are errors
    request_schema: Any  # the media type schemas as written, for `has_field`
    response_schema: Any
    refs: Refs
    recipe: Recipe  # how a valid request becomes the 200 body (operations.yaml's `mock`)

    def declared_keys(
        self, schema: Any, path: tuple[str, ...], variant: str | None
    ) -> frozenset[str] | None:
        """The property names of the object at `path` under `schema` (None: free-form or not an
        object); in a union, the branch tagged `type: variant` first, then any that has the path."""
        try:
            schema, _ = self.refs.resolve(schema)
        except Cycle:
            return None
        if not isinstance(schema, dict):
            return None
        properties = schema.get("properties", {})
        if not path:
            if properties:
                return frozenset(properties)
        elif path[0] in properties:
            return self.declared_keys(properties[path[0]], path[1:], variant)
        branches = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
        branches.sort(key=lambda branch: not self._tagged(branch, variant))
        for branch in branches:
            found = self.declared_keys(branch, path, variant)
            if found is not None:
                return found
        return None

    def _tagged(self, schema: Any, variant: str | None) -> bool:
        schema, _ = self.refs.resolve(schema)
        tag = schema.get("properties", {}).get("type", {}) if isinstance(schema, dict) else {}
        return variant is not None and (
            variant in tag.get("enum", ()) or tag.get("const") == variant
        )

    def has_field(self, schema: Any, path: tuple[str, ...]) -> bool:
        """Whether `path` names a property under `schema` (in any branch of a union),
        following local `$ref`s."""
        if not path:
            return True
        try:
            schema, _ = self.refs.resolve(schema)
        except Cycle:
            return False
        if not isinstance(schema, dict):
            return False
        properties = schema.get("properties", {})
        if path[0] in properties and self.has_field(properties[path[0]], path[1:]):
            return True
        branches = [*schema.get("anyOf", ()), *schema.get("oneOf", ()), *schema.get("allOf", ())]
        return any(self.has_field(branch, path) for branch in branches)

    @property
    def route(self) -> str:
        return self.base_path + self.path

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], bound: Operation) -> MockOperation:
        document = dict(spec)
        operation = bound.find(document)
        label = bound.label
        if JSON not in operation.get("requestBody", {}).get("content", {}):
            raise SpecError(f"resolved spec: {label} takes no {JSON} body")
        if JSON not in operation.get("responses", {}).get("200", {}).get("content", {}):
            raise SpecError(f"resolved spec: {label} has no 200 {JSON} response")
        servers = document.get("servers") or [{"url": "/"}]
        request = json_pointer(
            "paths", bound.path, bound.method, "requestBody", "content", JSON, "schema"
        )
        return cls(
            bound=bound,
            base_path=urlsplit(servers[0]["url"]).path.rstrip("/"),
            path=bound.path,
            method=bound.method.upper(),
            deprecated=bool(operation.get("deprecated", False)),
            request_validator=RequestValidator(closed_spec(document), request),
            request_schema=operation["requestBody"]["content"][JSON]["schema"],
            response_schema=operation["responses"]["200"]["content"][JSON]["schema"],
            refs=Refs(document),
            recipe=Recipe.from_config(bound.mock, f"operations.yaml: {label}"),
        )

    def __post_init__(self) -> None:
        # `fit` rows keep what the response declares at their path: known only from the spec.
        response = self.response_schema
        recipe = self.recipe.fitted(
            lambda row, variant: self.declared_keys(response, row.response_path, variant)
        )
        object.__setattr__(self, "recipe", recipe)
