"""Issue 10, client items 1-10: the client against hostile answers and hostile arguments.

Every test talks to a real server on 127.0.0.1: conftest's pytest-httpserver (`server`), or, for
answers no HTTP library would send (a malformed header line), a scripted raw-socket server.
Behaviour tests run through both clients (`run`, from test_client.py). Each test names its item.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import logging
import pickle
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import realtime_sessions
from pytest_httpserver import HTTPServer
from realtime_sessions import (
    UNSET,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncRealtimeSessions,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConfigurationTypeError,
    InternalServerError,
    ModelTypeError,
    ModelValidationError,
    RateLimitError,
    RealtimeSessions,
    RealtimeSessionsError,
    Unset,
    _base_client,
)

from tests.helpers import ScriptedServer
from tests.test_client import (  # noqa: F401 - the *_fixture names and _quiet_deprecation are fixtures
    PATH,
    SESSION,
    Runner,
    _quiet_deprecation,
    fast_backoff_fixture,
    requests_seen,
    run_fixture,
    session_with,
)

# A key as it is pasted from a .env file: the trailing space is the slip item 1 is about.
KEY = "sk-proj-SECRET123abcdefXYZ"


def _all_text(exc: BaseException) -> str:
    """Everything a user could see of an exception: str, repr and the printed traceback."""
    return "\n".join([str(exc), repr(exc), "".join(traceback.format_exception(exc))])


def _assert_hidden(secret: str, *texts: str) -> None:
    for text in texts:
        assert secret.lower() not in text.lower(), text


# -- a raw-socket server for answers no HTTP library would send ----------------------------------


@pytest.fixture
def scripted() -> Iterator[type[ScriptedServer]]:
    started: list[ScriptedServer] = []

    class Started(ScriptedServer):
        def __init__(self, *answers: bytes) -> None:
            super().__init__(*answers)
            started.append(self)

    yield Started
    for each in started:
        each.close()


# -- item 1: the API key never shows ---------------------------------------------------------------


@pytest.mark.parametrize("cls", [RealtimeSessions, AsyncRealtimeSessions])
@pytest.mark.parametrize(
    "bad_key",
    [
        f"{KEY} ",
        f" {KEY}",
        f"{KEY}\n",
        f"{KEY}\r\nX-Injected: 1",
        f"{KEY}\t",
        f"{KEY}é",
        f"{KEY}\x00",
    ],
)
def test_item1_a_key_httpx_cannot_send_is_refused_at_construction_without_echoing_it(
    cls: type[Any], bad_key: str, server: HTTPServer
):
    """Issue 10 item 1: before the fix, `KEY + " "` failed inside h11 at create() with
    `Illegal header value b'Bearer sk-proj-...'`: the key in str(), the traceback and the CLI."""
    with pytest.raises(ConfigurationError) as info:
        cls(api_key=bad_key, base_url=server.url_for("/v1"))
    assert info.value.name == "api_key"
    assert isinstance(info.value, ValueError) and isinstance(info.value, RealtimeSessionsError)
    _assert_hidden(KEY, _all_text(info.value))
    assert requests_seen(server) == []


@pytest.mark.parametrize(
    ("options", "name"),
    [
        ({"organization": "org_1 "}, "organization"),
        ({"project": "proj\n1"}, "project"),
        ({"default_headers": {"X-Api-Key": f"{KEY} "}}, "default_headers['X-Api-Key']"),
        ({"default_headers": {"X-Trace": "ünïcode"}}, "default_headers['X-Trace']"),
        ({"default_headers": {"Bad Name": "v"}}, "default_headers"),
        ({"default_headers": {"X-Number": 5}}, "default_headers['X-Number']"),
    ],
)
def test_item1_other_header_values_are_checked_the_same_way(options: dict[str, Any], name: str):
    """Issue 10 item 1: organization, project and default_headers get the key's check."""
    with pytest.raises(ConfigurationError) as info:
        RealtimeSessions(api_key=KEY, **options)
    assert info.value.name == name
    _assert_hidden(KEY, _all_text(info.value))


