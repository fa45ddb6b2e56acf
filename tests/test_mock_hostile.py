"""Hostile clients against the mock's HTTP layer, over real sockets, on each stack: trickled
heads and bodies, long pipelines, clients that leave or half-close, bytes that are not HTTP.
Each stack must answer what can be answered, in order, and refuse the rest with a 400 + close."""

from __future__ import annotations

import json
import re
import socket
import time

import pytest

from spectools.mock import Fault, MockServer
from spectools.mock.app import MockApp, MockState
from spectools.mock.spec import MockOperation
from spectools.overlays import resolved_spec
from spectools.project import operations
from tests.test_mock_limits import PATIENCE, _connect, _head, _read_until_closed
from tests.test_mock_protocols import REQUEST_TIMEOUT, _request, _responses, mock, stack

__all__ = ["mock", "stack"]  # the fixtures, per stack


def _statuses(raw: bytes) -> list[int]:
    """The status of each response in `raw`, however its body is delimited (h11's own 400s are
    chunked or end with the close); no body the mock sends holds a status line."""
    return [int(status) for status in re.findall(rb"HTTP/1\.1 (\d{3}) ", raw)]


def _instructions(n: object) -> bytes:
    return json.dumps({"instructions": str(n)}).encode()


def test_a_trickled_head_is_cut_off_by_its_deadline_not_renewed_per_byte(mock: MockServer) -> None:
    # Slowloris: a byte every tenth of a second keeps the connection busy but never ends the head.
    head = _request(mock)
    sent = 0
    with _connect(mock) as conn:
        deadline = time.monotonic() + PATIENCE
        try:
            while sent < len(head) - 1 and time.monotonic() < deadline:
                conn.sendall(head[sent : sent + 1])
                sent += 1
                time.sleep(REQUEST_TIMEOUT / 5)
            raw = _read_until_closed(conn)
        except (BrokenPipeError, ConnectionResetError):
            raw = b""
    assert raw == b""  # closed unanswered: there is no request to answer
    assert sent < len(head) - 1  # ...and before the head could end
    assert mock.requests == []


def test_a_huge_head_in_one_piece_is_a_400_and_a_close(mock: MockServer) -> None:
    with _connect(mock) as conn:
        try:
            conn.sendall(_request(mock, b"{}", "X-Huge: " + "h" * (1 << 20)))
            raw = _read_until_closed(conn)
        except (BrokenPipeError, ConnectionResetError):
            raw = b""  # closed with our bytes unread: the 400 may be lost
    assert raw == b"" or _statuses(raw) == [400]
    assert mock.requests == []


def test_a_request_sent_byte_by_byte_is_answered_whole(mock: MockServer) -> None:
    body = _instructions("trickled, split")
    with _connect(mock) as conn:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # each byte its own segment
        for byte in _request(mock, body, "Connection: close"):
            conn.sendall(bytes([byte]))
        answers = _responses(_read_until_closed(conn))
    assert [json.loads(answer)["instructions"] for _, answer in answers] == ["trickled, split"]
    assert [r.body for r in mock.requests] == [body]


def test_a_chunked_body_split_byte_by_byte_is_answered_whole(mock: MockServer) -> None:
    body = _instructions("chunked")
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    request = _head(mock, "Transfer-Encoding: chunked", "Connection: close") + chunked
    with _connect(mock) as conn:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for byte in request:
            conn.sendall(bytes([byte]))
        assert _statuses(_read_until_closed(conn)) == [200]
    assert [r.body for r in mock.requests] == [body]


def test_fifty_pipelined_requests_are_answered_in_order(mock: MockServer) -> None:
    requests = [_request(mock, _instructions(n)) for n in range(50)]
    with _connect(mock) as conn:
        conn.sendall(b"".join(requests) + _request(mock, b"{}", "Connection: close"))
        answers = _responses(_read_until_closed(conn))
    assert [json.loads(body)["instructions"] for _, body in answers[:50]] == [
        str(n) for n in range(50)
    ]
    assert len(answers) == 51


