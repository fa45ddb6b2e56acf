"""The ASGI app: a route per bound operation, OpenAI-shaped errors, faults, one log line a request."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import secrets
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import openai_error
from .faults import Fault, FaultBudget, FaultCall, FaultError
from .session import build_body
from .spec import MockOperation
from .validation import too_deep

__all__ = [
    "Answer",
    "Connection",
    "Limits",
    "MockApp",
    "MockState",
    "RecordedRequest",
    "RequestHistory",
    "create_app",
    "socket_nodelay",
]

logger = logging.getLogger("spectools.mock")

API_KEY_PREFIX = "sk-"  # OpenAI's secret key prefix
FAULT_HEADER = "x-mock-fault"
FAULT_KEY_HEADER = "x-mock-fault-key"
_FAULT_HEADER = FAULT_HEADER.encode()
_RECORD = "spectools.mock.record"  # where the request's record travels in scope["state"]

_NO_KEY = (
    "You didn't provide an API key. You need to provide your API key in an Authorization header"
    " using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")  # paired (astral) or lone: check which
_BAD_JSON = (
    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using"
    " your HTTP library correctly. The OpenAI API expects a JSON payload.)"
)


@dataclass
class RecordedRequest:
    """A request as the mock received it; status and fault are filled in as it is answered."""

    method: str
    path: str
    headers: dict[str, str]  # lower-case names; kept in memory only, never logged
    body: bytes  # empty when the body was refused (413) or never arrived (408)
    request_id: str
    tcp_nodelay: bool | None  # TCP_NODELAY on the accepted socket; None without a real socket
    status: int | None = None  # None when no response was started (reset)
    fault: str | None = None  # the fault that fired, as written

    def json(self) -> Any:
        return json.loads(self.body)


class RequestHistory:
    """The most recent requests, bounded in number and in body bytes (the newest always kept)."""

    def __init__(self, max_requests: int, max_body_bytes: int) -> None:
        self.max_requests = max_requests
        self.max_body_bytes = max_body_bytes
        self._records: deque[RecordedRequest] = deque()
        self._body_bytes = 0
        self._lock = threading.Lock()  # the server thread appends while tests read

    def append(self, record: RecordedRequest) -> None:
        with self._lock:
            self._records.append(record)
            self._body_bytes += len(record.body)
            while self._records and (
                len(self._records) > self.max_requests
                or (self._body_bytes > self.max_body_bytes and len(self._records) > 1)
            ):
                self._body_bytes -= len(self._records.popleft().body)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self._body_bytes = 0


class Connection(Protocol):
    """What the app asks of the connection a request came on."""

    transport: asyncio.Transport
    tcp_nodelay: bool | None  # read once per connection (uvloop makes a socket object per ask)


def _no_connection(scope: Scope) -> Connection | None:
    return None


@dataclass(frozen=True)
class Limits:
    """What one request may cost the mock; beyond them it answers 413 or 408."""

    max_body_bytes: int = 4 * 1024 * 1024
    request_timeout: float = 10.0  # seconds for a request's head, and again for its body
    max_logged_requests: int = 1000
    max_logged_body_bytes: int = 64 * 1024 * 1024


@dataclass
class MockState:
    """What tests and the server share with the app: received requests and the server fault."""

    fault: Fault | None = None  # applies to every request without an X-Mock-Fault header
    limits: Limits = field(default_factory=Limits)
    budget: FaultBudget = field(default_factory=FaultBudget)
    connection_for: Callable[[Scope], Connection | None] = _no_connection
    requests: RequestHistory = field(init=False)

    def __post_init__(self) -> None:
        self.requests = RequestHistory(
            self.limits.max_logged_requests, self.limits.max_logged_body_bytes
        )

    def reset(self, fault: Fault | None = None) -> None:
        self.fault = fault
        self.requests.clear()
        self.budget.reset()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # Python's json would accept NaN and Infinity


def _parsed(raw: bytes) -> Any:
    """The body as JSON; ValueError for what JSON text cannot carry as data."""
    body = json.loads(raw, parse_constant=_reject_constant, parse_float=_finite_float)
    if _SURROGATE_ESCAPE.search(raw):
        # A lone surrogate ("\ud800") parses, but is no text: refused, as serde_json does.
        json.dumps(body, ensure_ascii=False).encode()  # UnicodeEncodeError is a ValueError
    return body


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400 parses as inf, which no JSON answer can carry
        raise ValueError(f"{text} is out of range")
    return value


def socket_nodelay(transport: asyncio.BaseTransport | None) -> bool | None:
    """TCP_NODELAY as the transport's socket has it; None without a real socket."""
    sock = transport.get_extra_info("socket") if transport is not None else None
    return None if sock is None else bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