def test_item1_the_key_from_the_environment_is_named_by_its_variable(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setenv("OPENAI_API_KEY", f"{KEY} ")
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY has leading or trailing") as info:
        RealtimeSessions()
    _assert_hidden(KEY, _all_text(info.value))


@pytest.mark.parametrize(
    "echo",
    [
        f"Incorrect API key provided: {KEY}",
        f"Bad header: BEARER {KEY.upper()}",  # a proxy that upper-cases what it echoes
        f"authorization: bearer {KEY.lower()}",
        "x" * 480 + KEY,  # the key straddles the 500-character cut of a text body
    ],
    ids=["verbatim", "upper-case", "lower-case", "across-the-cut"],
)
def test_item1_a_key_echoed_by_the_server_is_scrubbed_from_every_field(
    run: Runner, server: HTTPServer, echo: str
):
    """Issue 10 item 1: scrubbing is case-insensitive, happens before the message is cut, and
    covers x-request-id, param and code as well as the message and the kept body."""
    error = {"message": echo, "type": "invalid_request_error", "param": echo, "code": echo}
    server.expect_ordered_request(PATH, method="POST").respond_with_json(
        {"error": error}, status=401, headers={"x-request-id": f"req_{KEY}"}
    )
    server.expect_ordered_request(PATH, method="POST").respond_with_data(
        echo, status=400, content_type="text/plain", headers={"x-request-id": KEY.upper()}
    )
    for expected in (AuthenticationError, BadRequestError):
        with pytest.raises(APIStatusError) as info:
            run.create({"api_key": KEY}, model="gpt-realtime")
        exc = info.value
        assert type(exc) is expected
        assert "<redacted>" in exc.message
        visible = [_all_text(exc), exc.message, str(exc.request_id), str(exc.param)]
        visible += [str(exc.code), str(exc.type), json.dumps(exc.body)]
        _assert_hidden(KEY, *visible)
        # Not even the first half of the key survives the 500-character cut.
        _assert_hidden(KEY[:12], exc.message)


def test_item1_httpx_and_h11_messages_are_scrubbed_through_the_whole_chain(
    scripted: type[ScriptedServer],
):
    """Issue 10 item 1: a server echoing the Authorization header in a malformed header line
    makes h11 quote it in its exception; that text reaches str(), the chain and the traceback."""
    echo = b"HTTP/1.1 200 OK\r\nBroken line Authorization: Bearer " + KEY.encode() + b"\r\n\r\n"
    target = scripted(echo)
    client = RealtimeSessions(api_key=KEY, base_url=target.base_url, max_retries=0)
    with client, pytest.raises(APIConnectionError) as info:
        client.create(model="gpt-realtime")
    assert "/realtime/sessions, 1 attempt: RemoteProtocolError" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    _assert_hidden(KEY, _all_text(info.value))
    assert b"Bearer " + KEY.encode() in target.requests[0]  # the key was sent, and echoed


def test_item1_no_log_record_carries_the_key_even_when_httpcore_quotes_the_server(
    scripted: type[ScriptedServer], caplog: pytest.LogCaptureFixture
):
    """Issue 10 item 1: httpcore logs, at DEBUG, the h11 exception quoting the server's bytes,
    before the client sees it; a bare echoed key (no `Bearer` to spot) must not get through."""
    target = scripted(b"HTTP/1.1 200 OK\r\nno colon here " + KEY.encode() + b"\r\n\r\n")
    caplog.set_level(logging.DEBUG)  # ours, httpx's and httpcore's
    client = RealtimeSessions(api_key=KEY, base_url=target.base_url, max_retries=0)
    with client, pytest.raises(APIConnectionError) as info:
        client.create(model="gpt-realtime")
    logging.getLogger("httpcore.http11").debug("echo %s", KEY.upper())  # any case, any argument
    logging.getLogger("realtime_sessions").exception("create failed: %r", info.value)
    assert any(
        r.name.startswith("httpcore") and ".failed" in r.getMessage() for r in caplog.records
    )
    for record in caplog.records:
        _assert_hidden(KEY, record.getMessage())
    _assert_hidden(KEY, caplog.text)


@pytest.mark.parametrize("header", ["X-Api-Key", "X-Gateway-Token", "Cookie", "X-Auth-Secret"])
def test_item1_credentials_in_default_headers_are_scrubbed_too(
    run: Runner, server: HTTPServer, header: str
):
    """Issue 10 item 1: a second credential (a gateway's key) is as secret as the API key."""
    gateway_key = "gw-SECRET-0987654321"
    server.expect_request(PATH, method="POST").respond_with_json(
        {"error": {"message": f"gateway key {gateway_key} is revoked"}}, status=403
    )
    with pytest.raises(APIStatusError) as info:
        run.create({"default_headers": {header: gateway_key}}, model="gpt-realtime")
    _assert_hidden(gateway_key, _all_text(info.value), json.dumps(info.value.body))


def test_item1_credentials_of_a_callers_http_client_are_scrubbed_too(server: HTTPServer):
    gateway_key = "gw-SECRET-callers-client"
    server.expect_request(PATH, method="POST").respond_with_data(
        f"denied for {gateway_key}", status=403
    )
    with httpx.Client(headers={"X-Gateway-Token": gateway_key}) as http:
        client = RealtimeSessions(api_key=KEY, base_url=server.url_for("/v1"), http_client=http)
        with pytest.raises(APIStatusError) as info:
            client.create(model="gpt-realtime")
    assert requests_seen(server)[0].headers["X-Gateway-Token"] == gateway_key  # it was sent
    _assert_hidden(gateway_key, _all_text(info.value), str(info.value.body))


def test_item1_ordinary_headers_are_not_taken_for_credentials():
    from realtime_sessions._secrets import is_sensitive

    assert not any(map(is_sensitive, ["OpenAI-Project", "X-Trace", "User-Agent", "Keep-Alive"]))
    assert all(map(is_sensitive, ["authorization", b"Proxy-Authorization", "X_API_KEY"]))


# -- item 2: a 2xx is never retried ----------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 201])
def test_item2_a_success_with_x_should_retry_true_is_not_retried(
    run: Runner, server: HTTPServer, fast_backoff: None, status: int
):
    """Issue 10 item 2: before the fix, one create() sent 3 POSTs and minted 3 sessions."""
    server.expect_request(PATH, method="POST").respond_with_json(
        SESSION, status=status, headers={"x-should-retry": "true"}
    )
    assert run.create(model="gpt-realtime").id == "sess_001"
    assert len(requests_seen(server)) == 1


def test_item2_unit_success_is_never_retried_whatever_the_header_says():
    response = httpx.Response(200, headers={"x-should-retry": "true"})
    assert _base_client._should_retry(response) is False


# -- item 3: NaN and infinity are refused before sending -------------------------------------------


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"speed": float("nan")}, "speed"),
        ({"temperature": float("inf")}, "temperature"),
        ({"turn_detection": {"threshold": float("-inf")}}, "turn_detection.threshold"),
        (
            {"tools": [{"type": "function", "name": "f", "parameters": {"max": float("inf")}}]},
            "tools.0.parameters.max",
        ),
        ({"tracing": {"metadata": {"scores": [1.0, float("nan")]}}}, "tracing.metadata.scores.1"),
    ],
)
def test_item3_nan_and_infinity_are_refused_naming_the_field(
    run: Runner, server: HTTPServer, params: dict[str, Any], field: str
):
    """Issue 10 item 3: before the fix `speed=nan` went out as `"speed":NaN` (not JSON)."""
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(ModelValidationError, match="finite number") as info:
        run.create(model="gpt-realtime", **params)
    assert info.value.path == field
    assert requests_seen(server) == []


