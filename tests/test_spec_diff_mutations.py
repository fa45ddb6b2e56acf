"""Mutation harness for the spec-diff classifier.

Two tables, each case in both directions: base -> mutated ("forward") and mutated -> base
("backward", the reverse change), every case its own test id, and the reported set must match
exactly, so a missed, extra or misclassified change fails.

- `MUTATIONS` edit a copy of the *resolved* fragment (openapi/fragment.yaml + overlays) and state
  the (kind, severity) set the classifier must report.
- `UPSTREAM_MUTATIONS` edit the *raw* fragment, as upstream would, and run it through the
  project's overlays like `spec-diff` does: they state what is seen through the overlays, what
  the overlays hide (reported with the overlay action that hides it) and which actions go stale.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pytest

from spectools.drift import diff_documents, diff_sides
from spectools.drift.load import Overlays, Side, read_side
from spectools.overlays import overlay_files, resolved_spec
from spectools.project import FRAGMENT_PATH
from spectools.specio import load_document, load_yaml_file

B, N, I = "breaking", "non-breaking", "info"  # noqa: E741 - severities, read as a table
# The tables mutate POST /realtime/sessions' schemas; a component it shares with another bound
# operation is reported for each (test_shared_components_are_reported_per_operation).
SESSIONS = "POST /realtime/sessions"
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

_DOCS = {("title-changed", I), ("example-changed", I), ("description-changed", I)}

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
        # removed again: still accepted by the union's free string alternative, so not breaking
        {("request-property-enum-value-removed", N), ("response-property-enum-value-removed", N)},
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
        "request-max-not-a-number",  # no value compares with NaN: assume the worst
        _set(_req_prop("speed"), "maximum", float("nan")),
        {("request-property-max-changed", B)},
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
    # defaults: the client sends nothing for an omitted argument, a default is documentation
    m(
        "request-default-changed",
        _set(_req_prop("speed"), "default", 1.1),
        {("request-property-default-value-changed", N)},
    ),
    m(
        "request-default-added",
        _set(_req_prop("instructions"), "default", "Be brief."),
        {("request-property-default-value-added", I)},
        {("request-property-default-value-removed", I)},
    ),
    m(
        "response-default-set",
        _set(_resp_prop("instructions"), "default", "Be brief."),
        {("response-property-default-value-added", I)},
        {("response-property-default-value-removed", I)},
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
    # unions are compared by what their alternatives accept, not by position
    m(
        "union-alternatives-reordered",
        lambda d: [
            _schemas(d)[name]["anyOf"].reverse()
            for name in ("VoiceIdsShared", "VoiceIdsOrCustomVoice", "RealtimeAudioFormats")
        ],
        set(),
    ),
    m(
        "request-voice-un-nested",  # anyOf[anyOf[string, enum], {id}] -> anyOf[string, enum]
        _set(_req_prop("voice"), "$ref", "#/components/schemas/VoiceIdsShared"),
        # the union node's own title and example differ too (documentation)
        {("request-property-any-of-removed", B), ("title-changed", I), ("example-changed", I)},
        {("request-property-any-of-added", N), ("title-changed", I), ("example-changed", I)},
    ),
    m(
        "response-voice-re-nested",  # anyOf[string, enum] -> anyOf[anyOf[string, enum], {id}]
        _set(
            lambda d: _resp_prop("audio")(d)["properties"]["output"]["properties"]["voice"],
            "$ref",
            "#/components/schemas/VoiceIdsOrCustomVoice",
        ),
        {("response-property-any-of-added", B), *_DOCS},
        {("response-property-any-of-removed", N), *_DOCS},
    ),
    m(
        "enum-value-removed-beside-free-string",
        lambda d: _schemas(d)["VoiceIdsShared"]["anyOf"][1]["enum"].remove("ash"),
        {("request-property-enum-value-removed", N), ("response-property-enum-value-removed", N)},
        {("request-property-enum-value-added", N), ("response-property-enum-value-added", N)},
    ),
    m(
        "free-string-alternative-dropped",  # anyOf[string, enum] -> anyOf[enum]
        lambda d: _schemas(d)["VoiceIdsShared"]["anyOf"].pop(0),
        {("request-property-any-of-removed", B), ("response-property-any-of-removed", N)},
        # back: any string again; the old client parses strings and keeps unknown values
        {("request-property-any-of-added", N), ("response-property-any-of-added", N)},
    ),
    m(
        "enum-alternative-dropped",  # anyOf[string, enum] -> anyOf[string]: same strings accepted
        lambda d: _schemas(d)["VoiceIdsShared"]["anyOf"].pop(1),
        {("request-property-any-of-removed", N), ("response-property-any-of-removed", N)},
        {("request-property-any-of-added", N), ("response-property-any-of-added", N)},
    ),
    m(
        "plain-string-becomes-union",  # string -> anyOf[string, enum]
        lambda d: _request(d)["properties"].update(
            input_audio_format={
                "description": _req_prop("input_audio_format")(d)["description"],
                "anyOf": [
                    {"type": "string"},
                    {"type": "string", "enum": ["pcm16", "g711_ulaw", "g711_alaw"]},
                ],
            }
        ),
        {("request-property-any-of-added", N)},
        {("request-property-any-of-removed", N)},
    ),
    m(
        "response-scalar-alternative-of-known-type",  # int | "inf" -> int | "inf" | str
        lambda d: _resp_prop("max_output_tokens")(d)["oneOf"].append({"type": "string"}),
        {("response-property-one-of-added", N)},
        {("response-property-one-of-removed", N)},
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


def _sessions_changes(old: Doc, new: Doc) -> list[Any]:
    return [c for c in diff_documents(old, new) if c.operation == SESSIONS]


def _reported(old: Doc, new: Doc) -> set[tuple[str, str]]:
    return {(c.kind, c.severity.value) for c in _sessions_changes(old, new)}


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
    change = _only(_sessions_changes(base, new), "request-property-max-decreased")
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
    changes = _sessions_changes(base, new)
    response_enum = [c for c in changes if c.kind == "response-property-enum-value-added"]
    assert [c.symbols for c in response_enum] == [("SessionCreateResponse.audio.output.voice",)]
    assert "keeps values it does not know" in response_enum[0].message
    assert _only(changes, "response-property-type-changed").symbols == (
        "SessionCreateResponse.object",
    )


def test_array_items_show_in_symbols(base: Doc) -> None:
    new = copy.deepcopy(base)
    _schemas(new)["RealtimeFunctionTool"]["properties"].pop("name")
    change = _only(_sessions_changes(base, new), "response-optional-property-removed")
    assert change.symbols == ("SessionCreateResponse.tools[].name",)
    assert change.pointer.endswith("/schema/properties/tools/items/properties/name")


def test_shared_components_are_reported_per_operation(base: Doc) -> None:
    """A component both bound operations use changes both: one change each, labelled with its
    operation and named after that operation's classes."""
    new = copy.deepcopy(base)
    _schemas(new)["RealtimeFunctionTool"]["properties"].pop("name")
    found = [c for c in diff_documents(base, new) if c.kind == "response-optional-property-removed"]
    assert {c.operation: c.symbols for c in found} == {
        SESSIONS: ("SessionCreateResponse.tools[].name",),
        "POST /realtime/client_secrets": ("ClientSecretCreateResponse.session.tools[].name",),
    }
    assert {c.as_json()["operation"] for c in found} == {c.operation for c in found}


