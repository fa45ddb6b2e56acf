"""The ASGI app: one route from the spec, OpenAI-shaped errors, faults, one log line a request."""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import openai_error
from .faults import Fault, FaultBudget, FaultCall, FaultError
from .session import build_session
from .spec import SessionOperation, first_bad_field

__all__ = ["MockState", "RecordedRequest", "create_app"]

logger = logging.getLogger("spectools.mock")

API_KEY_PREFIX = "sk-"  # OpenAI's secret key prefix
FAULT_HEADER = "x-mock-fault"
FAULT_KEY_HEADER = "x-mock-fault-key"
_RECORD = "spectools.mock.record"  # where the request's record travels in scope["state"]

_NO_KEY = (
    "You didn't provide an API key. You need to provide your API key in an Authorization header"
    " using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
)
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
    body: bytes
    request_id: str
    tcp_nodelay: bool | None  # TCP_NODELAY on the accepted socket; None without a real socket
    status: int | None = None  # None when no response was started (reset)
    fault: str | None = None  # the fault that fired, as written

    def json(self) -> Any:
        return json.loads(self.body)


def _no_transport(scope: Scope) -> asyncio.Transport | None:
    return None


@dataclass
class MockState:
    """What tests and the server share with the app: received requests and the server fault."""

    fault: Fault | None = None  # applies to every request without an X-Mock-Fault header
    requests: list[RecordedRequest] = field(default_factory=list)
    budget: FaultBudget = field(default_factory=FaultBudget)
    transport_for: Callable[[Scope], asyncio.Transport | None] = _no_transport

    def reset(self, fault: Fault | None = None) -> None:
        self.fault = fault
        self.requests.clear()
        self.budget.reset()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # Python's json would accept NaN and Infinity


def _nodelay(transport: asyncio.Transport | None) -> bool | None:
    sock = transport.get_extra_info("socket") if transport is not None else None
    return None if sock is None else bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


class RequestLog:
    """Reads the body up front, records the request, stamps ids, and logs one line."""

    def __init__(self, app: ASGIApp, state: MockState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in scope["headers"]
        }
        record = RecordedRequest(
            method=scope["method"],
            path=scope["path"],
            headers=headers,
            body=body,
            request_id=f"req_{secrets.token_hex(16)}",
            tcp_nodelay=_nodelay(self.state.transport_for(scope)),
        )
        self.state.requests.append(record)  # before answering, so a client sees it counted
        scope.setdefault("state", {})[_RECORD] = record
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
                response_headers = MutableHeaders(scope=message)
                response_headers["x-request-id"] = record.request_id
                elapsed_ms = int((time.perf_counter() - started) * 1000)
                response_headers["openai-processing-ms"] = str(elapsed_ms)
            await send(message)

        try:
            await self.app(scope, replay, stamped)
        finally:
            logger.info(
                "%s %s %s %s fault=%s",
                record.method,
                record.path,
                record.status if record.status is not None else "-",
                record.request_id,
                record.fault or "-",
            )


def _authorization_error(request: Request) -> Response | None:
    header = request.headers.get("authorization")
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


def _session_endpoint(operation: SessionOperation, state: MockState) -> Callable[[Request], Any]:
    async def answer(request: Request) -> Response:
        if (refused := _authorization_error(request)) is not None:
            return refused
        fault, fault_key = state.fault, "server"
        if FAULT_HEADER in request.headers:
            try:
                fault = Fault.parse(request.headers[FAULT_HEADER])
            except FaultError as exc:
                return openai_error(400, f"X-Mock-Fault: {exc}")
            fault_key = "header:" + request.headers.get(FAULT_KEY_HEADER, "")
        try:
            body = json.loads(await request.body(), parse_constant=_reject_constant)
        except ValueError:
            return openai_error(400, _BAD_JSON)
        if (bad := first_bad_field(operation.request_validator, body)) is not None:
            return openai_error(400, bad.message, param=bad.param)
        session = build_session(body)
        if fault is not None and state.budget.fires(fault_key, fault):
            request.scope["state"][_RECORD].fault = fault.text
            call = FaultCall(session, fault.argument, state.transport_for(request.scope))
            return await fault.respond(call)
        return JSONResponse(session)

    async def create_session(request: Request) -> Response:
        response = await answer(request)
        if operation.deprecated:  # the resolved spec marks the operation deprecated
            response.headers["Deprecation"] = "true"
        return response

    return create_session


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    where = f"{request.method} {request.url.path}"
    message = {404: f"Invalid URL ({where})", 405: f"Invalid method for URL ({where})"}
    return openai_error(
        exc.status_code, message.get(exc.status_code, str(exc.detail)), headers=exc.headers
    )


def create_app(operation: SessionOperation, state: MockState) -> ASGIApp:
    """The mock as an ASGI app; `state` is shared with whoever runs it."""
    route = Route(operation.route, _session_endpoint(operation, state), methods=[operation.method])
    app = Starlette(routes=[route], exception_handlers={HTTPException: _http_error})
    return RequestLog(app, state)