def test_item3_the_serialiser_refuses_nan_as_a_last_guard():
    from realtime_sessions import _validation

    with pytest.raises(ModelValidationError) as info:
        _validation.encode_json({"a": [float("nan")]})  # bypassing check_request
    assert info.value.path == "a.0"


# -- item 4: UNSET has no attribute a model has ----------------------------------------------------


def test_item4_a_missing_object_field_is_unset_and_reading_into_it_fails(
    run: Runner, server: HTTPServer
):
    """Issue 10 item 4: before the fix `session.client_secret.value == 'UNSET'` (Enum.value)."""
    body = session_with()
    del body["client_secret"], body["audio"]
    server.expect_request(PATH, method="POST").respond_with_json(body)
    session = run.create(model="gpt-realtime")
    assert session.client_secret is UNSET
    for name in ("value", "expires_at", "name", "to_dict", "additional_properties"):
        with pytest.raises(AttributeError):
            getattr(session.client_secret, name)
    with pytest.raises(AttributeError):
        session.audio.output  # noqa: B018 - the access is the test
    assert "client_secret=UNSET" in repr(session)
    assert "client_secret" not in session.to_dict()


def test_item4_unset_is_one_falsy_final_instance_that_survives_copy_and_pickle():
    assert Unset() is UNSET
    assert not UNSET and repr(UNSET) == "UNSET"
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert not hasattr(UNSET, "value") and not hasattr(UNSET, "__dict__")
    with pytest.raises(AttributeError):
        UNSET.value = 1  # type: ignore[attr-defined]
    from realtime_sessions import types

    assert realtime_sessions.UNSET is types.UNSET


