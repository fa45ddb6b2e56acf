"""The mock's HTTP layer on each stack uvicorn can run it with: httptools on uvloop (the default
where they are installed) and h11 on asyncio (the fallback). Both keep the same hardening and
every fault mode, and send each response in one write."""

from __future__ import annotations

import importlib.util
import json
import re
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from uvicorn.protocols.http.h11_impl import H11Protocol

from spectools.mock import FAULT_MODES, Limits, MockServer
from spectools.mock.faults import UNKNOWN_FIELD, UNKNOWN_VOICE
from spectools.mock.protocol import MAX_HEAD_BYTES, MockProtocol
from tests.test_mock_limits import (
    PATIENCE,
    _connect,
    _head,
    _read_until_closed,
    _status_and_json,
)
from tests.test_mock_server import AUTH

REQUEST_TIMEOUT = 0.5  # seconds; the waits below allow 20 times as much
STACKS = [("httptools", "uvloop"), ("h11", "asyncio")]


@pytest.fixture(scope="module", params=STACKS, ids=["httptools-uvloop", "h11-asyncio"])
def stack(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    parser, loop = request.param
    for module in (parser, loop):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed here")
    limits = Limits(request_timeout=REQUEST_TIMEOUT, max_body_bytes=64 * 1024)
    with MockServer(limits=limits, http=parser, loop=loop) as server:
        yield server


@pytest.fixture
def mock(stack: MockServer) -> Iterator[MockServer]:
    stack.reset()
    yield stack
    stack.reset()


def _request(server: MockServer, body: bytes = b"{}", *extra: str) -> bytes:
    return _head(server, f"Content-Length: {len(body)}", *extra) + body


def _responses(raw: bytes) -> list[tuple[int, bytes]]:
    """(status, body) of each response in `raw`, which holds whole responses only."""
    out = []
    while raw:
        head, _, rest = raw.partition(b"\r\n\r\n")
        length = int(re.search(rb"content-length: (\d+)", head, re.IGNORECASE).group(1))  # type: ignore[union-attr]
        out.append((int(head.split()[1]), rest[:length]))
        raw = rest[length:]
    return out


def test_the_stack_is_the_one_asked_for(mock: MockServer, request: pytest.FixtureRequest) -> None:
    parser, loop = request.node.callspec.params["stack"]
    base = MockProtocol if parser == "httptools" else H11Protocol  # ours on httptools
    assert issubclass(mock.protocol, base) and mock.loop == loop


def test_each_response_arrives_in_one_piece(mock: MockServer) -> None:
    # Head and body in one write: the first recv holds the whole response (with two writes it
    # returns the head alone, as the client is woken by the first segment).
    with _connect(mock) as conn:
        for _ in range(3):  # keep-alive: every response of the connection
            conn.sendall(_request(mock))
            ((status, body),) = _responses(conn.recv(65536))
            assert status == 200 and json.loads(body)["object"] == "realtime.session"


def test_pipelined_requests_are_answered_in_order(mock: MockServer) -> None:
    first, second = (_request(mock, json.dumps({"instructions": n}).encode()) for n in "12")
    with _connect(mock) as conn:
        conn.sendall(first + second + _request(mock, b"{}", "Connection: close"))
        answers = _responses(_read_until_closed(conn))
    assert [status for status, _ in answers] == [200, 200, 200]
    assert [json.loads(body)["instructions"] for _, body in answers[:2]] == ["1", "2"]


def test_garbage_after_a_request_is_refused_after_its_answer(mock: MockServer) -> None:
    with _connect(mock) as conn:
        conn.sendall(_request(mock) + b"NOT HTTP\r\n\r\n")
        raw = _read_until_closed(conn)
    assert raw.startswith(b"HTTP/1.1 200 ")
    assert b"HTTP/1.1 400 " in raw  # then the connection closes
    assert [r.body for r in mock.requests] == [b"{}"]


def test_no_response_names_the_server(mock: MockServer) -> None:
    # The real API sends no `server: uvicorn`: not on a 200, an app error, nor uvicorn's own 400.
    requests = [
        _request(mock),
        _request(mock).replace(b"/realtime/", b"/nowhere/"),
        b"NOT HTTP\r\n\r\n",
    ]
    heads = []
    with _connect(mock) as conn:
        for request in requests:  # one at a time: each answer is read before the next is sent
            conn.sendall(request)
            heads.append(conn.recv(65536).partition(b"\r\n\r\n")[0].split(b"\r\n"))
    assert [int(head[0].split()[1]) for head in heads] == [200, 404, 400]
    for head in heads:
        assert b"server" not in [line.partition(b":")[0].lower() for line in head[1:]]
    assert all(any(line.lower().startswith(b"date:") for line in head) for head in heads[:2])


@pytest.mark.parametrize("where", ["header", "url"])
def test_a_head_still_incomplete_past_the_limit_is_refused_and_the_connection_closes(
    mock: MockServer, where: str, caplog: pytest.LogCaptureFixture
) -> None:
    line = b"X-Filler: " + b"x" * 1000 + b"\r\n"
    start = b"POST /v1/realtime/sessions HTTP/1.1\r\nHost: x\r\n"
    if where == "url":
        start = b"POST /v1/realtime/sessions?" + b"q" * 1000
        line = b"q" * 1000
    with _connect(mock) as conn:
        conn.sendall(start)
        try:  # piece by piece, as a client that never ends its head; the mock cuts it off
            for _ in range(2 * MAX_HEAD_BYTES // len(line)):
                conn.sendall(line)
        except OSError:
            pass  # refused and closed before all was sent
        try:
            raw = _read_until_closed(conn)
        except ConnectionResetError:  # closed with our bytes unread: the 400 may be lost
            raw = b""
    assert raw == b"" or raw.startswith(b"HTTP/1.1 400 ")
    # Refused for its size, not closed later by the head deadline (which logs nothing).
    assert "Invalid HTTP request received." in caplog.text
    assert mock.requests == []


def test_a_head_under_the_limit_is_served(mock: MockServer) -> None:
    response = httpx.post(
        mock.url, json={}, headers={**AUTH, "X-Big": "x" * (MAX_HEAD_BYTES - 1024)}
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    "sent",
    [b"", b"POST /v1/realtime/sessions HTTP/1.1\r\nHost: x\r\n", b"P"],
    ids=["nothing", "half-a-head", "one-byte"],
)
def test_a_stalled_head_closes_the_connection(mock: MockServer, sent: bytes) -> None:
    with _connect(mock) as conn:
        conn.sendall(sent)
        assert _read_until_closed(conn) == b""


def test_a_stalled_next_head_closes_the_connection(mock: MockServer) -> None:
    with _connect(mock) as conn:
        conn.sendall(_request(mock) + b"POST /v1/realtime/sessions HTTP/1.1\r\n")
        raw = _read_until_closed(conn)  # the answer, then the close
    assert [status for status, _ in _responses(raw)] == [200]


def test_a_slow_request_answered_late_still_gets_a_deadline_for_the_next_head(
    mock: MockServer,
) -> None:
    # The head timer must not fire while a request is answered (delay > the head deadline)...
    with _connect(mock) as conn:
        delay = f"X-Mock-Fault: delay={REQUEST_TIMEOUT * 2}"
        conn.sendall(_request(mock, b"{}", delay))
        raw = conn.recv(65536)
        assert raw.startswith(b"HTTP/1.1 200 ")
        # ...and is armed again once it is: a connection left silent is closed.
        _read_until_closed(conn)


def test_a_stalled_body_gets_a_408(mock: MockServer) -> None:
    with _connect(mock) as conn:
        conn.sendall(_head(mock, "Content-Length: 100") + b'{"model": ')
        status, body = _status_and_json(_read_until_closed(conn))
    assert status == 408 and body["error"]["type"] == "invalid_request_error"


def test_a_declared_huge_body_is_a_413(mock: MockServer) -> None:
    with _connect(mock) as conn:
        conn.sendall(_head(mock, f"Content-Length: {1 << 30}") + b'{"model": ')
        status, body = _status_and_json(_read_until_closed(conn))
    assert status == 413 and body["error"]["code"] == "request_too_large"


def test_tcp_nodelay_is_seen_on_the_connection(mock: MockServer) -> None:
    httpx.post(mock.url, json={}, headers=AUTH)
    assert mock.requests[-1].tcp_nodelay is True


# --- every fault mode, on each stack ---------------------------------------------------------


def _status(expected: int) -> Callable[[httpx.Client, str], None]:
    def check(client: httpx.Client, fault: str) -> None:
        assert _post(client, fault).status_code == expected

    return check


def _post(client: httpx.Client, fault: str) -> httpx.Response:
    return client.post(
        "/realtime/sessions", json={"voice": "marin"}, headers={"X-Mock-Fault": fault}
    )


def _raises(error: type[Exception], match: str) -> Callable[[httpx.Client, str], None]:
    def check(client: httpx.Client, fault: str) -> None:
        with pytest.raises(error, match=match):
            _post(client, fault)
        assert client.post("/realtime/sessions", json={}).status_code == 200  # still serving

    return check


def _malformed(client: httpx.Client, fault: str) -> None:
    response = _post(client, fault)
    assert response.status_code == 200 and response.text.startswith('{"id": "sess_')
    with pytest.raises(ValueError):
        response.json()


def _html(client: httpx.Client, fault: str) -> None:
    response = _post(client, fault)
    assert response.status_code == 502 and "502 Bad Gateway" in response.text


def _session_where(
    check: Callable[[dict[str, object]], bool],
) -> Callable[[httpx.Client, str], None]:
    def run(client: httpx.Client, fault: str) -> None:
        response = _post(client, fault)
        assert response.status_code == 200 and check(response.json())

    return run


# mode -> (fault text, what the client sees); every mode of FAULT_MODES is here (test below).
FAULT_CHECKS: dict[str, tuple[str, Callable[[httpx.Client, str], None]]] = {
    "429": ("429=250", _status(429)),
    "500": ("500", _status(500)),
    "503": ("503", _status(503)),
    "520": ("520", _status(520)),
    "delay": ("delay=0.05", _status(200)),
    "reset": ("reset", _raises(httpx.ReadError, "reset")),
    "malformed-json": ("malformed-json", _malformed),
    "html-502": ("html-502", _html),
    "truncated": ("truncated", _raises(httpx.RemoteProtocolError, "complete message body")),
    "unknown-field": ("unknown-field", _session_where(lambda s: UNKNOWN_FIELD in s)),
    "unknown-enum": (
        "unknown-enum",
        _session_where(lambda s: s["audio"]["output"]["voice"] == UNKNOWN_VOICE),  # type: ignore[index]
    ),
    "set": ("set=model=5", _session_where(lambda s: s["model"] == 5)),
}


def test_every_fault_mode_is_checked_on_each_stack() -> None:
    assert set(FAULT_CHECKS) == set(FAULT_MODES)


@pytest.mark.parametrize("mode", list(FAULT_CHECKS))
def test_fault_mode_on_this_stack(mock: MockServer, mode: str) -> None:
    fault, check = FAULT_CHECKS[mode]
    with httpx.Client(base_url=mock.base_url, headers=AUTH, timeout=PATIENCE) as client:
        check(client, fault)
    assert mock.requests[0].fault == fault


def test_a_forwarded_for_header_does_not_hide_the_connection(mock: MockServer) -> None:
    # The faults that act on the socket find it by the peer address; a client's own
    # X-Forwarded-For must not replace that address (no proxy stands in front of the mock).
    headers = {**AUTH, "X-Forwarded-For": "203.0.113.9", "X-Mock-Fault": "reset"}
    with pytest.raises(httpx.ReadError, match="reset"):
        httpx.post(mock.url, json={}, headers=headers)
    assert mock.requests[-1].tcp_nodelay is True


@pytest.mark.parametrize("parser, loop", STACKS, ids=["httptools-uvloop", "h11-asyncio"])
def test_an_idle_connection_outlives_the_client_pools_expiry(parser: str, loop: str) -> None:
    # httpx reuses a kept-alive connection for up to `keepalive_expiry` (5 s) of idleness: a
    # mock closing it at that moment (uvicorn's own keep-alive timer, also 5 s) races the reuse
    # and the client gets "Server disconnected". The mock closes idle connections only once the
    # next head is late (`Limits.request_timeout`), on both stacks.
    for module in (parser, loop):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed here")
    client_expiry = httpx.Limits().keepalive_expiry
    assert client_expiry is not None and Limits().request_timeout > client_expiry
    limits = Limits(request_timeout=client_expiry + 2)
    with MockServer(limits=limits, http=parser, loop=loop) as server, _connect(server) as conn:
        statuses = []
        for idle in (0.0, client_expiry + 0.5):  # then idle as long as a pool would reuse it
            time.sleep(idle)
            conn.sendall(_request(server))
            ((status, _),) = _responses(conn.recv(65536))
            statuses.append(status)
    assert statuses == [200, 200]