def _printable(text: str) -> str:
    return text.encode("unicode_escape").decode("ascii")  # one log line, whatever the path


class _BodyRefused(Exception):
    def __init__(self, response: Response | None) -> None:
        self.response = response  # None: the client went away


def _too_large(limits: Limits) -> _BodyRefused:
    message = f"Request body too large: the limit is {limits.max_body_bytes} bytes."
    # Connection: close, as the rest of the body is never read.
    response = openai_error(413, message, code="request_too_large", headers={"Connection": "close"})
    return _BodyRefused(response)


def _over_limit(scope: Scope, body: bytes, limits: Limits) -> bool:
    """Whether the body, or the length its request declares, is over the limit."""
    if len(body) > limits.max_body_bytes:
        return True
    declared = _header(scope, b"content-length")
    return declared is not None and int(declared) > limits.max_body_bytes


async def _read_body(scope: Scope, receive: Receive, limits: Limits) -> bytes:
    """The whole body, read as it streams in; too big or too slow raises _BodyRefused."""
    if _over_limit(scope, b"", limits):
        raise _too_large(limits)  # declared: refused before a byte of it is read
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(limits.request_timeout):
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise _BodyRefused(None)
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limits.max_body_bytes:  # chunked, or more than declared: counted
                    raise _too_large(limits)
                chunks.append(chunk)
                if not message.get("more_body", False):
                    return b"".join(chunks)
    except TimeoutError:
        raise _BodyRefused(_too_slow(limits)) from None


def _too_slow(limits: Limits) -> Response:
    waited = f"Timed out after {limits.request_timeout:g} s waiting for the request body."
    return openai_error(408, waited, headers={"Connection": "close"})


