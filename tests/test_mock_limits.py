"""The mock under hostile input, over real sockets: nesting, body size, slow clients, memory,
and validation work that must not stall other requests."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from spectools.mock import MockServer
from spectools.mock.app import Limits
from spectools.mock.spec import closed_spec
from spectools.mock.validation import MAX_DEPTH
from tests.test_mock_server import (
    AUTH,
    RESOLVED,
    RESPONSE_SCHEMA,
    SESSIONS,
    TOKEN,
    assert_openai_error,
)

SMALL_BODY_LIMIT = 64 * 1024
REQUEST_TIMEOUT = 0.5  # seconds; the waits below allow 20 times as much
PATIENCE = 10.0  # how long a test waits for an answer that must come (generous: no timing test)


@pytest.fixture(scope="module")
def limited() -> Iterator[MockServer]:
    """A mock with small limits, so each can be crossed cheaply."""
    limits = Limits(
        max_body_bytes=SMALL_BODY_LIMIT,
        request_timeout=REQUEST_TIMEOUT,
        max_logged_requests=3,
        max_logged_body_bytes=SMALL_BODY_LIMIT + 1024,
    )
    with MockServer(limits=limits) as server:
        yield server


@pytest.fixture
def limited_mock(limited: MockServer) -> Iterator[MockServer]:
    limited.reset()
    yield limited
    limited.reset()


def _head(server: MockServer, *extra: str) -> bytes:
    lines = [
        f"POST {server.operation.route} HTTP/1.1",
        f"Host: 127.0.0.1:{server.port}",
        f"Authorization: Bearer {TOKEN}",
        "Content-Type: application/json",
        *extra,
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _connect(server: MockServer) -> socket.socket:
    return socket.create_connection((server.host, server.port), timeout=PATIENCE)


def _read_until_closed(conn: socket.socket) -> bytes:
    """Everything the server sends until it closes; socket.timeout if it never does."""
    received = b""
    while chunk := conn.recv(65536):
        received += chunk
    return received


def _status_and_json(raw: bytes) -> tuple[int, dict[str, Any]]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"a": value}
    return value


# --- item 12: nesting -----------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_body_too_deep_to_parse_is_a_400_in_openai_shape(
    mock_server: MockServer, opening: str
) -> None:
    closing = "]" if opening == "[" else "}"
    body = opening * 100_000 + "1" + closing * 100_000
    assert_openai_error(_post_raw(mock_server, body), 400, None)
    assert httpx.post(mock_server.url, json={}, headers=AUTH).status_code == 200  # still serving


def _post_raw(server: MockServer, content: str | bytes) -> httpx.Response:
    headers = {**AUTH, "Content-Type": "application/json"}
    return httpx.post(server.url, content=content, headers=headers, timeout=PATIENCE)


def test_valid_body_nested_too_deep_in_tracing_metadata_is_a_400_naming_the_field(
    mock_server: MockServer,
) -> None:
    # The body, tracing and metadata are three levels; the innermost object is one too many.
    body = {"model": "gpt-realtime", "tracing": {"metadata": _nested(MAX_DEPTH - 1)}}
    response = httpx.post(mock_server.url, json=body, headers=AUTH)
    error = assert_openai_error(response, 400, "tracing.metadata" + ".a" * (MAX_DEPTH - 2))
    assert f"deeper than {MAX_DEPTH} levels" in error["message"]
    assert len(error["message"]) < 300


@pytest.mark.parametrize(
    ("depth", "param"),
    [(900, "tracing.metadata" + ".a" * (MAX_DEPTH - 2)), (100_000, None)],
    ids=["parses", "too-deep-to-parse"],
)
def test_nesting_deeper_than_python_recursion_is_a_400(
    mock_server: MockServer, depth: int, param: str | None
) -> None:
    content = '{"tracing": {"metadata": ' + '{"a": ' * depth + "1" + "}" * depth + "}}"
    assert_openai_error(_post_raw(mock_server, content), 400, param)


def test_body_at_the_depth_limit_is_answered_and_reflected(mock_server: MockServer) -> None:
    metadata = _nested(MAX_DEPTH - 2)
    response = httpx.post(mock_server.url, json={"tracing": {"metadata": metadata}}, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["tracing"]["metadata"] == metadata


# --- item 13: bounded memory, body size limit ----------------------------------------------


def test_request_log_keeps_only_the_most_recent_requests(limited_mock: MockServer) -> None:
    ids = [
        httpx.post(limited_mock.url, json={"instructions": str(n)}, headers=AUTH).headers[
            "x-request-id"
        ]
        for n in range(5)
    ]
    assert [r.request_id for r in limited_mock.requests] == ids[-3:]
    assert [r.json()["instructions"] for r in limited_mock.requests] == ["2", "3", "4"]


def test_request_log_is_bounded_in_body_bytes_too(limited_mock: MockServer) -> None:
    big = "x" * (SMALL_BODY_LIMIT * 2 // 3)  # two of them are over the byte budget
    for _ in range(2):
        httpx.post(limited_mock.url, json={"instructions": big}, headers=AUTH)
    httpx.post(limited_mock.url, json={}, headers=AUTH)
    kept = limited_mock.requests
    assert sum(len(r.body) for r in kept) <= SMALL_BODY_LIMIT + 1024
    assert len(kept) == 2 and kept[-1].body == b"{}"


def test_body_over_the_limit_is_413_in_openai_shape(limited_mock: MockServer) -> None:
    body = {"instructions": "x" * SMALL_BODY_LIMIT}
    response = httpx.post(limited_mock.url, json=body, headers=AUTH)
    error = assert_openai_error(response, 413)
    assert error["code"] == "request_too_large" and str(SMALL_BODY_LIMIT) in error["message"]
    assert response.headers["x-request-id"].startswith("req_")
    (record,) = limited_mock.requests
    assert (record.status, record.body) == (413, b"")  # refused bytes are not kept
    at_limit = b'{"instructions": "' + b"x" * (SMALL_BODY_LIMIT - 20) + b'"}'
    assert len(at_limit) <= SMALL_BODY_LIMIT
    assert _post_raw(limited_mock, at_limit).status_code == 200


def test_declared_huge_body_is_refused_before_it_is_sent(limited_mock: MockServer) -> None:
    with _connect(limited_mock) as conn:
        conn.sendall(_head(limited_mock, f"Content-Length: {1 << 30}") + b'{"model": ')
        status, body = _status_and_json(_read_until_closed(conn))  # 1 GB never sent
    assert status == 413
    assert body["error"]["code"] == "request_too_large"


def test_chunked_body_is_counted_as_it_streams(limited_mock: MockServer) -> None:
    chunk = b"x" * 4096
    with _connect(limited_mock) as conn:
        conn.sendall(_head(limited_mock, "Transfer-Encoding: chunked"))
        for _ in range(SMALL_BODY_LIMIT // len(chunk) + 1):  # no terminating chunk
            conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        status, body = _status_and_json(_read_until_closed(conn))
    assert status == 413
    assert body["error"]["type"] == "invalid_request_error"


def test_content_length_smaller_than_the_body_does_not_bypass_the_limit(
    limited_mock: MockServer,
) -> None:
    with _connect(limited_mock) as conn:
        conn.sendall(_head(limited_mock, "Content-Length: 2") + b"{}" + b"x" * SMALL_BODY_LIMIT)
        raw = _read_until_closed(conn)
    assert raw.startswith(b"HTTP/1.1 200 ")  # the declared body; the rest is not a request
    assert [r.body for r in limited_mock.requests] == [b"{}"]


# --- item 18: slow clients ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sent",
    [b"", b"POST /v1/realtime/sessions HTTP/1.1\r\nHost: x\r\n", b"P"],
    ids=["nothing", "half-a-head", "one-byte"],
)
def test_connection_stalled_before_its_head_is_complete_is_closed(
    limited_mock: MockServer, sent: bytes
) -> None:
    with _connect(limited_mock) as conn:
        conn.sendall(sent)
        assert _read_until_closed(conn) == b""


def test_stalled_next_head_on_a_kept_alive_connection_is_closed(limited_mock: MockServer) -> None:
    with _connect(limited_mock) as conn:
        conn.sendall(_head(limited_mock, "Content-Length: 2") + b"{}")
        first = conn.recv(65536)
        assert first.startswith(b"HTTP/1.1 200 ")
        conn.sendall(b"POST /v1/realtime/sessions HTTP/1.1\r\n")  # and nothing more
        _read_until_closed(conn)  # the rest of the first answer, then the close


def test_stalled_body_gets_a_408_and_the_connection_closes(limited_mock: MockServer) -> None:
    with _connect(limited_mock) as conn:
        conn.sendall(_head(limited_mock, "Content-Length: 100") + b'{"model": ')
        status, body = _status_and_json(_read_until_closed(conn))
    assert status == 408
    assert body["error"]["type"] == "invalid_request_error"


# --- item 14: validation work is bounded ----------------------------------------------------


def _hostile_body(entries: int) -> bytes:
    """A prompt whose variables map holds `entries` bad values (an array is none of the forms)."""
    variables = {f"v{n:05d}": [] for n in range(entries)}
    return json.dumps({"prompt": {"id": "pmpt_1", "variables": variables}}).encode()


def test_a_hostile_body_does_not_stall_other_requests(mock_server: MockServer) -> None:
    hostile = _hostile_body(32_000 * 3)  # ~1 MB: took 26 s of event loop before the fix
    answers: dict[str, httpx.Response] = {}

    def send_hostile() -> None:
        answers["hostile"] = httpx.post(
            mock_server.url,
            content=hostile,
            headers={**AUTH, "Content-Type": "application/json"},
            timeout=120,
        )

    thread = threading.Thread(target=send_hostile)
    thread.start()
    try:
        # Wait until the mock holds the whole hostile body (recorded just before validation)...
        with httpx.Client(headers=AUTH, timeout=PATIENCE) as client:
            while not any(len(r.body) == len(hostile) for r in mock_server.requests):
                thread.join(timeout=0.01)
                assert thread.is_alive() or "hostile" in answers
            # ...then a valid request must be answered while the other may still be validated.
            assert client.post(mock_server.url, json={"voice": "marin"}).status_code == 200
    finally:
        thread.join(timeout=120)
    assert_openai_error(answers["hostile"], 400, "prompt.variables.v00000")


def test_refused_body_work_does_not_grow_with_its_error_count(mock_server: MockServer) -> None:
    # Same body, 100 or 100k bad entries: only the first is looked at to name `param`.
    for entries in (100, 100_000):
        response = _post_raw(mock_server, _hostile_body(entries))
        error = assert_openai_error(response, 400, "prompt.variables.v00000")
        assert len(error["message"]) < 300


# --- any JSON body ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_client(shared_mock_server: MockServer) -> Iterator[httpx.Client]:
    """One connection for every example (the examples add no fault and read no log)."""
    with httpx.Client(base_url=shared_mock_server.base_url, headers=AUTH, timeout=PATIENCE) as c:
        yield c


_CLOSED = closed_spec(RESOLVED)
# An oracle independent of the mock's validator: Python jsonschema on the same closed schema.
REQUEST_SCHEMA = Draft202012Validator(
    {
        **_CLOSED["components"]["schemas"]["RealtimeSessionCreateRequest"],
        "components": _CLOSED["components"],
    }
)
_FIELDS = list(RESOLVED["components"]["schemas"]["RealtimeSessionCreateRequest"]["properties"])
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(body=st.dictionaries(st.sampled_from(_FIELDS) | st.text(max_size=6), _JSON, max_size=4))
@example(body={".": None})  # an unknown key with a dot: `param` is the key itself
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_json_body_gets_a_session_or_an_openai_400_naming_a_field_it_has(
    shared_client: httpx.Client, body: dict[str, Any]
) -> None:
    response = shared_client.post(SESSIONS, json=body)
    if REQUEST_SCHEMA.is_valid(body):
        assert response.status_code == 200, response.text
        assert list(RESPONSE_SCHEMA.iter_errors(response.json())) == []
    else:
        param = assert_openai_error(response, 400, response.json()["error"]["param"])["param"]
        # A path into the body: one of its keys (which may hold dots, as {".": null} does), or
        # a key followed by a path into its value.
        assert param is not None
        assert any(param == key or param.startswith(f"{key}.") for key in body), param
