"""What the mock knows about the operation, read from the resolved spec at start-up.

Nothing here is copied from the fragment by hand: the route, the deprecation flag and both
JSON Schemas come from `resolved_spec()`, and the schemas are validated with jsonschema
(Draft 2020-12, the dialect of OpenAPI 3.1) through a `referencing` registry holding the
whole document, so `#/components/schemas/...` refs resolve as they are written.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from ..specio import SpecError

__all__ = ["BadField", "SessionOperation", "closed_spec", "first_bad_field"]

JSON = "application/json"
_SPEC_URI = "urn:spectools:resolved-spec"
_SHAPE_ERRORS = {"type", "anyOf", "oneOf"}  # "a different kind of value", not a bad detail
_OBJECT_KEYWORDS = ("additionalProperties", "unevaluatedProperties", "patternProperties")


def _pointer(*parts: str) -> str:
    """A JSON Pointer (RFC 6901) into the spec: `/` and `~` in path keys are escaped."""
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def _registry(spec: dict[str, Any]) -> Registry[Any]:
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(spec))
    return registry


def _validator(spec: dict[str, Any], pointer: str) -> Draft202012Validator:
    # Formats are assertions here (`uri` needs rfc3986-validator), as for the real API.
    return Draft202012Validator(
        {"$ref": f"{_SPEC_URI}#{pointer}"},
        registry=_registry(spec),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


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
class BadField:
    """The first invalid field of a request body, as OpenAI reports it (`param`)."""

    param: str | None
    message: str


def _document_order(body: Any, path: list[str | int]) -> list[int]:
    """Sort key: where each step of `path` sits in the body as the client wrote it."""
    order: list[int] = []
    node = body
    for step in path:
        if isinstance(node, dict) and step in node:
            order.append(list(node).index(step))
        elif isinstance(node, list) and isinstance(step, int) and step < len(node):
            order.append(step)
        else:
            order.append(-1)
            break
        node = node[step]
    return order


def _param(path: list[str | int]) -> str | None:
    return ".".join(str(step) for step in path) or None  # `tools.0.name`, as the client reports


def _descended(error: ValidationError) -> ValidationError:
    """Into anyOf/oneOf: the branches of the instance's shape, their deepest error, `required` first."""
    while error.context:
        depth = len(error.absolute_path)
        wrong_shape = {
            branch.relative_schema_path[0]
            for branch in error.context
            if branch.validator in _SHAPE_ERRORS and len(branch.absolute_path) == depth
        }
        fitting = [b for b in error.context if b.relative_schema_path[0] not in wrong_shape]
        error = min(
            fitting or error.context,
            key=lambda branch: (-len(branch.absolute_path), branch.validator != "required"),
        )
    return error


def _located(error: ValidationError) -> tuple[list[str | int], str]:
    """The path of the offending field; unknown keys and missing ones point at the key itself."""
    deepest = _descended(error)
    path: list[str | int] = list(deepest.absolute_path)
    required = deepest.validator_value if deepest.validator == "required" else []
    if isinstance(required, list) and isinstance(deepest.instance, dict):
        missing = [name for name in required if name not in deepest.instance]
        if missing:  # point at the missing property, not at its parent
            where = _param([*path, missing[0]])
            return [*path, missing[0]], f"Missing required parameter: '{where}'."
    if deepest.validator == "additionalProperties" and isinstance(deepest.instance, dict):
        known = deepest.schema.get("properties", {}) if isinstance(deepest.schema, dict) else {}
        unknown = [key for key in deepest.instance if key not in known]
        if unknown:
            return [*path, unknown[0]], f"Unknown parameter: '{_param([*path, unknown[0]])}'."
    where = _param(path)
    return path, f"Invalid '{where}': {deepest.message}" if where else deepest.message


def first_bad_field(validator: Draft202012Validator, body: Any) -> BadField | None:
    """None when `body` is valid; otherwise the first bad field in the body's own order."""
    located = [_located(error) for error in validator.iter_errors(body)]
    if not located:
        return None
    path, message = min(located, key=lambda item: _document_order(body, item[0]))
    return BadField(_param(path), message)


@dataclass(frozen=True)
class SessionOperation:
    """POST /realtime/sessions as the resolved spec describes it."""

    base_path: str  # "/v1", from servers[0].url
    path: str  # "/realtime/sessions"
    method: str  # "POST"
    deprecated: bool
    request_validator: Draft202012Validator  # strict: unknown keys are errors
    response_validator: Draft202012Validator  # as published: unknown keys are allowed
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
        resolver = _registry(dict(self.document)).resolver(_SPEC_URI)
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
        request = _pointer("paths", path, method, "requestBody", "content", JSON, "schema")
        response = _pointer("paths", path, method, "responses", "200", "content", JSON, "schema")
        return cls(
            base_path=urlsplit(servers[0]["url"]).path.rstrip("/"),
            path=path,
            method=method.upper(),
            deprecated=bool(operation.get("deprecated", False)),
            request_validator=_validator(closed_spec(document), request),
            response_validator=_validator(document, response),
            request_schema=operation["requestBody"]["content"][JSON]["schema"],
            response_schema=operation["responses"]["200"]["content"][JSON]["schema"],
            document=document,
        )