def test_an_operation_only_one_side_has_is_added_or_removed(base: Doc) -> None:
    without = copy.deepcopy(base)
    del without["paths"]["/realtime/client_secrets"]
    [added] = diff_documents(without, base)
    assert (added.kind, added.severity.value, added.operation) == (
        "endpoint-added",
        N,
        "POST /realtime/client_secrets",
    )
    assert added.symbols == ("RealtimeClientSecrets.create", "AsyncRealtimeClientSecrets.create")
    [removed] = diff_documents(base, without)
    assert (removed.kind, removed.severity.value) == ("api-path-removed", B)


# --- upstream mutations, read through the project's overlays ------------------------------------

Seen = frozenset[tuple[str, str]]  # (kind, severity) seen through the overlays
Hidden = frozenset[tuple[str, str, str]]  # (kind, severity, "overlay action N") hidden by it
NotApplied = frozenset[str]  # "side: overlay action N" that did not apply (stale on the new side)


@dataclass(frozen=True)
class Outcome:
    seen: Seen = frozenset()
    hidden: Hidden = frozenset()
    not_applied: NotApplied = frozenset()


@dataclass(frozen=True)
class UpstreamMutation:
    name: str
    mutate: Callable[[Doc], None]
    forward: Outcome
    backward: Outcome
    overlays: str = "project"  # or "wholesale-required": 03 action 2 as it used to be


