"""Step 4: the generated code against the spec itself.

Everything here is derived by walking the resolved spec, not from hand-kept lists: every
property of every object schema has an attrs field with the right name, optionality and type;
every documented example validates, parses and round-trips; random schema-valid bodies do too.
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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from realtime_sessions import SessionCreateResponse, models
from realtime_sessions.types import UNSET

from spectools.generate import prepare_for_generators
from spectools.naming import python_identifier
from spectools.overlays import resolved_spec
from tests.helpers import SEED_DIR, needs_seed

RESOLVED = resolved_spec()
PREPARED = prepare_for_generators(RESOLVED)  # titled inline objects hoisted, as the generator sees
OPERATION = RESOLVED["paths"]["/realtime/sessions"]["post"]
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _object_schemas() -> list[tuple[str, dict[str, Any]]]:
    """(class name, schema) for every object schema with properties, as named by its title."""
    found = []
    for name, schema in PREPARED["components"]["schemas"].items():
        candidates = [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]
        for candidate in candidates:
            if "properties" in candidate:
                found.append((candidate.get("title", name), candidate))
    return found


def _expected_type_names(schema: dict[str, Any]) -> set[str]:
    """Python type names a property's annotation must mention, from its JSON schema."""
    if "$ref" in schema:
        target = PREPARED["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        return {target["title"]} if "properties" in target else set()
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    names = {JSON_TYPES[k] for k in kinds if k in JSON_TYPES and "enum" not in schema}
    if "null" in kinds:
        names.add("None")
    if "array" in kinds:
        names.add("list")
    return names


OBJECT_SCHEMAS = _object_schemas()


def test_every_object_schema_yields_a_class() -> None:
    assert len(OBJECT_SCHEMAS) >= 25  # the walk really found the closure
    missing = [title for title, _ in OBJECT_SCHEMAS if not hasattr(models, title)]
    assert missing == []


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
    assert extra <= {"additional_properties"}


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
    assert set(top_level) | {"client_secret", "additional_properties"} == names


def _top_level_names() -> set[str]:
    return set(RESOLVED["components"]["schemas"]["RealtimeSessionCreateResponse"]["properties"])


def test_public_names_follow_the_api_reference() -> None:
    assert attrs.has(realtime_sessions.SessionCreateResponse)
    assert attrs.has(realtime_sessions.SessionCreateParams)
    assert realtime_sessions.SessionCreateResponse.__name__ == "SessionCreateResponse"
    from realtime_sessions.session_create_params import SessionCreateParams

    assert SessionCreateParams.__annotations__["model"]  # the TypedDict for create(**kw)


# --- examples ------------------------------------------------------------------------------------


def _inline(node: Any) -> Any:
    """`node` with every $ref replaced by its target (the fragment has no recursion)."""
    if isinstance(node, list):
        return [_inline(n) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = RESOLVED["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
        return _inline({**target, **{k: v for k, v in node.items() if k != "$ref"}})
    return {
        k: (v if k in ("example", "examples", "x-oaiMeta", "enum") else _inline(v))
        for k, v in node.items()
    }


REQUEST_SCHEMA = _inline(OPERATION["requestBody"]["content"]["application/json"]["schema"])
RESPONSE_SCHEMA = _inline(OPERATION["responses"]["200"]["content"]["application/json"]["schema"])


def _documented_examples() -> list[tuple[str, str, Any]]:
    """(where, request|response, value) for every example the resolved fragment documents."""
    meta = OPERATION["x-oaiMeta"]["examples"]
    curl_body = re.search(r"-d '(\{.*\})'", meta["request"]["curl"], flags=re.S)
    assert curl_body is not None
    schemas = RESOLVED["components"]["schemas"]
    media = {
        "request": OPERATION["requestBody"]["content"]["application/json"],
        "response": OPERATION["responses"]["200"]["content"]["application/json"],
    }
    found = [
        ("x-oaiMeta.examples.request.curl", "request", json.loads(curl_body.group(1))),
        ("x-oaiMeta.examples.response", "response", json.loads(meta["response"])),
        (
            "RealtimeSessionCreateRequest x-oaiMeta.example",
            "request",
            json.loads(schemas["RealtimeSessionCreateRequest"]["x-oaiMeta"]["example"]),
        ),
        (
            "RealtimeSessionCreateResponse x-oaiMeta.example",
            "response",
            json.loads(schemas["RealtimeSessionCreateResponse"]["x-oaiMeta"]["example"]),
        ),
    ]
    for side, content in media.items():
        for name, example in content.get("examples", {}).items():
            found.append((f"{side} examples.{name}", side, example["value"]))
    return found


EXAMPLES = _documented_examples()


@pytest.mark.parametrize(("where", "side", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_documented_example_validates_parses_and_round_trips(
    where: str, side: str, value: Any
) -> None:
    schema = REQUEST_SCHEMA if side == "request" else RESPONSE_SCHEMA
    jsonschema.Draft202012Validator(schema).validate(value)
    model = models.SessionCreateParams if side == "request" else SessionCreateResponse
    assert model.from_dict(value).to_dict() == value
    if side == "request":
        from realtime_sessions import _validation

        _validation.check_request(value)  # what create() checks before sending


def test_property_level_examples_validate() -> None:
    checked = 0
    for schema in RESOLVED["components"]["schemas"].values():
        if "example" in schema:
            jsonschema.Draft202012Validator(_inline(schema)).validate(schema["example"])
            checked += 1
    assert checked >= 1


# --- property-based round trips ----------------------------------------------------------------


@settings(max_examples=1000, suppress_health_check=list(HealthCheck), deadline=None)
@given(from_schema(RESPONSE_SCHEMA))
def test_schema_valid_response_bodies_parse_and_round_trip(body: dict[str, Any]) -> None:
    parsed = SessionCreateResponse.from_dict(body)
    assert parsed.to_dict() == body


def _closed(node: Any) -> Any:
    """Objects that declare properties accept no others: the client refuses unknown keywords."""
    if isinstance(node, list):
        return [_closed(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: (v if k in ("enum", "example", "examples", "x-oaiMeta") else _closed(v))
        for k, v in node.items()
    }
    if "properties" in out:
        out.setdefault("additionalProperties", False)
    return out


@pytest.fixture(scope="module")
def mock_http(shared_mock_server: Any) -> Iterator[tuple[httpx.Client, str]]:
    with httpx.Client(headers={"Authorization": "Bearer sk-contract"}) as http:
        yield http, shared_mock_server.url


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(params=from_schema(_closed(REQUEST_SCHEMA)))
def test_schema_valid_request_params_pass_the_client_checks_and_the_mock(
    params: dict[str, Any], mock_http: tuple[httpx.Client, str]
) -> None:
    from realtime_sessions import _validation

    _validation.check_request(params)  # what create() checks before sending
    assert models.SessionCreateParams.from_dict(params).to_dict() == params
    http, url = mock_http
    response = http.post(url, json=params)
    assert response.status_code == 200, response.text
    assert SessionCreateResponse.from_dict(response.json()).to_dict() == response.json()


# --- issue 10 item 5: one rule for integers, proven end to end -----------------------------------


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


def _at(body: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        body = body[name]
    return body


@pytest.fixture(scope="module")
def contract_client(shared_mock_server: Any) -> Iterator[Any]:
    """One client for every example (building an httpx client costs ~0.2 s: its SSL context)."""
    from realtime_sessions import RealtimeSessions

    with RealtimeSessions(
        api_key="sk-contract", base_url=shared_mock_server.base_url, max_retries=0
    ) as client:
        yield client


@settings(max_examples=200, suppress_health_check=list(HealthCheck), deadline=None)
@given(
    params=st.one_of(
        from_schema(_closed(REQUEST_SCHEMA)), from_schema(_relaxed(_closed(REQUEST_SCHEMA)))
    )
)
def test_every_request_the_client_accepts_the_mock_echoes_and_the_client_parses(
    params: dict[str, Any], mock_server: Any, contract_client: Any
) -> None:
    """Issue 10 item 5: before the fix `max_response_output_tokens=10.0` passed the client's
    check, the mock echoed 10.0 as `max_output_tokens`, and the client refused its own result.
    Arguments are refused before sending, or sent, echoed (value and JSON type) and parsed."""
    from realtime_sessions import ModelValidationError

    from spectools.mock.session import REFLECTED

    sent_before = len(mock_server.requests)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            session = contract_client.create(**params)
        except ModelValidationError:
            assert len(mock_server.requests) == sent_before  # refused: nothing was sent
            return
    echoed = session.to_dict()
    for row in REFLECTED:
        if row.request_field in params and row.convert.__name__ == "_same":
            value = params[row.request_field]
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
        ({"type": "string", "pattern": "^a+$"}, "'pattern'"),
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


def test_the_embedded_request_schema_keeps_the_uri_formats() -> None:
    from realtime_sessions._request_schema import REQUEST_SCHEMA

    assert json.dumps(REQUEST_SCHEMA).count('"format": "uri"') == 2  # image_url, file_url


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
    ours = bool(FORMATS["uri"][0](text))
    theirs = mock_check.is_valid(text)
    assert ours == theirs