# -- item 6: every bad input becomes a typed error naming the field --------------------------------


@pytest.mark.parametrize(
    ("params", "error", "field"),
    [
        ({"instructions": "caf\udce9"}, ModelValidationError, "instructions"),
        (
            {"tools": [{"type": "function", "name": "f", "parameters": {"\ud800": 1}}]},
            ModelValidationError,
            "tools.0.parameters",
        ),
        (
            {"tools": [{"type": "function", "name": "f", "parameters": {"enum": {1, 2}}}]},
            ModelTypeError,
            "tools.0.parameters.enum",
        ),
        (
            {"tracing": {"metadata": {"at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)}}},
            ModelTypeError,
            "tracing.metadata.at",
        ),
        ({"tracing": {"metadata": {1: "x"}}}, ModelTypeError, "tracing.metadata"),
        (
            {"max_response_output_tokens": 10**5000},
            ModelValidationError,
            "max_response_output_tokens",
        ),
        (
            {"tracing": {"metadata": {"big": 10**5000}}},
            ModelValidationError,
            "tracing.metadata.big",
        ),
        ({"speed": 10**5000}, ModelValidationError, "speed"),
    ],
)
def test_item6_unsendable_arguments_raise_typed_errors_naming_the_field(
    run: Runner,
    server: HTTPServer,
    params: dict[str, Any],
    error: type[ModelValidationError],
    field: str,
):
    """Issue 10 item 6: before the fix these escaped as UnicodeEncodeError, TypeError and a
    ValueError raised while formatting the error message itself."""
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(error) as info:
        run.create(model="gpt-realtime", **params)
    assert info.value.path == field
    assert len(str(info.value)) < 300  # no 5000-digit number in the message
    assert requests_seen(server) == []


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"a": [value]}
    return value


def test_item6_arguments_nested_too_deep_are_refused_naming_where(run: Runner, server: HTTPServer):
    """Issue 10 item 6: before the fix a deep free-form argument raised RecursionError."""
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(ModelValidationError, match="levels deep") as info:
        run.create(model="gpt-realtime", tracing={"metadata": _nested(5000)})
    assert info.value.path.startswith("tracing.metadata.a.0.a.0")
    assert requests_seen(server) == []
    # Within the limit, the same shape is sent.
    run.create(model="gpt-realtime", tracing={"metadata": _nested(40)})
    assert len(requests_seen(server)) == 1


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (
            '{"id": "s", "tracing": {"metadata": ' + "[" * 50000 + "]" * 50000 + "}}",
            "tracing.metadata",
        ),
        ('{"id": "s", "expires_at": ' + "9" * 5000 + "}", "expires_at"),
        (
            '{"id": "s", "tools": [{"parameters": {"n": -' + "1" * 4301 + "}}]}",
            "tools.0.parameters.n",
        ),
    ],
    ids=["50000-deep", "5000-digit-int", "4301-digit-negative-int"],
)
def test_item6_undecodable_2xx_bodies_raise_response_validation_errors_naming_the_field(
    run: Runner, server: HTTPServer, body: str, path: str
):
    """Issue 10 item 6: before the fix json.loads' RecursionError escaped untyped, and a
    5000-digit integer was reported as 'Expected a JSON object ... got application/json'."""
    server.expect_request(PATH, method="POST").respond_with_data(
        body, content_type="application/json"
    )
    with pytest.raises(APIResponseValidationError) as info:
        run.create(model="gpt-realtime")
    assert info.value.path.startswith(path)
    assert info.value.path.split(".")[: len(path.split("."))] == path.split(".")
    assert len(requests_seen(server)) == 1


