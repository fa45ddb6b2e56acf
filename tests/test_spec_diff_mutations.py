"""Mutation harness for the spec-diff classifier.

Each mutation edits a copy of the resolved fragment (openapi/fragment.yaml + overlays) and states
what the diff must report, as a set of (kind, severity), in both directions: base -> mutated
("forward") and mutated -> base ("backward", the reverse change). Every case is its own test id,
and the reported set must match exactly, so a missed, extra or misclassified change fails.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from spectools.overlays import resolved_spec
from spectools.spec_diff import diff_documents

B, N, I = "breaking", "non-breaking", "info"  # noqa: E741 - severities, read as a table
Doc = dict[str, Any]
Expected = frozenset[tuple[str, str]]


def _schemas(doc: Doc) -> Doc:
    return doc["components"]["schemas"]


def _request(doc: Doc) -> Doc:
    return _schemas(doc)["RealtimeSessionCreateRequest"]


def _response(doc: Doc) -> Doc:
    return _schemas(doc)["RealtimeSessionCreateResponse"]


def _operation(doc: Doc) -> Doc:
    return doc["paths"]["/realtime/sessions"]["post"]


def _rename_component(doc: Doc, old: str, new: str) -> None:
    schemas = _schemas(doc)
    schemas[new] = schemas.pop(old)
    text = json.dumps(doc).replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    doc.clear()
    doc.update(json.loads(text))


def _inline_component(doc: Doc, name: str) -> None:
    target = _schemas(doc)[name]

    def visit(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("$ref") == f"#/components/schemas/{name}":
                siblings = {k: v for k, v in node.items() if k != "$ref"}
                return {**copy.deepcopy(target), **siblings}
            return {k: visit(v) for k, v in node.items()}
        if isinstance(node, list):
            return [visit(v) for v in node]
        return node

    doc["paths"] = visit(doc["paths"])
    doc["components"]["schemas"] = {k: visit(v) for k, v in _schemas(doc).items() if k != name}


@dataclass(frozen=True)
class Mutation:
    name: str
    mutate: Callable[[Doc], None]
    forward: Expected
    backward: Expected


def m(
    name: str,
    mutate: Callable[[Doc], None],
    forward: set[tuple[str, str]],
    backward: set[tuple[str, str]] | None = None,
) -> Mutation:
    return Mutation(
        name, mutate, frozenset(forward), frozenset(forward if backward is None else backward)
    )


def _set(path: Callable[[Doc], Doc], key: str, value: Any) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        path(doc)[key] = value

    return mutate


def _req_prop(name: str) -> Callable[[Doc], Doc]:
    return lambda doc: _request(doc)["properties"][name]


def _resp_prop(name: str) -> Callable[[Doc], Doc]:
    return lambda doc: _response(doc)["properties"][name]


OPUS = {
    "type": "object",
    "title": "Opus audio format",
    "properties": {"type": {"type": "string", "enum": ["audio/opus"]}},
}

MUTATIONS = [
    # properties: added / removed / required, both directions
    m(
        "request-optional-property-added",
        _set(lambda d: _request(d)["properties"], "new_flag", {"type": "boolean"}),
        {("new-optional-request-property", N)},
        {("request-property-removed", B)},
    ),
    m(
        "request-required-property-added",
        lambda d: (
            _request(d)["properties"].update(session_key={"type": "string"}),
            _request(d).update(required=["session_key"]),
        ),
        {("new-required-request-property", B)},
        {("request-property-removed", B)},
    ),
    m(
        "request-property-became-required",
        _set(_request, "required", ["instructions"]),
        {("request-property-became-required", B)},
        {("request-property-became-optional", N)},
    ),
    m(
        "request-nested-property-removed",
        lambda d: _req_prop("turn_detection")(d)["properties"].pop("threshold"),
        {("request-property-removed", B)},
        {("new-optional-request-property", N)},
    ),
    m(
        "response-optional-property-added",
        _set(lambda d: _response(d)["properties"], "usage", {"type": "integer"}),
        {("response-optional-property-added", N)},
        {("response-optional-property-removed", B)},
    ),
    m(
        "response-required-property-added",
        lambda d: (
            _response(d)["properties"].update(usage={"type": "integer"}),
            _response(d).update(required=["usage"]),
        ),
        {("response-required-property-added", N)},
        {("response-required-property-removed", B)},
    ),
    m(
        "response-property-became-required",
        _set(_response, "required", ["id"]),
        {("response-property-became-required", N)},
        {("response-property-became-optional", B)},
    ),
    m(
        "response-array-item-property-removed",
        lambda d: _schemas(d)["RealtimeFunctionTool"]["properties"].pop("description"),
        {("response-optional-property-removed", B)},
        {("response-optional-property-added", N)},
    ),
    # types: widen / narrow / change, request and response
    m(
        "request-type-widened",
        _set(_req_prop("speed"), "type", ["number", "string"]),
        {("request-property-type-widened", N)},
        {("request-property-type-narrowed", B)},
    ),
    m(
        "request-integer-to-number",
        _set(
            lambda d: _req_prop("turn_detection")(d)["properties"]["prefix_padding_ms"],
            "type",
            "number",
        ),
        {("request-property-type-widened", N)},
        {("request-property-type-narrowed", B)},
    ),
    m(
        "response-type-widened",
        _set(_resp_prop("expires_at"), "type", ["integer", "string"]),
        {("response-property-type-widened", B)},
        {("response-property-type-narrowed", N)},
    ),
    m(
        "response-integer-to-number",
        _set(_resp_prop("expires_at"), "type", "number"),
        {("response-property-type-widened", B)},
        {("response-property-type-narrowed", N)},
    ),
    m(
        "request-type-changed",
        _set(_req_prop("instructions"), "type", "integer"),
        {("request-property-type-changed", B)},
    ),
    m(
        "response-type-changed",
        _set(_resp_prop("object"), "type", "integer"),
        {("response-property-type-changed", B)},
    ),
    m(
        "request-format-set",
        _set(_req_prop("model"), "format", "uri"),
        {("request-property-format-changed", B)},
        {("request-property-format-removed", N)},
    ),
    m(
        "response-format-python-type",
        _set(_resp_prop("model"), "format", "date-time"),
        {("response-property-type-changed", B)},
    ),
    # nullability: 3.1 type lists, 3.0 `nullable`, null branches
    m(
        "request-became-nullable",
        _set(_req_prop("instructions"), "type", ["string", "null"]),
        {("request-property-became-nullable", N)},
        {("request-property-became-not-nullable", B)},
    ),
    m(
        "response-became-nullable",
        _set(_resp_prop("id"), "type", ["string", "null"]),
        {("response-property-became-nullable", B)},
        {("response-property-became-not-nullable", N)},
    ),
    m(
        "response-became-nullable-3.0",
        _set(_resp_prop("model"), "nullable", True),
        {("response-property-became-nullable", B)},
        {("response-property-became-not-nullable", N)},
    ),
    m(
        "response-null-branch-removed",
        lambda d: _resp_prop("tracing")(d)["oneOf"].pop(),
        {("response-property-became-not-nullable", N)},
        {("response-property-became-nullable", B)},
    ),
    # enums
    m(
        "request-enum-value-added",
        lambda d: _req_prop("modalities")(d)["items"]["enum"].append("video"),
        {("request-property-enum-value-added", N)},
        {("request-property-enum-value-removed", B)},
    ),
    m(
        "response-enum-value-added",
        lambda d: _resp_prop("output_modalities")(d)["items"]["enum"].append("video"),
        {("response-property-enum-value-added", N)},
        {("response-property-enum-value-removed", N)},
    ),
    m(
        "shared-enum-value-added",
        lambda d: _schemas(d)["VoiceIdsShared"]["anyOf"][1]["enum"].append("nova"),
        {("request-property-enum-value-added", N), ("response-property-enum-value-added", N)},
        {("request-property-enum-value-removed", B), ("response-property-enum-value-removed", N)},
    ),
    m(
        "request-became-enum",
        _set(_req_prop("input_audio_format"), "enum", ["pcm16", "g711_ulaw", "g711_alaw"]),
        {("request-property-became-enum", B)},
        {("request-property-enum-removed", N)},
    ),
    m(
        "response-became-enum",
        _set(_resp_prop("model"), "enum", ["gpt-realtime"]),
        {("response-property-became-enum", N)},
        {("response-property-enum-removed", N)},
    ),
    # constraints: tighten / loosen
    m(
        "request-max-decreased",
        _set(_req_prop("speed"), "maximum", 1.2),
        {("request-property-max-decreased", B)},
        {("request-property-max-increased", N)},
    ),
    m(
        "request-min-increased",
        _set(_req_prop("speed"), "minimum", 0.5),
        {("request-property-min-increased", B)},
        {("request-property-min-decreased", N)},
    ),
    m(
        "request-max-length-set",
        _set(_req_prop("instructions"), "maxLength", 1000),
        {("request-property-max-length-set", B)},
        {("request-property-max-length-removed", N)},
    ),
    m(
        "request-min-items-set",
        _set(_req_prop("modalities"), "minItems", 1),
        {("request-property-min-items-set", B)},
        {("request-property-min-items-removed", N)},
    ),
    m(
        "request-pattern-added",
        _set(_req_prop("model"), "pattern", "^gpt-"),
        {("request-property-pattern-added", B)},
        {("request-property-pattern-removed", N)},
    ),
    m(
        "response-max-set",
        _set(
            lambda d: _resp_prop("audio")(d)["properties"]["output"]["properties"]["speed"],
            "maximum",
            1.5,
        ),
        {("response-property-max-set", N)},
        {("response-property-max-removed", N)},
    ),
    m(
        "response-unique-items-set",
        _set(_resp_prop("include"), "uniqueItems", True),
        {("response-property-unique-items-set", N)},
        {("response-property-unique-items-removed", N)},
    ),
    m(
        "request-additional-properties-allowed",
        _set(
            lambda d: _schemas(d)["VoiceIdsOrCustomVoice"]["anyOf"][1], "additionalProperties", True
        ),
        {("request-property-additional-properties-allowed", N)},
        {("request-property-additional-properties-forbidden", B)},
    ),
    # defaults
    m(
        "request-default-changed",
        _set(_req_prop("speed"), "default", 1.1),
        {("request-property-default-changed", N)},
    ),
    m(
        "response-default-set",
        _set(_resp_prop("instructions"), "default", "Be brief."),
        {("response-property-default-changed", I)},
    ),
    # composition: oneOf / anyOf / allOf branches
    m(
        "request-one-of-added",
        lambda d: _req_prop("max_response_output_tokens")(d)["oneOf"].append({"type": "boolean"}),
        {("request-property-one-of-added", N)},
        {("request-property-one-of-removed", B)},
    ),
    m(
        "response-one-of-added",
        lambda d: _resp_prop("max_output_tokens")(d)["oneOf"].append({"type": "boolean"}),
        {("response-property-one-of-added", B)},
        {("response-property-one-of-removed", N)},
    ),
    m(
        "shared-any-of-added",
        lambda d: _schemas(d)["RealtimeAudioFormats"]["anyOf"].append(OPUS),
        {("response-property-any-of-added", B)},
        {("response-property-any-of-removed", N)},
    ),
    m(
        "request-all-of-added",
        _set(_req_prop("instructions"), "allOf", [{"minLength": 1}]),
        {("request-property-all-of-added", B)},
        {("request-property-all-of-removed", N)},
    ),
    # $ref renames and inlining leave the resolved structure unchanged: nothing to report
    m("ref-renamed", lambda d: _rename_component(d, "RealtimeAudioFormats", "AudioFormats"), set()),
    m("ref-inlined", lambda d: _inline_component(d, "VoiceIdsShared"), set()),
    # documentation only
    m(
        "description-only",
        _set(_req_prop("speed"), "description", "How fast the model speaks."),
        {("description-changed", I)},
    ),
    m("title-only", _set(_response, "title", "RealtimeSession"), {("title-changed", I)}),
    m(
        "extension-only",
        _set(_response, "x-oaiMeta", {"name": "Session"}),
        {("extension-changed", I)},
    ),
    m(
        "example-only",
        _set(lambda d: _schemas(d)["VoiceIdsShared"], "example", "marin"),
        {("example-changed", I)},
    ),
    # operation: statuses, media types, body, parameters, security, deprecation, operationId
    m(
        "success-status-moved",
        lambda d: _operation(d)["responses"].update({"201": _operation(d)["responses"].pop("200")}),
        {("response-success-status-removed", B), ("response-success-status-added", N)},
    ),
    m(
        "error-status-added",
        lambda d: _operation(d)["responses"].update({"429": {"description": "Slow down."}}),
        {("response-non-success-status-added", N)},
        {("response-non-success-status-removed", N)},
    ),
    m(
        "response-media-type-added",
        lambda d: _operation(d)["responses"]["200"]["content"].update(
            {"text/plain": {"schema": {"type": "string"}}}
        ),
        {("response-media-type-added", N)},
        {("response-media-type-removed", B)},
    ),
    m(
        "request-media-type-added",
        lambda d: _operation(d)["requestBody"]["content"].update(
            {"text/plain": {"schema": {"type": "string"}}}
        ),
        {("request-body-media-type-added", N)},
        {("request-body-media-type-removed", B)},
    ),
    m(
        "request-body-became-optional",
        _set(lambda d: _operation(d)["requestBody"], "required", False),
        {("request-body-became-optional", N)},
        {("request-body-became-required", B)},
    ),
    m(
        "parameter-added-optional",
        _set(
            _operation,
            "parameters",
            [{"name": "trace", "in": "query", "schema": {"type": "string"}}],
        ),
        {("new-optional-request-parameter", N)},
        {("request-parameter-removed", B)},
    ),
    m(
        "parameter-added-required",
        _set(
            _operation,
            "parameters",
            [
                {
                    "name": "OpenAI-Beta",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ],
        ),
        {("new-required-request-parameter", B)},
        {("request-parameter-removed", B)},
    ),
    m(
        "security-alternative-added",
        lambda d: (
            d["security"].append({"Basic": []}),
            d["components"]["securitySchemes"].update(Basic={"type": "http", "scheme": "basic"}),
        ),
        {("api-security-added", N)},
        {("api-security-removed", B)},
    ),
    m(
        "security-scheme-changed",
        _set(lambda d: d["components"]["securitySchemes"]["ApiKeyAuth"], "scheme", "basic"),
        {("api-security-scheme-changed", B)},
    ),
    m(
        "endpoint-reactivated",
        lambda d: _operation(d).pop("deprecated"),
        {("endpoint-reactivated", N)},
        {("endpoint-deprecated", N)},
    ),
    m(
        "operation-id-changed",
        _set(_operation, "operationId", "createRealtimeSession"),
        {("api-operation-id-changed", N)},
    ),
]


@pytest.fixture(scope="module")
def base() -> Doc:
    return resolved_spec()


def _mutated(base: Doc, mutation: Mutation) -> Doc:
    doc = copy.deepcopy(base)
    mutation.mutate(doc)
    assert doc != base, f"mutation {mutation.name} changed nothing"
    return doc


def _reported(old: Doc, new: Doc) -> set[tuple[str, str]]:
    return {(c.kind, c.severity.value) for c in diff_documents(old, new)}


def test_enough_mutation_kinds() -> None:
    assert len(MUTATIONS) >= 30
    assert len({mutation.name for mutation in MUTATIONS}) == len(MUTATIONS)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda mutation: mutation.name)
def test_forward(base: Doc, mutation: Mutation) -> None:
    assert _reported(base, _mutated(base, mutation)) == mutation.forward


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda mutation: mutation.name)
def test_backward(base: Doc, mutation: Mutation) -> None:
    assert _reported(_mutated(base, mutation), base) == mutation.backward


def test_unchanged_document_reports_nothing(base: Doc) -> None:
    assert diff_documents(base, copy.deepcopy(base)) == []


def _only(changes: list[Any], kind: str) -> Any:
    found = [c for c in changes if c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_symbols_and_pointer_of_a_nested_request_property(base: Doc) -> None:
    new = copy.deepcopy(base)
    _req_prop("turn_detection")(new)["properties"]["threshold"]["maximum"] = 0.9
    change = _only(diff_documents(base, new), "request-property-max-decreased")
    assert change.pointer == (
        "/paths/~1realtime~1sessions/post/requestBody/content/application~1json/schema"
        "/properties/turn_detection/properties/threshold/maximum"
    )
    assert change.symbols == (
        "RealtimeSessions.create(turn_detection=…).threshold",
        "AsyncRealtimeSessions.create(turn_detection=…).threshold",
    )


def test_symbols_follow_titles_and_reserved_words(base: Doc) -> None:
    new = copy.deepcopy(base)
    _schemas(new)["VoiceIdsShared"]["anyOf"][1]["enum"].append("nova")
    _resp_prop("object")(new)["type"] = "integer"
    changes = diff_documents(base, new)
    response_enum = [c for c in changes if c.kind == "response-property-enum-value-added"]
    assert [c.symbols for c in response_enum] == [("SessionCreateResponse.audio.output.voice",)]
    assert "keeps values it does not know" in response_enum[0].message
    assert _only(changes, "response-property-type-changed").symbols == (
        "SessionCreateResponse.object",
    )


def test_array_items_show_in_symbols(base: Doc) -> None:
    new = copy.deepcopy(base)
    _schemas(new)["RealtimeFunctionTool"]["properties"].pop("name")
    change = _only(diff_documents(base, new), "response-optional-property-removed")
    assert change.symbols == ("SessionCreateResponse.tools[].name",)
    assert change.pointer.endswith("/schema/properties/tools/items/properties/name")