class MockApp:
    """The mock as a plain ASGI app: reads the body (bounded), records the request, routes it to
    its operation, answers, stamps ids, and logs one line.

    No framework between uvicorn and the answer: routing is a dict lookup and a valid request's
    200 is two `send` calls. Errors and faults are Starlette `Response`s (ASGI apps themselves).
    """

    def __init__(self, operations: Sequence[MockOperation], state: MockState) -> None:
        self.state = state
        self.routes: dict[str, dict[str, MockOperation]] = {}  # path -> method -> operation
        for operation in operations:
            self.routes.setdefault(operation.route, {})[operation.method] = operation

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # uvicorn runs without lifespan and websockets
            return
        started = time.perf_counter()
        record = self._record(scope)
        refusal: Response | None = None
        try:
            record.body = await _read_body(scope, receive, self.state.limits)
        except _BodyRefused as exc:
            if exc.response is None:
                return  # the client left before sending its body: nothing to answer
            refusal = exc.response
        self.state.requests.append(record)  # before answering, so a client sees it counted
        try:
            decided = self._decide(record, scope, refusal)
            answer = await decided.respond() if isinstance(decided, _FaultDue) else decided
            stamp = _stamp(record, started)
            await answer(scope, _replay(record.body, receive), _stamped(record, stamp, send))
        finally:
            _log(record)

    def answer_at_once(
        self, scope: Scope, body: bytes, *, timed_out: bool = False
    ) -> Answer | None:
        """The answer without ASGI, for a server that buffers the body itself (the mock's own
        protocol: no task, no `receive`/`send` coroutines per request): to the whole body, to
        the part of it that is over the size limit (413), or to a body that did not arrive in
        `Limits.request_timeout` (`timed_out`: 408). None when a fault applies: its answer may
        wait (`delay`) or act on the socket (`reset`), so the server calls the app as ASGI."""
        limits = self.state.limits
        refusal = _too_slow(limits) if timed_out else None
        if refusal is None and _over_limit(scope, body, limits):
            refusal = _too_large(limits).response
        fault_applies = self.state.fault is not None or _header(scope, _FAULT_HEADER) is not None
        if refusal is None and fault_applies:
            return None
        started = time.perf_counter()
        record = self._record(scope)
        record.body = body if refusal is None else b""  # a refused body is not kept
        self.state.requests.append(record)
        try:
            answer = self._decide(record, scope, refusal)
            assert not isinstance(answer, _FaultDue)  # no fault applies: checked above
            if isinstance(answer, _JsonAnswer):
                record.status, headers, content = 200, answer.headers, answer.body
            else:
                record.status, headers = answer.status_code, answer.raw_headers
                content = bytes(answer.body)
            return Answer(record.status, [*headers, *_stamp(record, started)], content)
        finally:
            _log(record)

    def _record(self, scope: Scope) -> RecordedRequest:
        raw_headers: list[tuple[bytes, bytes]] = scope["headers"]
        return RecordedRequest(
            method=scope["method"],
            path=scope["path"],
            headers={
                name.decode("latin-1").lower(): value.decode("latin-1")
                for name, value in raw_headers
            },
            body=b"",
            request_id=f"req_{secrets.token_hex(16)}",
            tcp_nodelay=getattr(self.state.connection_for(scope), "tcp_nodelay", None),
        )

    def _decide(
        self, record: RecordedRequest, scope: Scope, refusal: Response | None
    ) -> Response | _JsonAnswer | _FaultDue:
        """The answer: the body's refusal, 404/405, or what the operation answers."""
        if refusal is not None:
            return refusal
        route = self._route(record)
        if not isinstance(route, MockOperation):
            return route
        return _operation_answer(route, self.state, scope, record)

    def _route(self, record: RecordedRequest) -> MockOperation | Response:
        """The request's operation, or the 404/405 answer."""
        methods = self.routes.get(record.path)
        if methods is None:
            return openai_error(404, f"Invalid URL ({record.method} {record.path})")
        operation = methods.get(record.method)
        if operation is None:
            message = f"Invalid method for URL ({record.method} {record.path})"
            return openai_error(405, message, headers={"Allow": ", ".join(methods)})
        return operation


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))
_JSON_TYPE = (b"content-type", b"application/json")
_DEPRECATED = (b"deprecation", b"true")


class _JsonAnswer:
    """A 200 `application/json` answer, encoded as Starlette's JSONResponse encodes, without
    its machinery (background tasks, header objects): the mock's hot path."""

    __slots__ = ("body", "headers")

    def __init__(self, content: Any, *, deprecated: bool) -> None:
        self.body: bytes = _ENCODER.encode(content).encode()
        self.headers = [(b"content-length", str(len(self.body)).encode()), _JSON_TYPE]
        if deprecated:
            self.headers.append(_DEPRECATED)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


