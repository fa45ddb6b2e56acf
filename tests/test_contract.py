"""Step 4: the generated code against the spec itself, for every bound operation.

Everything here is derived by walking the resolved spec and `openapi/operations.yaml`, not from
hand-kept lists: every property of every object schema has an attrs field with the right name,
optionality and type; every documented example validates, parses and round-trips; random
schema-valid bodies do too, for each operation's response (both branches of a union, unknown
fields, an unknown `type`) and request.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import jsonschema
import pytest
import realtime_sessions
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from realtime_sessions import SessionCreateResponse, models
from realtime_sessions.types import UNSET

from spectools.generate import (
    prepare_for_generators,
    response_side,
    validation_schema,
)
from spectools.naming import class_name, python_identifier
from spectools.overlays import resolved_spec
from spectools.project import Operation, operations
from spectools.refs import Refs
from tests.helpers import SEED_DIR, endpoint_of, needs_seed

RESOLVED = resolved_spec()
PREPARED = prepare_for_generators(RESOLVED)  # titled inline objects hoisted, as the generator sees
RESPONSE_SIDE = response_side(PREPARED)  # what openapi-python-client sees: no request-only schema
REFS = Refs(RESOLVED)
SESSIONS, CLIENT_SECRETS = operations()
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _object_schemas(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(class name, schema) for every object schema with properties, as named by its title."""
    found = []
    for name, schema in spec["components"]["schemas"].items():
        candidates = [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]
        for candidate in candidates:
            if "properties" in candidate:
                found.append((class_name(candidate.get("title", name)), candidate))
    return found