@pytest.mark.parametrize(
    "body",
    [
        '{"error": {"message": "deep", "param": ' + "[" * 50000 + "]" * 50000 + "}}",
        '{"error": {"message": "huge", "code": ' + "7" * 5000 + "}}",
    ],
    ids=["50000-deep", "5000-digit-int"],
)
def test_item6_undecodable_error_bodies_still_give_the_status_error(
    run: Runner, server: HTTPServer, body: str
):
    server.expect_request(PATH, method="POST").respond_with_data(
        body, status=400, content_type="application/json"
    )
    with pytest.raises(BadRequestError) as info:
        run.create(model="gpt-realtime")
    assert isinstance(info.value.body, str)  # kept as text
    assert len(info.value.message) < 600


def test_item6_a_retry_after_date_with_a_huge_year_falls_back_to_backoff_and_retries(
    run: Runner, server: HTTPServer, fast_backoff: None
):
    """Issue 10 item 6: before the fix OverflowError escaped from the retry loop."""
    huge = "Wed, 21 Oct 10000000000000000000000 07:28:00 GMT"
    server.expect_ordered_request(PATH, method="POST").respond_with_json(
        {"error": {"message": "slow down"}}, status=429, headers={"retry-after": huge}
    )
    server.expect_ordered_request(PATH, method="POST").respond_with_json(SESSION)
    assert run.create(model="gpt-realtime").id == "sess_001"
    assert len(requests_seen(server)) == 2


# -- item 7: an unparsable header falls back to the next one ---------------------------------------


def test_item7_unparsable_retry_after_ms_falls_back_to_retry_after(
    run: Runner, server: HTTPServer, caplog: pytest.LogCaptureFixture
):
    """Issue 10 item 7: before the fix `retry-after-ms: soon` + `retry-after: 1` waited the
    0.5 s backoff, ignoring the usable header."""
    server.expect_ordered_request(PATH, method="POST").respond_with_json(
        {"error": {"message": "slow down"}},
        status=429,
        headers={"retry-after-ms": "soon", "retry-after": "1"},
    )
    server.expect_ordered_request(PATH, method="POST").respond_with_json(SESSION)
    caplog.set_level(logging.DEBUG, logger="realtime_sessions")
    assert run.create(model="gpt-realtime").id == "sess_001"
    first = next(r.getMessage() for r in caplog.records if r.name == "realtime_sessions")
    assert first.endswith("-> 429 (attempt 1 of 3), retrying in 1.00s")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "soon", "retry-after": "2"}, 2.0),
        ({"retry-after-ms": "nan", "retry-after": "3"}, 3.0),
        ({"retry-after-ms": "-5", "retry-after": "4"}, 4.0),
        ({"retry-after-ms": "1e400", "retry-after": "5"}, 5.0),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
    ],
)
def test_item7_unit_the_first_usable_header_wins(headers: dict[str, str], expected: float):
    assert _base_client._retry_after(httpx.Headers(headers)) == pytest.approx(expected)