def _replay(body: bytes, receive: Receive) -> Receive:
    """`receive` for a Response: the body already read, then the connection's own messages."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


def _stamped(record: RecordedRequest, stamp: list[tuple[bytes, bytes]], send: Send) -> Send:
    """`send` that records the status and adds the request id and processing time."""

    async def stamped(message: Message) -> None:
        if message["type"] == "http.response.start":
            record.status = message["status"]
            message["headers"] = [*message.get("headers", ()), *stamp]
        await send(message)

    return stamped


def _header(scope: Scope, name: bytes) -> str | None:
    """The first value of a header (names arrive lower-cased from uvicorn), as Starlette reads it."""
    for key, value in scope["headers"]:
        if key == name:
            decoded: str = value.decode("latin-1")
            return decoded
    return None


def _authorization_error(header: str | None) -> Response | None:
    if header is None:
        return openai_error(401, _NO_KEY)
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        message = "Malformed Authorization header; expected 'Authorization: Bearer <API key>'."
        return openai_error(401, message, code="invalid_api_key")
    if not token.strip().startswith(API_KEY_PREFIX) or token.strip() == API_KEY_PREFIX:
        # Any `sk-…` key is accepted; others are refused like a wrong key, never echoed back.
        message = f"Incorrect API key provided. The mock accepts any key starting with '{API_KEY_PREFIX}'."
        return openai_error(401, message, code="invalid_api_key")
    return None


@dataclass(frozen=True)
class Answer:
    """A whole answer, for a server to frame: status, headers (lower-case names), body."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


@dataclass(frozen=True)
class _FaultDue:
    """A fault fires for this request: its answer is awaited (it may sleep or reset)."""

    fault: Fault
    call: FaultCall
    deprecated: bool

    async def respond(self) -> Response:
        try:
            answer = await self.fault.respond(self.call)
        except FaultError as exc:  # e.g. `set=` with a path the session does not have
            answer = openai_error(400, f"Mock fault {self.fault.text!r}: {exc}")
        return _marked(answer, deprecated=self.deprecated)


def _marked(answer: Response, *, deprecated: bool) -> Response:
    if deprecated and isinstance(answer, Response):
        answer.headers["Deprecation"] = "true"
    return answer


def _operation_answer(
    operation: MockOperation, state: MockState, scope: Scope, record: RecordedRequest
) -> Response | _JsonAnswer | _FaultDue:
    """What `operation` answers to a request: an error, a fault (due) or the 200, `Deprecation:
    true` on each when the resolved spec marks the operation deprecated."""
    deprecated = operation.deprecated
    if (refused := _authorization_error(_header(scope, b"authorization"))) is not None:
        return _marked(refused, deprecated=deprecated)
    fault, fault_key = state.fault, "server"
    if (fault_text := _header(scope, _FAULT_HEADER)) is not None:
        try:
            fault = Fault.parse(fault_text)
        except FaultError as exc:
            return _marked(openai_error(400, f"X-Mock-Fault: {exc}"), deprecated=deprecated)
        fault_key = "header:" + (_header(scope, FAULT_KEY_HEADER.encode()) or "")
    raw = record.body
    try:
        body = _parsed(raw)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than json can parse
        return _marked(openai_error(400, _BAD_JSON), deprecated=deprecated)
    bad = too_deep(body, raw) or operation.request_validator.first_bad_field(body)
    if bad is not None:
        return _marked(openai_error(400, bad.message, param=bad.param), deprecated=deprecated)
    answer_body = build_body(operation, body)
    if fault is not None and state.budget.fires(fault_key, fault):
        record.fault = fault.text
        transport = getattr(state.connection_for(scope), "transport", None)
        call = FaultCall(answer_body, fault.argument, transport, operation.recipe.unknown_enum)
        return _FaultDue(fault, call, deprecated)
    return _JsonAnswer(answer_body, deprecated=deprecated)


def _stamp(record: RecordedRequest, started: float) -> list[tuple[bytes, bytes]]:
    elapsed_ms = int((time.perf_counter() - started) * 1000)
    return [
        (b"x-request-id", record.request_id.encode()),
        (b"openai-processing-ms", str(elapsed_ms).encode()),
    ]


def _log(record: RecordedRequest) -> None:
    logger.info(
        "%s %s %s %s fault=%s",
        record.method,
        _printable(record.path),
        record.status if record.status is not None else "-",
        record.request_id,
        record.fault or "-",
    )


def create_app(operations: Sequence[MockOperation], state: MockState) -> ASGIApp:
    """The mock as an ASGI app; `state` is shared with whoever runs it."""
    return MockApp(operations, state)