def test_pipelined_requests_then_garbage_answer_every_request_then_400(mock: MockServer) -> None:
    wrong_path = _request(mock).replace(b"/realtime/", b"/nowhere/")
    with _connect(mock) as conn:
        conn.sendall(_request(mock, _instructions(1)) + wrong_path + b"NOT HTTP\r\n\r\n")
        assert _statuses(_read_until_closed(conn)) == [200, 404, 400]


def test_a_client_that_leaves_before_its_answer_does_not_disturb_the_next(
    mock: MockServer,
) -> None:
    with _connect(mock) as conn:  # gone while the answer is delayed
        conn.sendall(_request(mock, b"{}", f"X-Mock-Fault: delay={REQUEST_TIMEOUT / 5}"))
    with _connect(mock) as conn:  # gone mid-body
        conn.sendall(_head(mock, "Content-Length: 100") + b'{"mo')
    with _connect(mock) as conn:
        conn.sendall(_request(mock, b"{}", "Connection: close"))
        assert _statuses(_read_until_closed(conn)) == [200]


def test_a_half_closed_client_still_gets_its_answer(mock: MockServer) -> None:
    with _connect(mock) as conn:
        conn.sendall(_request(mock, _instructions("half")))
        conn.shutdown(socket.SHUT_WR)  # "no more requests", as `curl` may do
        answers = _responses(_read_until_closed(conn))
    assert [json.loads(body)["instructions"] for _, body in answers] == ["half"]


@pytest.mark.parametrize(
    "chunked",
    [b"zz\r\n{}\r\n0\r\n\r\n", b"2\r\n{}XX0\r\n\r\n", b"-1\r\n{}\r\n0\r\n\r\n"],
    ids=["bad-size", "no-crlf", "negative"],
)
def test_invalid_chunked_encoding_is_a_400_and_a_close(mock: MockServer, chunked: bytes) -> None:
    with _connect(mock) as conn:
        conn.sendall(_head(mock, "Transfer-Encoding: chunked") + chunked)
        assert _statuses(_read_until_closed(conn)) == [400]
    assert [r.status for r in mock.requests if r.status is not None] == []


@pytest.mark.parametrize(
    "header",
    [b"X-Nul: a\x00b", b"X-Bad\x00Name: b", b"X-Ctl: a\x01b", b"Bad Name: x"],
    ids=["nul-in-value", "nul-in-name", "control-in-value", "space-in-name"],
)
def test_control_bytes_in_a_header_are_a_400(
    mock: MockServer, header: bytes, request: pytest.FixtureRequest
) -> None:
    sent = _request(mock, b"{}", "Connection: close")
    sent = sent.replace(b"\r\n\r\n", b"\r\n" + header + b"\r\n\r\n", 1)
    with _connect(mock) as conn:
        conn.sendall(sent)
        statuses = _statuses(_read_until_closed(conn))
    if header == b"X-Ctl: a\x01b" and request.node.callspec.params["stack"][0] == "h11":
        assert statuses == [200]  # h11 lets it through; the mock keeps it, as latin-1
        assert mock.requests[0].headers["x-ctl"] == "a\x01b"
    else:
        assert statuses == [400] and mock.requests == []


def test_non_ascii_in_a_header_value_is_kept_as_latin_1(mock: MockServer) -> None:
    # obs-text: HTTP allows bytes >= 0x80 in values; the mock keeps them, decoded as latin-1.
    request = _request(mock, b"{}", "Connection: close").replace(
        b"\r\n\r\n", "\r\nX-Note: caf\u00e9".encode() + b"\r\n\r\n", 1
    )
    with _connect(mock) as conn:
        conn.sendall(request)
        assert _statuses(_read_until_closed(conn)) == [200]
    assert mock.requests[0].headers["x-note"] == "caf\u00c3\u00a9"


def test_non_ascii_in_the_path_is_a_400_or_a_404_never_a_hang(mock: MockServer) -> None:
    request = _request(mock, b"{}", "Connection: close").replace(
        b"/realtime/", "/r\u00e9altime/".encode(), 1
    )
    with _connect(mock) as conn:
        conn.sendall(request)
        assert _statuses(_read_until_closed(conn)) in ([400], [404])