def u(
    name: str,
    mutate: Callable[[Doc], None],
    forward: Outcome,
    backward: Outcome | None = None,
    overlays: str = "project",
) -> UpstreamMutation:
    return UpstreamMutation(
        name, mutate, forward, forward if backward is None else backward, overlays
    )


def o(
    seen: Iterable[tuple[str, str]] = (),
    hidden: Iterable[tuple[str, str, str]] = (),
    not_applied: Iterable[str] = (),
) -> Outcome:
    return Outcome(frozenset(seen), frozenset(hidden), frozenset(not_applied))


REQUEST_FIXES = "03-request-fixes.yaml"
REQ_SECRET = ("properties", "client_secret")  # the request property 03 action 1 removes
# 03 action 1 removes the property, action 2 its `required` entry (on the side it still applies)
BOTH_SECRET_ACTIONS = f"{REQUEST_FIXES} action 1, {REQUEST_FIXES} action 2"


def _raw_req_prop(doc: Doc, *path: str) -> Doc:
    node = _request(doc)
    for token in path:
        node = node[token]
    return node


def _add_required_property(doc: Doc) -> None:
    _request(doc)["properties"]["session_key"] = {"type": "string"}
    _request(doc)["required"].append("session_key")


UPSTREAM_MUTATIONS = [
    # Minimal actions: an upstream change next to what an overlay corrects stays visible.
    u(
        "request-new-required-property",
        _add_required_property,
        o(seen=[("new-required-request-property", B)]),
        o(seen=[("request-property-removed", B)]),
    ),
    u(
        "request-property-became-required",
        lambda d: _request(d)["required"].append("instructions"),
        o(seen=[("request-property-became-required", B)]),
        o(seen=[("request-property-became-optional", N)]),
    ),
    u(
        "enum-set-under-overlaid-node",  # 04 and 06 rewrite turn_detection's type and title
        lambda d: _raw_req_prop(d, "properties", "turn_detection", "properties", "type").update(
            enum=["server_vad"]
        ),
        o(seen=[("request-property-became-enum", B)]),
        o(seen=[("request-property-enum-removed", N)]),
    ),
    u(
        "type-changed-under-overlaid-node",
        lambda d: _raw_req_prop(
            d, "properties", "turn_detection", "properties", "prefix_padding_ms"
        ).update(type="string"),
        o(seen=[("request-property-type-changed", B)]),
    ),
    u(
        "description-of-overlaid-node",
        lambda d: _raw_req_prop(d, "properties", "turn_detection").update(description="VAD."),
        o(seen=[("description-changed", I)]),
    ),
    # With `required` removed wholesale (03 action 2 before it was made minimal), the new
    # required property vanishes from both sides: the raw comparison still reports it.
    u(
        "wholesale-required-removal-hides-new-requirement",
        lambda d: _request(d)["required"].append("instructions"),
        o(hidden=[("request-property-became-required", B, f"{REQUEST_FIXES} action 2")]),
        o(hidden=[("request-property-became-optional", N, f"{REQUEST_FIXES} action 2")]),
        overlays="wholesale-required",
    ),
    # Under a node an action removes, every upstream change is hidden, with its own severity.
    u(
        "type-changed-under-removed-node",
        lambda d: _raw_req_prop(d, *REQ_SECRET, "properties", "expires_at").update(type="string"),
        o(hidden=[("request-property-type-changed", B, f"{REQUEST_FIXES} action 1")]),
    ),
    u(
        "enum-set-under-removed-node",
        lambda d: _raw_req_prop(d, *REQ_SECRET, "properties", "value").update(enum=["ek_1"]),
        o(hidden=[("request-property-became-enum", B, f"{REQUEST_FIXES} action 1")]),
        o(hidden=[("request-property-enum-removed", N, f"{REQUEST_FIXES} action 1")]),
    ),
    u(
        "required-property-added-under-removed-node",
        lambda d: (
            _raw_req_prop(d, *REQ_SECRET, "properties").update(kind={"type": "string"}),
            _raw_req_prop(d, *REQ_SECRET, "required").append("kind"),
        ),
        o(hidden=[("new-required-request-property", B, f"{REQUEST_FIXES} action 1")]),
        o(hidden=[("request-property-removed", B, f"{REQUEST_FIXES} action 1")]),
    ),
    # Upstream moved what an action was written for: the action is stale on that side, and the
    # raw change it would otherwise rewrite is reported as hidden by the side where it applied.
    u(
        "upstream-sets-the-bound-an-overlay-adds",
        lambda d: _raw_req_prop(d, "properties", "temperature").update(maximum=2.0),
        o(
            seen=[("request-property-max-increased", N), ("request-property-min-removed", N)],
            hidden=[("request-property-max-set", B, f"{REQUEST_FIXES} action 6")],
            not_applied=[f"new: {REQUEST_FIXES} action 6"],
        ),
        o(
            seen=[("request-property-max-decreased", B), ("request-property-min-set", B)],
            hidden=[("request-property-max-removed", N, f"{REQUEST_FIXES} action 6")],
            not_applied=[f"old: {REQUEST_FIXES} action 6"],
        ),
    ),
    u(
        "type-changed-where-an-overlay-adds-bounds",  # 03 action 7 expects a number threshold
        lambda d: _raw_req_prop(
            d, "properties", "turn_detection", "properties", "threshold"
        ).update(type="string"),
        o(
            seen=[
                ("request-property-type-changed", B),
                ("request-property-max-removed", N),
                ("request-property-min-removed", N),
            ],
            not_applied=[f"new: {REQUEST_FIXES} action 7"],
        ),
        o(
            seen=[
                ("request-property-type-changed", B),
                ("request-property-max-set", B),
                ("request-property-min-set", B),
            ],
            not_applied=[f"old: {REQUEST_FIXES} action 7"],
        ),
    ),
    u(
        "upstream-stops-requiring-client-secret",
        lambda d: _request(d)["required"].remove("client_secret"),
        o(
            hidden=[("request-property-became-optional", N, BOTH_SECRET_ACTIONS)],
            not_applied=[f"new: {REQUEST_FIXES} action 2"],
        ),
        o(
            hidden=[("request-property-became-required", B, BOTH_SECRET_ACTIONS)],
            not_applied=[f"old: {REQUEST_FIXES} action 2"],
        ),
    ),
]


