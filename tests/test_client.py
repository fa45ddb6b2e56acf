"""The client runtime against a real HTTP server on 127.0.0.1 (pytest-httpserver).

Every behaviour test runs twice, through `RealtimeSessions` and `AsyncRealtimeSessions`: the
`run` fixture hides which one, so both are held to the same assertions.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import math
import socket
import struct
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import realtime_sessions
from pytest_httpserver import HTTPServer
from realtime_sessions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncRealtimeSessions,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    ModelTypeError,
    ModelValidationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RealtimeSessions,
    RealtimeSessionsError,
    SessionCreateResponse,
    UnprocessableEntityError,
    _base_client,
    _client,
)
from werkzeug import Request, Response

API_KEY = "sk-test-SUPERSECRET-0123456789"
CLIENT_SECRET = "ek_test_EPHEMERAL_abcdef"
PATH = "/v1/realtime/sessions"

SESSION: dict[str, Any] = {
    "id": "sess_001",
    "object": "realtime.session",
    "expires_at": 1742188264,
    "model": "gpt-realtime",
    "output_modalities": ["audio"],
    "instructions": "Be brief.",
    "tools": [],
    "tool_choice": "none",
    "max_output_tokens": "inf",
    "tracing": "auto",
    "audio": {
        "input": {
            "format": {"type": "audio/pcm", "rate": 24000},
            "transcription": {"model": "whisper-1"},
            "noise_reduction": None,
            "turn_detection": None,
        },
        "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin", "speed": 1.0},
    },
    "client_secret": {"value": CLIENT_SECRET, "expires_at": 1742188324},
}


def session_with(**changes: Any) -> dict[str, Any]:
    body = json.loads(json.dumps(SESSION))
    body.update(changes)
    return body


# -- server and client fixtures ------------------------------------------------------------------


# `server`: the threaded pytest-httpserver from conftest.py, cleared around each test.


class Runner:
    """Runs `fn(client)` with a sync or an async client built from the same arguments."""

    def __init__(self, kind: str, base_url: str) -> None:
        self.kind = kind
        self.base_url = base_url

    def client_kwargs(self, **overrides: Any) -> dict[str, Any]:
        return {"api_key": API_KEY, "base_url": self.base_url, **overrides}

    def __call__(self, fn: Callable[[Any], Any], **client_kwargs: Any) -> Any:
        kwargs = self.client_kwargs(**client_kwargs)
        if self.kind == "sync":
            with RealtimeSessions(**kwargs) as client:
                return fn(client)

        async def main() -> Any:
            async with AsyncRealtimeSessions(**kwargs) as client:
                return await fn(client)

        return asyncio.run(main())

    def create(self, client_kwargs: dict[str, Any] | None = None, **params: Any) -> Any:
        return self(lambda c: c.create(**params), **(client_kwargs or {}))


# Fixtures are named by `name=` so other client test modules can import them (as `*_fixture`)
# without shadowing warnings.
@pytest.fixture(params=["sync", "async"], name="run")
def run_fixture(request: pytest.FixtureRequest, server: HTTPServer) -> Runner:
    return Runner(request.param, server.url_for("/v1"))


@pytest.fixture(autouse=True)
def _quiet_deprecation(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests other than the deprecation test should not depend on warning state.
    monkeypatch.setattr(_client, "_warned", {"POST /realtime/sessions"})


@pytest.fixture(name="fast_backoff")
def fast_backoff_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    # The backoff formula is unit-tested below; end-to-end tests need not sleep 0.5 s + 1 s.
    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.01)


def requests_seen(server: HTTPServer) -> list[Request]:
    return [request for request, _ in server.log]


def wait_for_log(server: HTTPServer, count: int, within: float = 5.0) -> list[Request]:
    # A handler that slept past the client's timeout is logged only when it finally returns.
    deadline = time.monotonic() + within
    while len(server.log) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return requests_seen(server)


# -- the happy path ------------------------------------------------------------------------------


def test_create_sends_spec_body_and_headers_and_parses_session(run: Runner, server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(
        SESSION, headers={"x-request-id": "req_ok"}
    )
    session = run.create(
        {"organization": "org_1", "project": "proj_1", "default_headers": {"X-Trace": "t1"}},
        model="gpt-realtime",
        voice="marin",
        instructions="Be brief.",
    )
    assert isinstance(session, SessionCreateResponse)
    assert session.id == "sess_001"
    assert session.expires_at == 1742188264
    assert session.client_secret.value == CLIENT_SECRET
    assert session.audio.output.voice == "marin"
    (request,) = requests_seen(server)
    assert json.loads(request.data) == {
        "model": "gpt-realtime",
        "voice": "marin",
        "instructions": "Be brief.",
    }
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["OpenAI-Organization"] == "org_1"
    assert request.headers["OpenAI-Project"] == "proj_1"
    assert request.headers["X-Trace"] == "t1"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"].startswith("realtime-sessions/")


def test_nested_params_accept_plain_dicts_and_response_models(run: Runner, server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    turn = {"type": "server_vad", "threshold": 0.5, "silence_duration_ms": 500}
    run.create(model="gpt-realtime", turn_detection=turn)
    # a value read from a response may be sent back as it is (it becomes its to_dict())
    tracing = SessionCreateResponse.from_dict({**SESSION, "tracing": {"workflow_name": "w"}})
    run.create(model="gpt-realtime", turn_detection=turn, tracing=tracing.tracing)  # type: ignore[arg-type]
    run.create(model="gpt-realtime", turn_detection=None, max_response_output_tokens="inf")
    first, second, third = (json.loads(r.data) for r in requests_seen(server))
    assert first == {"model": "gpt-realtime", "turn_detection": turn}
    assert second == {**first, "tracing": {"workflow_name": "w"}}
    assert third == {
        "model": "gpt-realtime",
        "turn_detection": None,
        "max_response_output_tokens": "inf",
    }


def test_env_vars_supply_key_and_base_url(monkeypatch: pytest.MonkeyPatch, server: HTTPServer):
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", server.url_for("/v1"))
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with RealtimeSessions() as client:
        assert client.create(model="gpt-realtime").id == "sess_001"

    async def main() -> None:
        async with AsyncRealtimeSessions() as client:
            assert (await client.create(model="gpt-realtime")).id == "sess_001"

    asyncio.run(main())
    assert [r.headers["Authorization"] for r in requests_seen(server)] == [f"Bearer {API_KEY}"] * 2


@pytest.mark.parametrize("cls", [RealtimeSessions, AsyncRealtimeSessions])
def test_missing_api_key_fails_at_construction_naming_the_variable(
    cls: type[Any], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(RealtimeSessionsError, match="OPENAI_API_KEY"):
        cls()


@pytest.mark.parametrize("cls", [RealtimeSessions, AsyncRealtimeSessions])
def test_default_timeout_is_finite_and_retries_default_to_two(cls: type[Any]):
    client = cls(api_key=API_KEY)
    timeout = client.timeout
    assert all(
        isinstance(v, float) and math.isfinite(v)
        for v in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    )
    assert client.max_retries == 2
    assert str(client.base_url) == "https://api.openai.com/v1"


# -- retries -------------------------------------------------------------------------------------


def test_429_with_retry_after_ms_is_retried_after_that_wait(run: Runner, server: HTTPServer):
    server.expect_ordered_request(PATH, method="POST").respond_with_json(
        {"error": {"message": "slow down", "type": "rate_limit"}},
        status=429,
        headers={"retry-after-ms": "800"},
    )
    server.expect_ordered_request(PATH, method="POST").respond_with_json(SESSION)
    started = time.monotonic()
    session = run.create(model="gpt-realtime", voice="marin")
    elapsed = time.monotonic() - started
    assert session.id == "sess_001"
    first, second = requests_seen(server)
    # Backoff alone would wait at most 0.5 s before the first retry: 0.8 s means the header won.
    assert 0.8 <= elapsed < 5
    assert first.data == second.data  # the same body, re-sent whole
    assert json.loads(second.data) == {"model": "gpt-realtime", "voice": "marin"}


def test_three_500s_with_max_retries_2_raise_internal_server_error(
    run: Runner, server: HTTPServer, fast_backoff: None
):
    server.expect_request(PATH, method="POST").respond_with_json(
        {"error": {"message": "boom", "type": "server_error"}},
        status=500,
        headers={"x-request-id": "req_500"},
    )
    with pytest.raises(InternalServerError) as info:
        run.create({"max_retries": 2}, model="gpt-realtime")
    assert len(requests_seen(server)) == 3
    assert info.value.status_code == 500
    assert info.value.request_id == "req_500"


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 520])
def test_retryable_statuses_are_retried(
    run: Runner, server: HTTPServer, fast_backoff: None, status: int
):
    server.expect_ordered_request(PATH, method="POST").respond_with_data("", status=status)
    server.expect_ordered_request(PATH, method="POST").respond_with_json(SESSION)
    assert run.create(model="gpt-realtime").id == "sess_001"
    assert len(requests_seen(server)) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(
    run: Runner, server: HTTPServer, fast_backoff: None, status: int
):
    server.expect_request(PATH, method="POST").respond_with_json({"error": {}}, status=status)
    with pytest.raises(APIStatusError):
        run.create(model="gpt-realtime")
    assert len(requests_seen(server)) == 1


def test_x_should_retry_true_overrides_a_400(run: Runner, server: HTTPServer, fast_backoff: None):
    server.expect_ordered_request(PATH, method="POST").respond_with_json(
        {"error": {"message": "try again"}}, status=400, headers={"x-should-retry": "true"}
    )
    server.expect_ordered_request(PATH, method="POST").respond_with_json(SESSION)
    assert run.create(model="gpt-realtime").id == "sess_001"
    assert len(requests_seen(server)) == 2


def test_x_should_retry_false_overrides_a_503(run: Runner, server: HTTPServer, fast_backoff: None):
    server.expect_request(PATH, method="POST").respond_with_json(
        {"error": {"message": "no"}}, status=503, headers={"x-should-retry": "false"}
    )
    with pytest.raises(InternalServerError):
        run.create(model="gpt-realtime")
    assert len(requests_seen(server)) == 1


def test_with_options_overrides_max_retries_for_one_call(
    run: Runner, server: HTTPServer, fast_backoff: None
):
    server.expect_request(PATH, method="POST").respond_with_data("down", status=503)

    def call(client: Any) -> Any:
        once = client.with_options(max_retries=0)
        assert client.max_retries == 5 and once.max_retries == 0  # the original is untouched
        return once.create(model="gpt-realtime")

    with pytest.raises(InternalServerError):
        run(call, max_retries=5)
    assert len(requests_seen(server)) == 1


def _sleepy(seconds: float) -> Callable[[Request], Response]:
    def handler(request: Request) -> Response:
        time.sleep(seconds)
        return Response(json.dumps(SESSION), content_type="application/json")

    return handler


def test_read_timeout_is_retried_then_raises_api_timeout_error(
    run: Runner, server: HTTPServer, fast_backoff: None
):
    # The server answers only once the client has given up: no clock is read, so a loaded
    # machine cannot fail the test, and waiting for an answer would hang until `release`.
    release = threading.Event()
    answered: list[bool] = []

    def held_until_released(request: Request) -> Response:
        release.wait(30)
        answered.append(True)
        return Response(json.dumps(SESSION), content_type="application/json")

    server.expect_request(PATH, method="POST").respond_with_handler(held_until_released)
    try:
        with pytest.raises(APITimeoutError) as info:
            run.create({"timeout": 0.25, "max_retries": 1}, model="gpt-realtime")
        assert answered == []  # gave up on time, did not wait for the answers
    finally:
        release.set()
    assert isinstance(info.value, APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(wait_for_log(server, 2)) == 2


def test_with_options_overrides_timeout_for_one_call(run: Runner, server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_handler(_sleepy(0.6))

    def call(client: Any) -> Any:
        return client.with_options(timeout=0.2, max_retries=0).create(model="gpt-realtime")

    with pytest.raises(APITimeoutError):
        run(call)
    wait_for_log(server, 1)
    server.clear_log()
    # The original client keeps its own (longer) timeout.
    assert run.create({"timeout": 5.0}, model="gpt-realtime").id == "sess_001"


def _reset_connection(request: Request) -> Response:
    # SO_LINGER 0 makes close() send a TCP RST: the client sees "connection reset".
    sock = request.environ["werkzeug.socket"]
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    # close() alone waits for werkzeug's file objects on the socket; close the descriptor now.
    sock._real_close()
    return Response("never sent")


def test_connection_reset_is_retried(run: Runner, server: HTTPServer, fast_backoff: None):
    server.expect_ordered_request(PATH, method="POST").respond_with_handler(_reset_connection)
    server.expect_ordered_request(PATH, method="POST").respond_with_json(SESSION)
    assert run.create(model="gpt-realtime").id == "sess_001"
    assert len(requests_seen(server)) == 2


def test_connection_reset_without_retries_raises_api_connection_error(
    run: Runner, server: HTTPServer
):
    server.expect_request(PATH, method="POST").respond_with_handler(_reset_connection)
    with pytest.raises(APIConnectionError) as info:
        run.create({"max_retries": 0}, model="gpt-realtime")
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ReadError)  # ECONNRESET, not a timeout
    assert "Connection reset" in str(info.value)
    assert API_KEY not in str(info.value)


def test_connection_refused_raises_api_connection_error_after_retries(
    run: Runner, fast_backoff: None
):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run.base_url = f"http://127.0.0.1:{port}/v1"
    with pytest.raises(APIConnectionError) as info:
        run.create({"max_retries": 1}, model="gpt-realtime")
    assert isinstance(info.value.__cause__, httpx.ConnectError)


# -- errors --------------------------------------------------------------------------------------


def test_401_carries_status_request_id_body_and_hides_the_key(run: Runner, server: HTTPServer):
    error = {
        "message": f"Incorrect API key provided: {API_KEY}.",
        "type": "invalid_request_error",
        "param": None,
        "code": "invalid_api_key",
    }
    server.expect_request(PATH, method="POST").respond_with_json(
        {"error": error}, status=401, headers={"x-request-id": "req_401"}
    )
    with pytest.raises(AuthenticationError) as info:
        run.create(model="gpt-realtime")
    exc = info.value
    assert exc.status_code == 401
    assert exc.request_id == "req_401"
    assert exc.code == "invalid_api_key"
    assert exc.type == "invalid_request_error"
    # The body is kept, with the key the server echoed scrubbed out of it.
    assert exc.body == {"error": {**error, "message": "Incorrect API key provided: <redacted>."}}
    assert exc.response.status_code == 401
    assert "Incorrect API key provided" in str(exc) and "req_401" in str(exc)
    assert API_KEY not in str(exc) and API_KEY not in repr(exc) and API_KEY not in exc.message
    assert len(requests_seen(server)) == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (418, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_status_codes_map_to_one_class_each(
    run: Runner, server: HTTPServer, status: int, cls: type[APIStatusError]
):
    # An HTML error page, as proxies send: the text is kept as the body.
    server.expect_request(PATH, method="POST").respond_with_data(
        "<html>oops</html>", status=status, content_type="text/html"
    )
    with pytest.raises(APIStatusError) as info:
        run.create({"max_retries": 0}, model="gpt-realtime")
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.body == "<html>oops</html>"
    assert isinstance(info.value, APIError) and isinstance(info.value, RealtimeSessionsError)


def test_error_classes_are_exported_and_form_one_hierarchy():
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APIResponseValidationError, APIError)
    assert issubclass(InternalServerError, APIStatusError)
    assert issubclass(APIStatusError, APIError)
    assert issubclass(APIError, RealtimeSessionsError)
    assert issubclass(ModelTypeError, TypeError) and issubclass(ModelTypeError, ValueError)
    for name in realtime_sessions._exceptions.__all__:
        assert getattr(realtime_sessions, name) is getattr(realtime_sessions._exceptions, name)


def test_200_with_html_raises_response_validation_error(run: Runner, server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_data(
        "<html><body>Cloudflare</body></html>", status=200, content_type="text/html"
    )
    with pytest.raises(APIResponseValidationError) as info:
        run.create(model="gpt-realtime")
    assert info.value.status_code == 200
    assert "text/html" in str(info.value)
    assert len(requests_seen(server)) == 1  # a 200 is not retried, even when unreadable


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ([SESSION], ""),
        ("null", ""),
        (session_with(expires_at="tomorrow"), "expires_at"),
        (session_with(client_secret={"value": 42, "expires_at": 1}), "client_secret.value"),
        (session_with(audio={"output": {"speed": "fast"}}), "audio.output.speed"),
    ],
)
def test_200_with_a_body_that_does_not_fit_raises_response_validation_error(
    run: Runner, server: HTTPServer, body: Any, path: str
):
    text = body if isinstance(body, str) else json.dumps(body)
    server.expect_request(PATH, method="POST").respond_with_data(
        text, content_type="application/json"
    )
    with pytest.raises(APIResponseValidationError) as info:
        run.create(model="gpt-realtime")
    assert info.value.path == path
    if path:
        assert path in str(info.value)
        assert isinstance(info.value.__cause__, ModelValidationError)


def test_200_with_unknown_field_and_unknown_voice_keeps_both(run: Runner, server: HTTPServer):
    body = session_with(brand_new_field={"nested": [1, 2]})
    body["audio"]["output"]["voice"] = "nova-2099"
    server.expect_request(PATH, method="POST").respond_with_json(body)
    session = run.create(model="gpt-realtime")
    assert session.audio.output.voice == "nova-2099"
    dumped = session.to_dict()
    assert dumped["brand_new_field"] == {"nested": [1, 2]}
    assert dumped["audio"]["output"]["voice"] == "nova-2099"


def test_200_with_documented_nulls_parses(run: Runner, server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(session_with(turn_detection=None))
    session = run.create(model="gpt-realtime")
    assert session.turn_detection is None
    assert session.audio.input.noise_reduction is None


# -- validation before sending -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "error", "field"),
    [
        ({"max_response_output_tokens": 5000}, ValueError, "max_response_output_tokens"),
        ({"max_response_output_tokens": 0}, ValueError, "max_response_output_tokens"),
        ({"max_response_output_tokens": "lots"}, ValueError, "max_response_output_tokens"),
        ({"speed": 3.0}, ValueError, "speed"),
        ({"speed": 0.1}, ValueError, "speed"),
        ({"instructions": 42}, TypeError, "instructions"),
        ({"modalities": "audio"}, TypeError, "modalities"),
        ({"turn_detection": {"threshold": "high"}}, TypeError, "turn_detection.threshold"),
    ],
)
def test_invalid_arguments_raise_before_any_request(
    run: Runner, server: HTTPServer, params: dict[str, Any], error: type[Exception], field: str
):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(error) as info:
        run.create(model="gpt-realtime", **params)
    assert isinstance(info.value, ModelValidationError)
    assert info.value.path == field
    assert field in str(info.value)
    assert requests_seen(server) == []


def test_an_unknown_keyword_is_refused_by_the_signature(run: Runner, server: HTTPServer):
    # create() has explicit keyword-only parameters: Python refuses the typo (and mypy, statically)
    with pytest.raises(TypeError, match="unexpected keyword argument 'voise'"):
        run.create(model="gpt-realtime", voise="marin")
    assert requests_seen(server) == []


@pytest.mark.parametrize("tokens", [1, 4096, "inf"])
def test_boundary_values_are_accepted(run: Runner, server: HTTPServer, tokens: int | str):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    run.create(model="gpt-realtime", max_response_output_tokens=tokens, speed=0.25)
    run.create(model="gpt-realtime", speed=1.5)
    assert len(requests_seen(server)) == 2


# -- deprecation ---------------------------------------------------------------------------------


def test_create_warns_once_naming_the_successor(
    run: Runner, server: HTTPServer, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(_client, "_warned", set())
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run.create(model="gpt-realtime")
        run.create(model="gpt-realtime")
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1
    assert "POST /realtime/client_secrets" in str(deprecations[0].message)
    assert deprecations[0].filename == __file__  # points at the caller, not at the library
    assert "client_secrets" in (RealtimeSessions.create.__doc__ or "")
    assert "client_secrets" in (AsyncRealtimeSessions.create.__doc__ or "")


# -- secrets -------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [RealtimeSessions, AsyncRealtimeSessions])
def test_repr_of_client_hides_the_api_key(cls: type[Any]):
    client = cls(api_key=API_KEY, organization="org_1")
    assert API_KEY not in repr(client) and API_KEY not in str(client)
    assert "org_1" in repr(client)
    assert API_KEY not in repr(client.with_options(max_retries=0))


def test_repr_of_session_masks_the_ephemeral_key(run: Runner, server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    session = run.create(model="gpt-realtime")
    assert CLIENT_SECRET not in repr(session)
    assert CLIENT_SECRET not in repr(session.client_secret)
    assert session.client_secret.value == CLIENT_SECRET


@pytest.mark.parametrize("cls", [RealtimeSessions, AsyncRealtimeSessions])
def test_a_key_that_cannot_be_a_header_is_refused_without_echoing_it(cls: type[Any]):
    with pytest.raises(RealtimeSessionsError) as info:
        cls(api_key="sk-bad\nX-Injected: 1")
    assert "sk-bad" not in str(info.value)


# -- raw responses -------------------------------------------------------------------------------


def test_with_raw_response_gives_status_headers_request_id_and_parse(
    run: Runner, server: HTTPServer, fast_backoff: None
):
    server.expect_ordered_request(PATH, method="POST").respond_with_data("", status=502)
    server.expect_ordered_request(PATH, method="POST").respond_with_json(
        SESSION, headers={"x-request-id": "req_raw", "openai-processing-ms": "12"}
    )
    raw = run(lambda c: c.with_raw_response.create(model="gpt-realtime"))
    assert raw.status_code == 200
    assert raw.request_id == "req_raw"
    assert raw.headers["openai-processing-ms"] == "12"
    assert raw.retries_taken == 1
    session = raw.parse()
    assert isinstance(session, SessionCreateResponse) and session.id == "sess_001"
    assert raw.parse() is session


def test_with_raw_response_still_raises_status_errors(run: Runner, server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json({"error": {}}, status=404)
    with pytest.raises(NotFoundError):
        run(lambda c: c.with_raw_response.create(model="gpt-realtime"))


def test_with_raw_response_parse_reports_a_bad_body(run: Runner, server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_data("<html/>", status=200)
    raw = run(lambda c: c.with_raw_response.create(model="gpt-realtime"))
    assert raw.status_code == 200
    with pytest.raises(APIResponseValidationError):
        raw.parse()


# -- http_client, close ---------------------------------------------------------------------------


def test_callers_http_client_is_used_and_not_closed(server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    seen: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda r: seen.append(str(r.url))]})
    with RealtimeSessions(api_key=API_KEY, base_url=server.url_for("/v1"), http_client=http) as c:
        c.create(model="gpt-realtime")
    assert seen == [server.url_for(PATH)]
    assert not http.is_closed
    http.close()


def test_async_callers_http_client_is_used_and_not_closed(server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(str(request.url))

    async def main() -> bool:
        http = httpx.AsyncClient(event_hooks={"request": [hook]})
        async with AsyncRealtimeSessions(
            api_key=API_KEY, base_url=server.url_for("/v1"), http_client=http
        ) as c:
            await c.create(model="gpt-realtime")
        closed = http.is_closed
        await http.aclose()
        return closed

    assert asyncio.run(main()) is False
    assert seen == [server.url_for(PATH)]


def test_wrong_kind_of_http_client_is_refused():
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        RealtimeSessions(api_key=API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncRealtimeSessions(api_key=API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_context_manager_closes_own_pool_and_with_options_copy_does_not():
    with RealtimeSessions(api_key=API_KEY) as client:
        client.with_options(timeout=1).close()
        assert not client._http.is_closed
    assert client._http.is_closed

    async def main() -> bool:
        async with AsyncRealtimeSessions(api_key=API_KEY) as aclient:
            await aclient.with_options(max_retries=1).close()
            assert not aclient._http.is_closed
        return aclient._http.is_closed

    assert asyncio.run(main())


# -- retry timing, unit-level ---------------------------------------------------------------------


def _headers(**values: str) -> httpx.Headers:
    return httpx.Headers({k.replace("_", "-"): v for k, v in values.items()})


def test_backoff_doubles_from_half_a_second_to_eight_with_up_to_25_percent_jitter():
    for retries_taken, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        delays = [_base_client._retry_delay(retries_taken) for _ in range(200)]
        assert all(ceiling * 0.75 <= d <= ceiling for d in delays)
        assert max(delays) - min(delays) > 0  # jittered, not constant


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry_after_ms": "1500"}, 1.5),
        ({"retry_after": "3"}, 3.0),
        ({"retry_after": "2.5"}, 2.5),
        ({"retry_after_ms": "250", "retry_after": "9"}, 0.25),  # the precise one wins
    ],
)
def test_server_requested_wait_is_honoured(headers: dict[str, str], expected: float):
    assert _base_client._retry_delay(3, _headers(**headers)) == pytest.approx(expected)


def test_retry_after_http_date_is_honoured():
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8 <= _base_client._retry_delay(0, _headers(retry_after=when)) <= 10.5


@pytest.mark.parametrize(
    "headers",
    [
        {"retry_after": "3600"},  # beyond the sane cap: back off normally instead
        {"retry_after_ms": "-5"},
        {"retry_after": "0"},
        {"retry_after": "soon"},
        {"retry_after": "nan"},
        {"retry_after": "Wed, 21 Oct 2015 07:28:00 GMT"},  # in the past
    ],
)
def test_unusable_retry_after_falls_back_to_backoff(headers: dict[str, str]):
    assert 0.375 <= _base_client._retry_delay(0, _headers(**headers)) <= 0.5


@pytest.mark.parametrize(
    ("status", "header", "expected"),
    [
        (408, None, True),
        (409, None, True),
        (429, None, True),
        (500, None, True),
        (599, None, True),
        (400, None, False),
        (404, None, False),
        (400, "true", True),
        (503, "false", False),
        (503, "maybe", True),
    ],
)
def test_should_retry(status: int, header: str | None, expected: bool):
    headers = {"x-should-retry": header} if header else {}
    response = httpx.Response(status, headers=headers)
    assert _base_client._should_retry(response) is expected