def test_an_upgrade_request_is_answered_or_refused_never_left_hanging(mock: MockServer) -> None:
    request = _request(mock, b"{}", "Connection: Upgrade", "Upgrade: h2c")
    with _connect(mock) as conn:
        conn.sendall(request)
        assert _statuses(_read_until_closed(conn)) in ([200], [400])


def test_expect_100_continue_is_answered_before_the_body_is_sent(mock: MockServer) -> None:
    body = _instructions("continued")
    with _connect(mock) as conn:
        conn.sendall(_head(mock, f"Content-Length: {len(body)}", "Expect: 100-continue"))
        assert conn.recv(65536).startswith(b"HTTP/1.1 100 Continue\r\n\r\n")
        conn.sendall(body)
        ((status, answer),) = _responses(conn.recv(65536))
    assert status == 200 and json.loads(answer)["instructions"] == "continued"


@pytest.mark.parametrize(
    ("version", "extra", "kept_alive"),
    [
        ("1.0", (), False),
        ("1.0", ("Connection: keep-alive",), True),
        ("1.1", (), True),
        ("1.1", ("Connection: close",), False),
    ],
)
def test_keep_alive_follows_the_version_and_connection_header(
    mock: MockServer,
    version: str,
    extra: tuple[str, ...],
    kept_alive: bool,
    request: pytest.FixtureRequest,
) -> None:
    if version == "1.0" and request.node.callspec.params["stack"][0] == "h11":
        kept_alive = False  # h11 closes every HTTP/1.0 connection after its answer
    sent = _request(mock, b"{}", *extra).replace(b"HTTP/1.1\r\n", f"HTTP/{version}\r\n".encode())
    with _connect(mock) as conn:
        conn.sendall(sent)
        ((status, _),) = _responses(conn.recv(65536))
        assert status == 200
        try:  # the same request again on the connection: answered only if it was kept alive
            conn.sendall(sent)
            again = _read_until_closed(conn)
        except (BrokenPipeError, ConnectionResetError):
            again = b""
    assert _statuses(again) == ([200] if kept_alive else [])


def test_connection_close_from_the_client_is_honoured(mock: MockServer) -> None:
    with _connect(mock) as conn:
        conn.sendall(_request(mock, b"{}", "Connection: close") + _request(mock))
        raw = _read_until_closed(conn)
    assert _statuses(raw) == [200] and b"connection: close" in raw.lower()


def test_the_at_once_path_answers_what_needs_no_waiting_and_leaves_faults_to_asgi() -> None:
    # The httptools stack answers through `answer_at_once` when it can: the same decision as
    # the ASGI path (every test above runs on both), and None whenever a fault could apply.
    spec = resolved_spec()
    state = MockState()
    app = MockApp([MockOperation.from_spec(spec, op) for op in operations()], state)
    route = next(iter(app.routes))

    def scope(*headers: tuple[bytes, bytes]) -> dict[str, object]:
        auth = (b"authorization", b"Bearer sk-test")
        return {"type": "http", "method": "POST", "path": route, "headers": [auth, *headers]}

    answer = app.answer_at_once(scope(), b"{}")
    assert answer is not None and answer.status == 200 and json.loads(answer.body)
    assert {name for name, _ in answer.headers} >= {b"x-request-id", b"content-length"}
    refused = app.answer_at_once(scope(), b"{not json")
    assert refused is not None and refused.status == 400
    too_big = app.answer_at_once(scope((b"content-length", b"%d" % (1 << 30))), b"")
    assert too_big is not None and too_big.status == 413
    assert app.answer_at_once(scope((b"x-mock-fault", b"500")), b"{}") is None
    state.fault = Fault.parse("delay=1")
    assert app.answer_at_once(scope(), b"{}") is None
    assert [r.status for r in state.requests.snapshot()] == [200, 400, 413]