# -- item 8: `format: uri` is enforced -------------------------------------------------------------


def _image(url: str) -> dict[str, Any]:
    return {
        "id": "pmpt_1",
        "variables": {"img": {"type": "input_image", "detail": "auto", "image_url": url}},
    }


@pytest.mark.parametrize(
    "url", ["not a uri", "example.org/b.png", "https://exa mple.com/", "http://[::1/x"]
)
def test_item8_an_image_url_that_is_not_a_uri_is_refused_before_sending(
    run: Runner, server: HTTPServer, url: str
):
    """Issue 10 item 8: before the fix the generator dropped `format: uri` and sent it."""
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(ModelValidationError, match="URI") as info:
        run.create(model="gpt-realtime", prompt=_image(url))
    assert info.value.path == "prompt.variables.img.image_url"
    assert url not in str(info.value)  # a URL may carry a token: not echoed
    assert requests_seen(server) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/cat.png?size=large#top",
        "data:image/png;base64,iVBORw0KGgo+/=",
        "http://[2001:db8::1]:8080/x",
        "urn:isbn:0451450523",
    ],
)
def test_item8_real_uris_are_sent(run: Runner, server: HTTPServer, url: str):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    run.create(model="gpt-realtime", prompt=_image(url))
    (request,) = requests_seen(server)
    assert json.loads(request.data)["prompt"]["variables"]["img"]["image_url"] == url


# -- item 9: a tagged union is checked against the branch its tag names ----------------------------


@pytest.mark.parametrize(
    ("variable", "field", "message"),
    [
        ({"type": "input_image", "detail": "bogus"}, "detail", "'bogus' is not one of"),
        ({"type": "input_text"}, "text", "required field is missing"),
        ({"type": "input_file", "detail": "original"}, "detail", "is not one of 'auto'"),
        ({"type": "input_video", "url": "x"}, "type", "'input_video' is not one of 'input_text'"),
        ({"detail": "auto"}, "type", "required field is missing"),
        ({"type": ["input_image"]}, "type", "is not one of"),
    ],
)
def test_item9_tagged_union_errors_name_the_real_field(
    run: Runner, server: HTTPServer, variable: dict[str, Any], field: str, message: str
):
    """Issue 10 item 9 (client half): before the fix {"type": "input_image", "detail": "bogus"}
    was reported as `prompt.variables.img.text: required field is missing`."""
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(ModelValidationError, match=message) as info:
        run.create(model="gpt-realtime", prompt={"id": "pmpt_1", "variables": {"img": variable}})
    assert info.value.path == f"prompt.variables.img.{field}"
    assert requests_seen(server) == []


# -- item 10: configuration errors are typed and raised at construction ----------------------------