def _project_overlays(variant: str) -> Overlays:
    overlays = [(p.name, load_yaml_file(p)) for p in overlay_files()]
    if variant == "wholesale-required":
        name, fixes = next(o for o in overlays if o[0] == REQUEST_FIXES)
        fixes = copy.deepcopy(fixes)
        fixes["actions"][1] = {
            "target": "$.components.schemas.RealtimeSessionCreateRequest.required",
            "remove": True,
        }
        overlays = [(n, fixes if n == name else o) for n, o in overlays]
    return tuple(overlays)


@pytest.fixture(scope="module")
def raw_base() -> Doc:
    return load_document(FRAGMENT_PATH)


def _outcome(old: Doc, new: Doc, overlays: Overlays) -> Outcome:
    sides = [
        read_side(Side(role, role, doc, overlays), overlays, "own")
        for role, doc in (("old", old), ("new", new))
    ]
    report = diff_sides(*sides)
    # own actions that miss the new side are stale and fail the report; the old side's are listed
    assert [s.role for s in report.stale_sides] == (
        ["new"] if sides[1].report().not_applied else []
    )
    assert report.fails(None) is False
    return Outcome(
        seen=frozenset((c.kind, c.severity.value) for c in report.changes if not c.hidden),
        hidden=frozenset(
            (c.kind, c.severity.value, ", ".join(map(str, c.hidden_by or ())))
            for c in report.changes
            if c.hidden
        ),
        not_applied=frozenset(f"{s.role}: {a}" for s in report.sides for a, _, _ in s.not_applied),
    )


