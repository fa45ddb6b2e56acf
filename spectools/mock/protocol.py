"""The mock's HTTP/1.1 connection on httptools: a lean replacement for uvicorn's HttpToolsProtocol.

uvicorn's `Server` still runs it (socket, signals, graceful shutdown, the `date` header). The
body is buffered here, within the app's `Limits`, and the request is answered at once by the
app's `answer_at_once` once the body is whole, over the size limit (413) or late (408): no task
and no `receive`/`send` coroutines per request (~30% of the mock's CPU per request,
bench-results/mock-changes.md). A fault is answered through the app as ASGI in a task, as with
uvicorn; so is every request of an app without `answer_at_once`. On 2 cores shared with the load
generator, every microsecond the mock spends is taken from it.

What it guarantees, as the hardened h11 protocol in `server.py` does:
- a deadline for each request head (the connection closes: there is no request to answer);
- a head larger than `MAX_HEAD_BYTES`, bytes that are not HTTP, or an upgrade request get a 400
  and the connection closes, after the answers to the requests before them;
- pipelined requests are answered in order (reading pauses while one waits its turn);
- each response leaves in one write (head and body together), unless the app streams it;
- `Connection: close` from either side, HTTP/1.0 (kept alive only when it asks), `Expect:
  100-continue`, and flow control (a client that does not read its answers is not read);
- on shutdown an idle connection closes at once and a busy one after its answer.
The body's size and time limits are the app's `Limits` (`server._protocol` copies them here).
"""

from __future__ import annotations

import asyncio
import http
import logging
import urllib.parse
from collections import deque
from typing import Any, ClassVar, Protocol

import httptools
from starlette.types import ASGIApp, Message, Scope
from uvicorn.config import Config
from uvicorn.server import ServerState

from .app import Answer, socket_nodelay

__all__ = ["MAX_HEAD_BYTES", "HeadDeadline", "MockProtocol"]

logger = logging.getLogger("spectools.mock")

MAX_HEAD_BYTES = 16 * 1024  # request line and headers; uvicorn's own h11 default
_INVALID = "Invalid HTTP request received."  # uvicorn's words, as with h11
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
_FAILED = b"Internal Server Error"


def _status_line(status: int) -> bytes:
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:  # e.g. the `520` fault
        phrase = ""
    return f"HTTP/1.1 {status} {phrase}\r\n".encode("ascii")


_STATUS_LINES = {status: _status_line(status) for status in range(100, 600)}


class AnswerAtOnce(Protocol):
    """`MockApp.answer_at_once`: the app's answer without ASGI (None: call it as ASGI)."""

    def __call__(self, scope: Scope, body: bytes, *, timed_out: bool = False) -> Answer | None: ...


class HeadDeadline:
    """Closes a connection whose next request head is not complete within `head_timeout`
    (a mixin for a protocol: both stacks arm it when a connection opens and after each answer,
    and cancel it once a head is in)."""

    head_timeout: ClassVar[float] = 10.0  # seconds; `server._protocol` sets it per server
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    _head_timer: asyncio.TimerHandle | None = None

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        if not self.transport.is_closing():
            self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if not self.transport.is_closing():
            self.transport.close()  # no answer: there is no request to answer