@pytest.mark.parametrize("cls", [RealtimeSessions, AsyncRealtimeSessions])
@pytest.mark.parametrize(
    ("options", "name", "error"),
    [
        ({"base_url": "http://[::1"}, "base_url", ConfigurationError),
        ({"base_url": "api.openai.com/v1"}, "base_url", ConfigurationError),
        ({"base_url": "ftp://example.com/v1"}, "base_url", ConfigurationError),
        ({"base_url": "https://user:pw@example.com/v1"}, "base_url", ConfigurationError),
        ({"base_url": "https://example.com/v1?x=1"}, "base_url", ConfigurationError),
        ({"base_url": 5}, "base_url", ConfigurationTypeError),
        ({"timeout": float("nan")}, "timeout", ConfigurationError),
        ({"timeout": -1}, "timeout", ConfigurationError),
        ({"timeout": float("inf")}, "timeout", ConfigurationError),
        ({"timeout": 1e300}, "timeout", ConfigurationError),  # overflowed the OS clock
        ({"timeout": 10**400}, "timeout", ConfigurationError),
        ({"timeout": httpx.Timeout(5.0, read=-2.0)}, "timeout.read", ConfigurationError),
        ({"timeout": "5"}, "timeout", ConfigurationTypeError),
        ({"timeout": True}, "timeout", ConfigurationTypeError),
        ({"api_key": 123}, "api_key", ConfigurationTypeError),
        ({"api_key": b"sk-bytes"}, "api_key", ConfigurationTypeError),
        ({"max_retries": -1}, "max_retries", ConfigurationError),
        ({"max_retries": 1.5}, "max_retries", ConfigurationError),
        ({"default_headers": [("X-A", "1")]}, "default_headers", ConfigurationTypeError),
    ],
)
def test_item10_bad_configuration_fails_at_construction_naming_the_argument(
    cls: type[Any], options: dict[str, Any], name: str, error: type[ConfigurationError]
):
    """Issue 10 item 10: before the fix these failed later inside httpx (InvalidURL, a
    ConnectError for a NaN timeout) or with AttributeError ('int' object has no 'isascii')."""
    with pytest.raises(error) as info:
        cls(**{"api_key": KEY, **options})
    assert type(info.value) is error
    assert info.value.name == name
    assert str(info.value).startswith(f"{name} ")
    _assert_hidden("pw@", str(info.value))


@pytest.mark.parametrize("bad", ["http://[::1", "not a url"])
def test_item10_a_bad_openai_base_url_is_named_by_its_variable(
    monkeypatch: pytest.MonkeyPatch, bad: str
):
    monkeypatch.setenv("OPENAI_BASE_URL", bad)
    with pytest.raises(ConfigurationError) as info:
        RealtimeSessions(api_key=KEY)
    assert info.value.name == "OPENAI_BASE_URL"


def test_item10_with_options_checks_the_same_way():
    client = RealtimeSessions(api_key=KEY)
    with pytest.raises(ConfigurationError) as info:
        client.with_options(timeout=float("nan"))
    assert info.value.name == "timeout"
    with pytest.raises(ConfigurationTypeError):
        client.with_options(timeout="5")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        client.with_options(max_retries=-1)


def test_item10_timeout_zero_is_a_timeout_error(run: Runner, server: HTTPServer):
    """Issue 10 item 10: with timeout=0 the sync client's socket is non-blocking, so the
    connect fails with EINPROGRESS; before the fix that surfaced as a connection error."""
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(realtime_sessions.APITimeoutError, match="timed out"):
        run.create({"timeout": 0, "max_retries": 0}, model="gpt-realtime")


def test_configuration_errors_keep_the_old_contract():
    """The classes fit the old `except` clauses: no key was a RealtimeSessionsError, a wrong
    http_client a TypeError, a bad max_retries a ValueError."""
    assert issubclass(ConfigurationError, RealtimeSessionsError)
    assert issubclass(ConfigurationTypeError, TypeError)
    assert issubclass(ConfigurationError, ValueError)
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        RealtimeSessions(api_key=KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    # A status error and a rate limit error are unrelated to these.
    assert not issubclass(RateLimitError, ConfigurationError)
    assert not issubclass(InternalServerError, ConfigurationError)


def test_no_key_from_anywhere_names_the_variable(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OPENAI_API_KEY", "")
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY") as info:
        RealtimeSessions()
    assert info.value.name == "OPENAI_API_KEY"