def _mutated_raw(raw_base: Doc, mutation: UpstreamMutation) -> Doc:
    doc = copy.deepcopy(raw_base)
    mutation.mutate(doc)
    assert doc != raw_base, f"mutation {mutation.name} changed nothing"
    return doc


@pytest.mark.parametrize("mutation", UPSTREAM_MUTATIONS, ids=lambda mutation: mutation.name)
def test_upstream_forward(raw_base: Doc, mutation: UpstreamMutation) -> None:
    new = _mutated_raw(raw_base, mutation)
    assert _outcome(raw_base, new, _project_overlays(mutation.overlays)) == mutation.forward


@pytest.mark.parametrize("mutation", UPSTREAM_MUTATIONS, ids=lambda mutation: mutation.name)
def test_upstream_backward(raw_base: Doc, mutation: UpstreamMutation) -> None:
    old = _mutated_raw(raw_base, mutation)
    assert _outcome(old, raw_base, _project_overlays(mutation.overlays)) == mutation.backward


def test_unchanged_upstream_hides_nothing(raw_base: Doc) -> None:
    assert _outcome(raw_base, copy.deepcopy(raw_base), _project_overlays("project")) == Outcome()


def test_an_overlay_change_is_the_projects_not_upstreams(raw_base: Doc) -> None:
    """The other direction: a change made by an overlay (here between two revisions of the
    project) is reported as seen, and nothing is reported hidden: upstream did not move."""
    old_overlays = _project_overlays("project")
    new_overlays = copy.deepcopy(old_overlays)
    fixes = next(o for n, o in new_overlays if n == REQUEST_FIXES)
    fixes["actions"][5]["update"]["maximum"] = 1.0
    sides = (
        read_side(Side("old", "old", raw_base, old_overlays), old_overlays, "own"),
        read_side(Side("new", "new", raw_base, new_overlays), new_overlays, "own"),
    )
    report = diff_sides(*sides)
    assert [(c.kind, c.hidden) for c in report.changes] == [
        ("request-property-max-decreased", False)
    ]


def test_a_hidden_change_says_what_upstream_did_and_which_action_hides_it(raw_base: Doc) -> None:
    mutation = next(m for m in UPSTREAM_MUTATIONS if m.name == "type-changed-under-removed-node")
    overlays = _project_overlays("project")
    sides = [
        read_side(Side(role, role, doc, overlays), overlays, "own")
        for role, doc in (("old", raw_base), ("new", _mutated_raw(raw_base, mutation)))
    ]
    [change] = diff_sides(*sides).changes
    assert change.pointer.endswith("/properties/client_secret/properties/expires_at/type")
    assert change.message.startswith("Upstream: Type integer → string:")
    assert change.message.endswith(f"Hidden by overlay {REQUEST_FIXES} action 1.")
    assert change.as_json()["hidden_by"] == [{"overlay": REQUEST_FIXES, "action": 1}]
    # the keyword argument the generated client had for it is gone, but the name is still given
    assert change.symbols[0] == "RealtimeSessions.create(client_secret=…).expires_at"