class _Exchange:
    """One request on the connection: its scope, its body as it arrives, its answer."""

    __slots__ = (
        "_waiting",
        "body",
        "body_handed",
        "body_timer",
        "close_after",
        "complete",
        "connection",
        "declared",
        "expects_continue",
        "finished",
        "head",
        "lost",
        "scope",
        "size",
        "started",
        "streamed",
        "timed_out",
    )

    def __init__(self, connection: MockProtocol, scope: Scope, *, close_after: bool) -> None:
        self.connection = connection
        self.scope = scope
        self.body: list[bytes] = []  # received, not yet handed to the app
        self.complete = False  # the parser has seen the whole body
        self.body_handed = False  # ... and the app has been given all of it
        self.lost = False  # the connection is gone: the app gets http.disconnect
        self.close_after = close_after  # the connection closes once this is answered
        self.expects_continue = False
        self.head: bytes | None = None  # the response head, until it leaves with the body
        self.streamed = False  # part of the response left before its end (`more_body`)
        self.finished = False  # the response is complete
        self.started = False  # the app has been asked (at once, or as ASGI in a task)
        self.size = 0  # body bytes received
        self.declared = 0  # the Content-Length it declares (0 without one)
        self.body_timer: asyncio.TimerHandle | None = None  # armed while its body is awaited
        self.timed_out = False  # the body did not come within the body deadline
        self._waiting: asyncio.Event | None = None  # made when the app waits for something

    def wake(self) -> None:
        if self._waiting is not None:
            self._waiting.set()

    async def _wait(self) -> None:
        if self._waiting is None:
            self._waiting = asyncio.Event()
        self._waiting.clear()
        await self._waiting.wait()

    async def receive(self) -> Message:
        """ASGI `receive`: the body in the chunks it arrives in, then http.disconnect once the
        connection is gone or the response is complete."""
        if not self.body_handed:
            while not (self.body or self.complete or self.lost):
                if self.expects_continue:  # the client waits for this before sending the body
                    self.expects_continue = False
                    self.connection.write(_CONTINUE)
                await self._wait()
            if not self.lost:
                chunk = b"".join(self.body)
                self.body.clear()
                self.body_handed = self.complete
                return {"type": "http.request", "body": chunk, "more_body": not self.complete}
        while not (self.lost or self.finished):
            await self._wait()
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        """ASGI `send`: the head is held until the body's last chunk, then both leave in one
        write; the `date` header is the server's, `Connection: close` is added when due."""
        if message["type"] == "http.response.start":
            self.start_response(message["status"], message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.send_body(message.get("body", b""), more=message.get("more_body", False))

    def answer(self, answer: Answer) -> None:
        self.start_response(answer.status, answer.headers)
        self.send_body(answer.body, more=False)

    def start_response(self, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        if self.finished or self.lost:
            return
        lines = [_STATUS_LINES.get(status) or _status_line(status)]
        delimited = said_close = False
        for name, value in (*self.connection.server_state.default_headers, *headers):
            lines.append(b"%s: %s\r\n" % (name, value))
            name = name.lower()
            delimited = delimited or name == b"content-length"
            said_close = said_close or (name == b"connection" and value.lower() == b"close")
        self.close_after = self.close_after or said_close or not delimited  # close ends it
        if self.close_after and not said_close:
            lines.append(b"connection: close\r\n")
        lines.append(b"\r\n")
        self.head = b"".join(lines)

    def send_body(self, body: bytes, *, more: bool) -> None:
        if self.finished or self.lost or self.head is None:
            return
        if self.scope["method"] == "HEAD":
            body = b""
        if self.head:
            body, self.head = self.head + body, b""
        if body:
            self.connection.write(body)
        self.streamed = self.streamed or more
        if not more:
            self.finished = True
            self.wake()


class MockProtocol(HeadDeadline, asyncio.Protocol):
    """One connection, as uvicorn's `Server` makes them (`Config(http=MockProtocol)`)."""

    body_timeout: ClassVar[float] = 10.0  # seconds for a body, from its head (`Limits`)
    max_body_bytes: ClassVar[int] = 4 * 1024 * 1024  # past it the body is answered 413

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        self.app: ASGIApp = config.loaded_app
        # The app's answer without ASGI, where it has one (MockApp does).
        self.answer_at_once: AnswerAtOnce | None = getattr(self.app, "answer_at_once", None)
        self.loop = _loop or asyncio.get_event_loop()
        self.server_state = server_state
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport
        self.client: tuple[str, int] | None = None  # the peer, as scope["client"] has it
        self.server: tuple[str, int] | None = None
        self.tcp_nodelay: bool | None = None  # read once: every request reports it
        self.exchanges: deque[_Exchange] = deque()  # received, unanswered; the first runs
        self.reading: _Exchange | None = None  # the request whose body is being parsed
        self._url = b""
        self._headers: list[tuple[bytes, bytes]] = []
        self._reading_head = False  # from a message's first byte to the end of its head
        self._head_bytes = 0
        self._refused = False  # a 400 is due after the answers before it: nothing more is read
        self._paused = False  # reading paused: a pipelined request waits, or the client lags
        self._writes_held = False  # the transport's write buffer is over its high-water mark
        self._closing = False  # shutting down: close after the answer under way
        self._last_read = False  # the client said `Connection: close`: its last request is in

    # -- the connection

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a TCP transport
        self.client = _address(transport.get_extra_info("peername"))
        self.server = _address(transport.get_extra_info("sockname"))
        self.tcp_nodelay = socket_nodelay(transport)
        self.server_state.connections.add(self)  # type: ignore[arg-type]  # uvicorn counts them
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self.server_state.connections.discard(self)
        self._cancel_head_timer()
        for exchange in self.exchanges:
            exchange.lost = True
            exchange.wake()
            if exchange.body_timer is not None:
                exchange.body_timer.cancel()

    def shutdown(self) -> None:
        """uvicorn's graceful shutdown: close now if idle, else once the answer is out."""
        self._closing = True
        if not self.exchanges:
            self.transport.close()

    def write(self, data: bytes) -> None:
        if not self.transport.is_closing():
            self.transport.write(data)

    def data_received(self, data: bytes) -> None:
        if self._refused or self._last_read or self.transport.is_closing():
            return  # refused, or after `Connection: close`: nothing more is read
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:  # not served: refused, the request unanswered
            self._refuse(self.exchanges[-1] if self.exchanges else None)
        except (httptools.HttpParserError, UnicodeDecodeError):
            if not self._last_read:  # llhttp refuses bytes after `Connection: close`: ignored
                self._refuse(self.reading)
        else:
            if self._reading_head:  # still no whole head: count what it holds (h11 does too)
                self._head_bytes += len(data)
                if self._head_bytes > MAX_HEAD_BYTES:
                    self._refuse(None)
        self._begin()  # the requests before a refusal are answered first

    def _refuse(self, unanswered: _Exchange | None) -> None:
        """400 and close, after the answers to the requests before this one; `unanswered`, the
        request the bad bytes belong to (if its head was in), is not answered."""
        logger.warning(_INVALID)
        self._refused = True
        self._cancel_head_timer()
        if unanswered is not None:
            unanswered.lost = True  # if it runs, the app sees the client gone and ends quietly
            unanswered.wake()
            if unanswered in self.exchanges and unanswered is not self.exchanges[0]:
                self.exchanges.remove(unanswered)  # not started: never answered
        if not self.exchanges:
            self._send_400()
        else:
            self._pause()

    def _send_400(self) -> None:
        head = [_STATUS_LINES[400]]
        head += [b"%s: %s\r\n" % header for header in self.server_state.default_headers]
        head.append(
            b"content-type: text/plain; charset=utf-8\r\ncontent-length: %d\r\n"
            b"connection: close\r\n\r\n%s" % (len(_INVALID), _INVALID.encode())
        )
        self.write(b"".join(head))
        self.transport.close()

    # -- httptools callbacks

    def on_message_begin(self) -> None:
        self._url, self._headers = b"", []
        self._reading_head, self._head_bytes = True, 0

    def on_url(self, url: bytes) -> None:
        self._url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._cancel_head_timer()
        parser = self.parser
        url = httptools.parse_url(self._url)
        raw_path: bytes = url.path
        path = raw_path.decode("ascii")  # UnicodeDecodeError: not HTTP (refused above)
        scope: Scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": parser.get_http_version(),
            "server": self.server,
            "client": self.client,
            "scheme": "http",
            "method": parser.get_method().decode("ascii"),
            "root_path": "",
            "path": urllib.parse.unquote(path) if "%" in path else path,
            "raw_path": raw_path,
            "query_string": url.query or b"",
            "headers": self._headers,
        }
        exchange = _Exchange(self, scope, close_after=not parser.should_keep_alive())
        for name, value in self._headers:
            if name == b"content-length":
                exchange.declared = int(value)  # digits only: llhttp refuses any other
            elif name == b"expect" and value.lower() == b"100-continue":
                exchange.expects_continue = True
        self.reading = exchange
        self.exchanges.append(exchange)
        self.server_state.total_requests += 1
        if len(self.exchanges) > 1:
            self._pause()  # pipelined: read on once the requests before it are answered

    def on_body(self, body: bytes) -> None:
        if self.reading is not None:
            self.reading.body.append(body)
            self.reading.size += len(body)
            self.reading.wake()

    def on_message_complete(self) -> None:
        if self.reading is not None:
            self.reading.complete = True
            self.reading.wake()
            self._last_read = self.reading.close_after
            self.reading = None

    # -- answering

    def _begin(self) -> None:
        """Answer the first request if it has not been yet. With the app's `answer_at_once`,
        the body is buffered here until it is whole, over the size limit or late, then
        answered at once (no task, no ASGI); a fault is then answered as ASGI in a task.
        Without it, as ASGI in a task at once, which reads the body as it streams in."""
        while self.exchanges and not self.exchanges[0].started:
            exchange = self.exchanges[0]
            if self._awaiting_body(exchange):
                return
            exchange.started = True
            if exchange.body_timer is not None:
                exchange.body_timer.cancel()
            if not self._answered_at_once(exchange):
                task = self.loop.create_task(self._answer(exchange))
                self.server_state.tasks.add(task)
                task.add_done_callback(self.server_state.tasks.discard)
                return
            self._answered(exchange)

    def _awaiting_body(self, exchange: _Exchange) -> bool:
        """Whether the body is still to come (within the limits): then its deadline runs, and
        a client that asked is told to send it (`100 Continue`)."""
        if self.answer_at_once is None or exchange.complete or exchange.lost:
            return False
        if exchange.timed_out or max(exchange.size, exchange.declared) > self.max_body_bytes:
            return False
        if exchange.body_timer is None:
            exchange.body_timer = self.loop.call_later(self.body_timeout, self._late, exchange)
            if exchange.expects_continue:
                exchange.expects_continue = False
                self.write(_CONTINUE)
        return True

    def _late(self, exchange: _Exchange) -> None:
        exchange.timed_out = True
        self._begin()

    def _answered_at_once(self, exchange: _Exchange) -> bool:
        if self.answer_at_once is None or exchange.lost:
            return False
        body = b"".join(exchange.body)
        answer = self.answer_at_once(exchange.scope, body, timed_out=exchange.timed_out)
        if answer is None:
            return False
        exchange.body.clear()
        exchange.body_handed = True
        exchange.answer(answer)
        return True

    async def _answer(self, exchange: _Exchange) -> None:
        try:
            await self.app(exchange.scope, exchange.receive, exchange.send)
        except asyncio.CancelledError:  # shut down past the grace period
            self.transport.close()
            raise
        except Exception as exc:
            logger.error("Exception in ASGI application", exc_info=exc)
            exchange.close_after = True
            if exchange.head is None:  # nothing sent yet: a plain 500, as uvicorn sends
                headers = [(b"content-type", b"text/plain; charset=utf-8")]
                headers.append((b"content-length", b"%d" % len(_FAILED)))
                exchange.answer(Answer(500, headers, _FAILED))
        self._answered(exchange)
        self._begin()

    def _answered(self, exchange: _Exchange) -> None:
        self.exchanges.popleft()
        if exchange.streamed and not exchange.finished:  # cut off mid-answer: nothing can follow
            self.transport.close()
        elif self._refused and not self.exchanges:
            self._send_400()
        elif not exchange.finished or not exchange.complete or exchange.close_after:
            # Unanswered, its body not all read, or asked for: no other request can follow.
            self.transport.close()
        elif self._closing:
            self.transport.close()
        elif self.exchanges:  # pipelined: the caller begins the next
            if len(self.exchanges) == 1:
                self._resume()
        else:
            self._resume()
            self._arm_head_timer()  # the next head is due in time too

    def pause_writing(self) -> None:
        # A client that pipelines without reading its answers: read no more until it does.
        self._writes_held = True
        self._pause()

    def resume_writing(self) -> None:
        self._writes_held = False
        if len(self.exchanges) <= 1:
            self._resume()

    def _pause(self) -> None:
        if not self._paused:
            self._paused = True
            self.transport.pause_reading()

    def _resume(self) -> None:
        if self._paused and not self._refused and not self._writes_held:
            self._paused = False
            self.transport.resume_reading()


def _address(address: Any) -> tuple[str, int] | None:
    return (str(address[0]), int(address[1])) if isinstance(address, (tuple, list)) else None