def _expected_type_names(schema: dict[str, Any]) -> set[str]:
    """Python type names a property's annotation must mention, from its JSON schema."""
    if "$ref" in schema:
        target = PREPARED["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        return {class_name(target["title"])} if "properties" in target else set()
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    literal = "enum" in schema or "const" in schema  # a Literal alias, not the plain type
    names = {JSON_TYPES[k] for k in kinds if k in JSON_TYPES and not literal}
    if "null" in kinds:
        names.add("None")
    if "array" in kinds:
        names.add("list")
    return names


OBJECT_SCHEMAS = _object_schemas(RESPONSE_SIDE)
REQUEST_ONLY = [
    (title, schema)
    for title, schema in _object_schemas(PREPARED)
    if title not in dict(OBJECT_SCHEMAS)
]


def test_every_object_schema_yields_a_class() -> None:
    assert len(OBJECT_SCHEMAS) >= 30  # the walk really found both responses' closures
    missing = [title for title, _ in OBJECT_SCHEMAS if not hasattr(models, title)]
    assert missing == []


def _typed_dicts() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for op in operations():
        module = __import__(f"realtime_sessions.{op.params_module}", fromlist=["_"])
        found.update({k: v for k, v in vars(module).items() if hasattr(v, "__optional_keys__")})
    return found


def test_request_only_schemas_are_typed_dicts_not_models() -> None:
    """One request representation (issue 13): a schema only requests use is a TypedDict of a
    `<params>.py` module, with the schema's properties as keys, and no attrs class."""
    assert len(REQUEST_ONLY) >= 10
    typed = _typed_dicts()
    for title, schema in REQUEST_ONLY:
        assert not hasattr(models, title), title
        assert title in typed, title
        keys = typed[title].__required_keys__ | typed[title].__optional_keys__
        assert keys == set(schema["properties"]), title


@pytest.mark.parametrize(("title", "schema"), OBJECT_SCHEMAS, ids=[t for t, _ in OBJECT_SCHEMAS])
def test_every_property_has_a_field_with_its_name_optionality_and_type(
    title: str, schema: dict[str, Any]
) -> None:
    cls = getattr(models, title)
    fields = {f.name: f for f in attrs.fields(cls)}
    required = set(schema.get("required", []))
    for name, prop in schema["properties"].items():
        field = fields.get(python_identifier(name))
        assert field is not None, f"{title}.{name} has no generated field"
        is_optional = field.default is UNSET
        assert is_optional == (name not in required), f"{title}.{name} optionality"
        annotation = str(field.type)
        for type_name in _expected_type_names(prop):
            assert re.search(rf"\b{re.escape(type_name)}\b", annotation), (
                f"{title}.{name}: {annotation!r} lacks {type_name}"
            )
    extra = set(fields) - {python_identifier(n) for n in schema["properties"]}
    request_id = {"_request_id"} if any(op.response == title for op in operations()) else set()
    assert extra <= {"additional_properties"} | request_id


@needs_seed
def test_response_has_the_13_fields_of_the_api_reference_plus_client_secret() -> None:
    seed = "\n".join(p.read_text() for p in sorted(SEED_DIR.iterdir()))
    header = re.search(r"SessionCreateResponse object \{ (.+?), (\d+) more \}", seed)
    assert header is not None
    shown, more = header.group(1).split(", "), int(header.group(2))
    documented = re.findall(r"^(\w+): optional", seed, flags=re.M)
    top_level = [n for n in dict.fromkeys(documented) if n in _top_level_names()]
    assert len(shown) + more == 13 == len(top_level)
    names = {f.name for f in attrs.fields(SessionCreateResponse)}
    assert set(top_level) | {"client_secret", "additional_properties", "_request_id"} == names


def _top_level_names() -> set[str]:
    return set(RESOLVED["components"]["schemas"]["RealtimeSessionCreateResponse"]["properties"])


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
def test_public_names_follow_operations_yaml(op: Operation) -> None:
    """The package exports each bound operation's classes under the names operations.yaml gives
    (the official SDK's): an attrs model for the response, a TypedDict for the request."""
    for name in (op.client, op.async_client, op.params, op.response):
        assert name in realtime_sessions.__all__ and getattr(realtime_sessions, name)
    assert attrs.has(getattr(realtime_sessions, op.response))
    params = getattr(__import__(f"realtime_sessions.{op.params_module}", fromlist=["_"]), op.params)
    assert params is getattr(realtime_sessions, op.params)
    assert params.__required_keys__ | params.__optional_keys__  # the TypedDict


def test_client_secret_session_is_the_sdks_union() -> None:
    """ClientSecretCreateResponse.session: RealtimeSessionCreateResponse for "realtime",
    RealtimeTranscriptionSessionCreateResponse for "transcription" (openai-python's names),
    distinct from the old endpoint's SessionCreateResponse."""
    annotation = str(attrs.fields(models.ClientSecretCreateResponse).session.type)
    assert "RealtimeSessionCreateResponse" in annotation
    assert "RealtimeTranscriptionSessionCreateResponse" in annotation
    assert models.RealtimeSessionCreateResponse is not SessionCreateResponse


# --- examples ------------------------------------------------------------------------------------


def _media(op: Operation, side: str) -> dict[str, Any]:
    operation = op.find(RESOLVED)
    body = operation["requestBody"] if side == "request" else operation["responses"]["200"]
    media: dict[str, Any] = body["content"]["application/json"]
    return media


def _schema(op: Operation, side: str) -> Any:
    return REFS.inline(_media(op, side)["schema"])


def _documented_examples() -> list[tuple[str, Operation, str, Any]]:
    """(where, operation, request|response, value) for every example of every bound operation:
    its curl request, its example response, its machine-readable examples."""
    found = []
    for op in operations():
        meta = op.find(RESOLVED)["x-oaiMeta"]["examples"]
        curl_body = re.search(r"-d '(\{.*\})'", meta["request"]["curl"], flags=re.S)
        assert curl_body is not None
        found.append((f"{op.label} curl", op, "request", json.loads(curl_body.group(1))))
        found.append((f"{op.label} response", op, "response", json.loads(meta["response"])))
        for side in ("request", "response"):
            for name, documented in _media(op, side).get("examples", {}).items():
                found.append((f"{op.label} {side} examples.{name}", op, side, documented["value"]))
    return found


def _component_examples() -> list[tuple[str, Any]]:
    """(component, value) for every component schema that documents an x-oaiMeta example."""
    return [
        (name, json.loads(schema["x-oaiMeta"]["example"]))
        for name, schema in RESOLVED["components"]["schemas"].items()
        if "example" in schema.get("x-oaiMeta", {})
    ]


EXAMPLES = _documented_examples()
COMPONENT_EXAMPLES = _component_examples()


@pytest.mark.parametrize(("where", "op", "side", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_documented_example_validates_parses_and_round_trips(
    where: str, op: Operation, side: str, value: Any
) -> None:
    jsonschema.Draft202012Validator(_schema(op, side)).validate(value)
    if side == "request":
        from realtime_sessions import _validation

        endpoint = endpoint_of(op)
        _validation.check_request(value, endpoint.request_schema())  # what create() checks
    else:
        assert getattr(models, op.response).from_dict(value).to_dict() == value


@pytest.mark.parametrize(
    ("component", "value"), COMPONENT_EXAMPLES, ids=[c for c, _ in COMPONENT_EXAMPLES]
)
def test_every_component_example_validates_parses_and_round_trips(
    component: str, value: Any
) -> None:
    schema = RESOLVED["components"]["schemas"][component]
    jsonschema.Draft202012Validator(REFS.inline(schema)).validate(value)
    if component in RESPONSE_SIDE["components"]["schemas"]:
        model = getattr(models, class_name(schema.get("title", component)))
        assert model.from_dict(value).to_dict() == value
    else:  # request-only: what create() checks before sending
        from realtime_sessions import _validation

        ref = {"$ref": f"#/components/schemas/{component}"}
        _validation.check_request(value, validation_schema(RESOLVED, ref))


def test_every_operation_and_session_type_has_examples() -> None:
    assert {component for component, _ in COMPONENT_EXAMPLES} >= {
        "RealtimeSessionCreateRequest",
        "RealtimeSessionCreateResponse",
        "RealtimeCreateClientSecretResponse",
        "RealtimeTranscriptionSessionCreateResponseGA",
    }
    sessions = [v["session"]["type"] for _, op, side, v in EXAMPLES if op == CLIENT_SECRETS]
    assert {"realtime", "transcription"} <= set(sessions)


# --- property-based round trips ----------------------------------------------------------------

# The value of an unknown field (of an open object): every JSON type, a list or an object of
# scalars. hypothesis-jsonschema's own draws up to 100 leaves per value, ~90% of this module's
# time (profiled); a model keeps such a value whole, so its size proves nothing its shape does not.
_SCALARS = {"type": ["null", "boolean", "integer", "number", "string"]}
UNKNOWN_VALUE = {
    "type": ["null", "boolean", "integer", "number", "string", "array", "object"],
    "items": _SCALARS,
    "maxItems": 3,
    "additionalProperties": _SCALARS,
    "maxProperties": 3,
}


def _bounded_unknowns(node: Any) -> Any:
    """Every open object's unknown fields drawn from UNKNOWN_VALUE (the bodies are still
    valid against the schema as written: it accepts any value there)."""
    if isinstance(node, list):
        return [_bounded_unknowns(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: (
            v
            if k in ("enum", "const", "default", "example", "examples", "x-oaiMeta")
            else {name: _bounded_unknowns(schema) for name, schema in v.items()}
            if k in ("properties", "patternProperties")
            else _bounded_unknowns(v)
        )
        for k, v in node.items()
    }
    if ("properties" in out or out.get("type") == "object") and "additionalProperties" not in out:
        out["additionalProperties"] = UNKNOWN_VALUE
    return out


def _any_of(node: Any) -> Any:
    """`oneOf` as `anyOf`, for generating data: hypothesis-jsonschema draws a `oneOf` by
    validating every candidate against every branch (seconds per body for the client secret's
    session); our unions' branches are told apart by their tags or JSON types, so drawing any
    branch gives the same bodies. Requests are still checked against the real schema."""
    if isinstance(node, list):
        return [_any_of(n) for n in node]
    if not isinstance(node, dict):
        return node
    return {
        ("anyOf" if k == "oneOf" else k): (v if k in ("enum", "const") else _any_of(v))
        for k, v in node.items()
        if k != "discriminator"
    }


@settings(max_examples=1000, suppress_health_check=list(HealthCheck), deadline=None)
@given(from_schema(_bounded_unknowns(_any_of(_schema(SESSIONS, "response")))))
def test_schema_valid_response_bodies_parse_and_round_trip(body: dict[str, Any]) -> None:
    parsed = SessionCreateResponse.from_dict(body)
    assert parsed.to_dict() == body


def _with_unknown_type(body: dict[str, Any], tag: str) -> dict[str, Any]:
    return {**body, "session": {**body["session"], "type": tag}}


_SESSION_TAGS = {"realtime", "transcription"}
CLIENT_SECRET_RESPONSE = _bounded_unknowns(_schema(CLIENT_SECRETS, "response"))
# Both branches of the session union, drawn alike; unknown fields come with the open object
# schemas.
CLIENT_SECRET_BODIES = tuple(
    from_schema(
        {
            **CLIENT_SECRET_RESPONSE,
            "properties": {**CLIENT_SECRET_RESPONSE["properties"], "session": branch},
        }
    )
    for branch in CLIENT_SECRET_RESPONSE["properties"]["session"]["oneOf"]
)


# Drawn unknown values nest one level (UNKNOWN_VALUE); these nest deeper, at the top and in the
# session, on the documented bodies of both kinds and on an unknown kind.
DEEP_UNKNOWNS = {"x-deep": {"list": [1, {"inner": [None, 2.5, "s", True, {}]}], "empty": []}}


def _with_deep_unknowns(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, **DEEP_UNKNOWNS, "session": {**body["session"], **DEEP_UNKNOWNS}}


DOCUMENTED_CLIENT_SECRETS = [
    value for _, op, side, value in EXAMPLES if op == CLIENT_SECRETS and side == "response"
]


@settings(max_examples=1000, suppress_health_check=list(HealthCheck), deadline=None)
@example(_with_unknown_type(_with_deep_unknowns(DOCUMENTED_CLIENT_SECRETS[0]), "realtime-v2"))
@example(_with_deep_unknowns(DOCUMENTED_CLIENT_SECRETS[-1]))
@example(_with_deep_unknowns(DOCUMENTED_CLIENT_SECRETS[0]))
@given(
    st.one_of(
        *CLIENT_SECRET_BODIES,
        # A type no branch knows yet parses as the first branch, keeping every field.
        st.builds(
            _with_unknown_type,
            CLIENT_SECRET_BODIES[0],
            st.text(min_size=1).filter(lambda tag: tag not in _SESSION_TAGS),
        ),
    )
)
def test_client_secret_response_bodies_parse_and_round_trip(body: dict[str, Any]) -> None:
    """Issue 12: >= 1000 bodies of the successor's response, both kinds of session, unknown
    fields and unknown session types, each parsed to the right class and back to equal JSON."""
    parsed = models.ClientSecretCreateResponse.from_dict(body)
    assert parsed.to_dict() == body
    expected = {
        "realtime": models.RealtimeSessionCreateResponse,
        "transcription": models.RealtimeTranscriptionSessionCreateResponse,
    }.get(body["session"]["type"], models.RealtimeSessionCreateResponse)  # unknown: kept
    assert type(parsed.session) is expected
    assert parsed.session.type == body["session"]["type"]
    assert "value='**********'" in repr(parsed)  # x-secret: the ephemeral key is masked


def _closed(node: Any) -> Any:
    """Objects that declare properties accept no others: the client refuses unknown keywords.
    Patterns read as JSON Schema reads them: `$` is the very end (Python's also matches before
    a final newline, which hypothesis would then generate)."""
    if isinstance(node, list):
        return [_closed(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: (v if k in ("enum", "const", "example", "examples", "x-oaiMeta") else _closed(v))
        for k, v in node.items()
    }
    if "properties" in out:
        out.setdefault("additionalProperties", False)
    if isinstance(out.get("pattern"), str):
        out["pattern"] = out["pattern"].replace("$", r"\Z")
    return out


def _relaxed(node: Any) -> Any:
    """The request schema widened where a caller's value could fit on one side only: integers
    may be any number (10.0), strings need no format. What the client refuses is refused."""
    if isinstance(node, list):
        return [_relaxed(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: (v if k in ("enum", "const") else _relaxed(v)) for k, v in node.items() if k != "format"
    }
    if out.get("type") == "integer":
        out["type"] = "number"
    return out


def _request_strategy(op: Operation) -> Any:
    valid = jsonschema.Draft202012Validator(_closed(_schema(op, "request")))
    return from_schema(_any_of(_closed(_schema(op, "request")))).filter(valid.is_valid)


# Built once: building a strategy from a schema is the slow part.
VALID_PARAMS = {op.label: _request_strategy(op) for op in operations()}
ANY_PARAMS = {
    op.label: st.one_of(
        VALID_PARAMS[op.label], from_schema(_any_of(_relaxed(_closed(_schema(op, "request")))))
    )
    for op in operations()
}


def _request_schema(op: Operation) -> Any:
    return endpoint_of(op).request_schema()


@pytest.fixture(scope="module")
def mock_http(shared_mock_server: Any) -> Iterator[tuple[httpx.Client, Any]]:
    with httpx.Client(headers={"Authorization": "Bearer sk-contract"}) as http:
        yield http, shared_mock_server


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(data=st.data())
def test_schema_valid_request_params_pass_the_client_checks_and_the_mock(
    op: Operation, data: st.DataObject, mock_http: tuple[httpx.Client, Any]
) -> None:
    from realtime_sessions import _validation

    params = data.draw(VALID_PARAMS[op.label])
    assert _validation.check_request(params, _request_schema(op)) == params  # what create() sends
    http, mock = mock_http
    response = http.post(mock.url_for(op.path), json=params)
    assert response.status_code == 200, response.text
    response_model = getattr(models, op.response)
    assert response_model.from_dict(response.json()).to_dict() == response.json()


# --- issue 10 item 5: one rule for integers, proven end to end -----------------------------------


def _at(body: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        body = body[name]
    return body


@pytest.fixture(scope="module")
def contract_clients(shared_mock_server: Any) -> Iterator[dict[str, Any]]:
    """One client per operation for every example (an httpx client costs ~0.2 s: its SSL context)."""
    clients = {
        op.label: getattr(realtime_sessions, op.client)(
            api_key="sk-contract", base_url=shared_mock_server.base_url, max_retries=0
        )
        for op in operations()
    }
    yield clients
    for client in clients.values():
        client.close()


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
@settings(max_examples=200, suppress_health_check=list(HealthCheck), deadline=None)
@given(data=st.data())
def test_every_request_the_client_accepts_the_mock_echoes_and_the_client_parses(
    op: Operation, data: st.DataObject, mock_server: Any, contract_clients: dict[str, Any]
) -> None:
    """Issue 10 item 5: before the fix `max_response_output_tokens=10.0` passed the client's
    check, the mock echoed 10.0 as `max_output_tokens`, and the client refused its own result.
    Arguments are refused before sending, or sent, echoed (value and JSON type) and parsed."""
    from realtime_sessions import ModelValidationError

    params = data.draw(ANY_PARAMS[op.label])
    sent_before = len(mock_server.requests)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            result = getattr(contract_clients[op.label], op.call)(**params)
        except ModelValidationError:
            assert len(mock_server.requests) == sent_before  # refused: nothing was sent
            return
    echoed = result.to_dict()
    mock_operation = next(m for m in mock_server.operations if m.bound == op)
    for row in mock_operation.recipe.rows_for(params):
        try:
            value = _at(params, row.request_field)
        except (KeyError, TypeError):
            continue
        if row.convert.__name__ == "_same" and row.keep is None:
            assert json.dumps(_at(echoed, row.response_path), sort_keys=True) == json.dumps(
                value, sort_keys=True
            ), row


@pytest.mark.parametrize(("tokens", "refused"), [(10.0, True), (4096.0, True), (10, False)])
def test_integer_valued_floats_are_refused_before_sending(
    mock_server: Any, tokens: float, refused: bool
) -> None:
    """Issue 10 item 5: the rule is the generated parsers' rule: an integer is a Python int."""
    from realtime_sessions import ModelTypeError, RealtimeSessions

    client = RealtimeSessions(api_key="sk-contract", base_url=mock_server.base_url, max_retries=0)
    with warnings.catch_warnings(), client:
        warnings.simplefilter("ignore", DeprecationWarning)
        if refused:
            with pytest.raises(ModelTypeError, match="expected integer, got number") as info:
                client.create(model="gpt-realtime", max_response_output_tokens=tokens)
            assert info.value.path == "max_response_output_tokens"
            assert mock_server.requests == []
        else:
            session = client.create(model="gpt-realtime", max_response_output_tokens=tokens)
            assert session.max_output_tokens == 10 and type(session.max_output_tokens) is int


# --- issue 10 item 8: every keyword of the request schema is enforced ----------------------------


def _one_property_spec(prop: dict[str, Any]) -> dict[str, Any]:
    return {"components": {"schemas": {"Req": {"type": "object", "properties": {"p": prop}}}}}


@pytest.mark.parametrize(
    ("prop", "named"),
    [
        ({"type": "object", "patternProperties": {"^a": {}}}, "'patternProperties'"),
        ({"type": "string", "format": "email"}, "format 'email'"),
        ({"type": "array", "uniqueItems": True}, "'uniqueItems'"),
        ({"type": "number", "multipleOf": 0.5}, "'multipleOf'"),
        ({"not": {"type": "string"}}, "'not'"),
    ],
)
def test_generation_fails_naming_a_keyword_the_client_cannot_enforce(
    prop: dict[str, Any], named: str
) -> None:
    """Issue 10 item 8: before the fix such keywords were silently dropped from the embedded
    request schema (`format: uri` among them), so bad values went out unchecked."""
    from spectools.generate import validation_schema
    from spectools.specio import SpecError

    spec = _one_property_spec(prop)
    with pytest.raises(SpecError, match=re.escape(named)) as info:
        validation_schema(spec, {"$ref": "#/components/schemas/Req"})
    assert "#(Req)/properties/p" in str(info.value)  # where it is


def test_annotations_and_enforced_keywords_pass_generation() -> None:
    from spectools.generate import validation_schema

    prop = {
        "type": "string",
        "format": "uri",
        "title": "t",
        "description": "d",
        "default": "https://x",
        "example": "https://y",
        "x-oaiTypeLabel": "string",
    }
    schema = validation_schema(_one_property_spec(prop), {"$ref": "#/components/schemas/Req"})
    assert schema["properties"]["p"] == {"type": "string", "format": "uri"}


@pytest.mark.parametrize(
    ("op", "uris"), [(SESSIONS, 2), (CLIENT_SECRETS, 3)], ids=["sessions", "client_secrets"]
)
def test_the_embedded_request_schema_keeps_the_uri_formats(op: Operation, uris: int) -> None:
    # image_url and file_url of prompt variables; the successor's MCP server_url too
    assert json.dumps(_request_schema(op)).count('"format": "uri"') == uris


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet="abcxyz019:/?#[]@!$&'()*+,;=%-._~ \"<>\\^`{|}").map(lambda s: "s:" + s),
        st.from_regex(r"[a-z][a-z0-9+.-]*://[^\s]*", fullmatch=True),
    )
)
def test_the_uri_format_agrees_with_the_mocks_validator(text: str) -> None:
    """The client checks `format: uri` as the mock's validator (jsonschema-rs, formats asserted)
    does, so neither refuses what the other sends."""
    import jsonschema_rs
    from realtime_sessions._validation import FORMATS

    mock_check = jsonschema_rs.validator_for(
        {"type": "string", "format": "uri"}, validate_formats=True
    )
    ours = bool(FORMATS["uri"][1](text))
    theirs = mock_check.is_valid(text)
    assert ours == theirs
