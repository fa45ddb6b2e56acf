"""Fault injection: the table of modes, their parser, and the "first N requests" budget.

A fault is written `MODE[=ARGUMENT][;times=N]`, e.g. `429`, `429=250`, `delay=0.5`,
`500;times=2`. It comes from the `X-Mock-Fault` request header or, for every request, from the
server (`--fault`, or the test fixture). It replaces the answer to a request that passed auth
and validation. With `times=N` only the first N matching requests fail (counted per
`X-Mock-Fault-Key` header value, or globally without one), so retries can be seen to recover.
"""

from __future__ import annotations

import asyncio
import json
import math
import socket
import struct
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import Receive, Scope, Send

from .errors import openai_error

__all__ = ["FAULT_MODES", "Fault", "FaultBudget", "FaultCall", "FaultError", "FaultMode"]

UNKNOWN_FIELD = "future_field"  # what `unknown-field` adds at the top level
UNKNOWN_VOICE = "juniper"  # what `unknown-enum` puts in audio.output.voice


class FaultError(ValueError):
    """A fault text that names no mode or has a bad argument."""


@dataclass(frozen=True)
class FaultCall:
    """What a fault needs to answer: the body it replaces, its argument, the raw socket."""

    session: dict[str, Any]  # the 200 body the mock would have sent
    argument: Any  # as the mode's `parse_argument` made it; None when not given
    transport: asyncio.Transport | None  # None when not served over a real socket
    unknown_enum: tuple[str, ...] | None = None  # the enum field `unknown-enum` overwrites


async def _await_disconnect(receive: Receive) -> None:
    # uvicorn reports the closed connection as http.disconnect; the app then ends quietly.
    while (await receive())["type"] != "http.disconnect":
        pass


class _ResetResponse(Response):
    """Abort the connection with a TCP RST (SO_LINGER 0), sending nothing."""

    def __init__(self, transport: asyncio.Transport) -> None:
        super().__init__()
        self.transport = transport

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        sock = self.transport.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.transport.abort()
        await _await_disconnect(receive)


class _TruncatedResponse(Response):
    """Declare the full Content-Length, send half the bytes, then close the connection."""

    def __init__(self, body: bytes, transport: asyncio.Transport) -> None:
        super().__init__(body, media_type="application/json")
        self.transport = transport

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        await send(
            {
                "type": "http.response.body",
                "body": self.body[: len(self.body) // 2],
                "more_body": True,
            }
        )
        self.transport.close()
        await _await_disconnect(receive)


def _session_bytes(session: dict[str, Any]) -> bytes:
    return json.dumps(session).encode()


async def _rate_limited(call: FaultCall) -> Response:
    milliseconds = call.argument if call.argument is not None else 100
    headers = {
        "retry-after-ms": str(int(milliseconds)),
        "retry-after": str(math.ceil(milliseconds / 1000)),  # HTTP allows whole seconds only
    }
    message = "Rate limit reached for requests (mock). Please try again shortly."
    return openai_error(429, message, type="requests", code="rate_limit_exceeded", headers=headers)


def _server_error(status: int, message: str) -> Callable[[FaultCall], Awaitable[Response]]:
    async def respond(call: FaultCall) -> Response:
        return openai_error(status, message, type="server_error")

    return respond


async def _delayed(call: FaultCall) -> Response:
    await asyncio.sleep(call.argument if call.argument is not None else 1.0)
    return JSONResponse(call.session)


async def _reset(call: FaultCall) -> Response:
    if call.transport is None:
        return openai_error(500, "mock: 'reset' needs a real socket", type="server_error")
    return _ResetResponse(call.transport)


async def _truncated(call: FaultCall) -> Response:
    if call.transport is None:
        return openai_error(500, "mock: 'truncated' needs a real socket", type="server_error")
    return _TruncatedResponse(_session_bytes(call.session), call.transport)


async def _malformed_json(call: FaultCall) -> Response:
    body = _session_bytes(call.session)
    return Response(body[: len(body) // 2], media_type="application/json")


async def _html_502(call: FaultCall) -> Response:
    page = (
        "<html><head><title>502 Bad Gateway</title></head><body>"
        "<center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>"
    )
    return HTMLResponse(page, status_code=502)


async def _unknown_field(call: FaultCall) -> Response:
    return JSONResponse({**call.session, UNKNOWN_FIELD: {"added_in": "a future API version"}})


async def _unknown_enum(call: FaultCall) -> Response:
    session = json.loads(_session_bytes(call.session))
    node = session
    path = call.unknown_enum or ()
    for name in path[:-1]:
        node = node.get(name) if isinstance(node, dict) else None
    if not path or not isinstance(node, dict):
        raise FaultError("this operation's answer has no enum field to replace")
    node[path[-1]] = UNKNOWN_VOICE
    return JSONResponse(session)


def _number(text: str, *, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise FaultError(f"{what} must be a number, got {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise FaultError(f"{what} must be a finite number >= 0, got {text!r}")
    return value


def _path_and_value(text: str, *, what: str) -> tuple[list[str], Any]:
    path, separator, raw = text.partition("=")
    if not separator:
        raise FaultError(f"{what} must be PATH=JSON, got {text!r}")
    steps = [] if path in ("", ".") else path.split(".")
    if "" in steps:
        raise FaultError(f"{what}: {path!r} has an empty step")
    try:
        value = json.loads(raw)  # NaN and Infinity included: malformed bodies are the point
    except ValueError:
        raise FaultError(f"{what}: {raw!r} is not JSON") from None
    return steps, value


def _step_into(node: Any, step: str, where: str) -> tuple[Any, str | int]:
    """The container `step` indexes and the key to use; FaultError when the session has none."""
    if isinstance(node, dict):
        return node, step
    if isinstance(node, list):
        if step.isdecimal() and int(step) < len(node):
            return node, int(step)
        raise FaultError(f"{where} is a list of {len(node)}; {step!r} is not an index of it")
    raise FaultError(f"{where} is {json.dumps(node)}, which has no field {step!r}")


async def _set_field(call: FaultCall) -> Response:
    path, value = call.argument
    if not path:
        return Response(json.dumps(value), media_type="application/json")
    session: Any = json.loads(_session_bytes(call.session))
    node = session
    for depth, step in enumerate(path[:-1]):
        container, key = _step_into(node, step, ".".join(path[:depth]) or "the session")
        node = container.setdefault(key, {}) if isinstance(container, dict) else container[key]
    container, key = _step_into(node, path[-1], ".".join(path[:-1]) or "the session")
    container[key] = value
    return Response(json.dumps(session), media_type="application/json")


@dataclass(frozen=True)
class FaultMode:
    summary: str
    respond: Callable[[FaultCall], Awaitable[Response]]
    argument: str | None = None  # what `MODE=ARGUMENT` means, when the mode takes one
    parse_argument: Callable[..., Any] = _number


# The single list of fault modes; the docs and the module docstring are checked against it.
FAULT_MODES: dict[str, FaultMode] = {
    "429": FaultMode(
        "429 rate_limit_exceeded with `retry-after-ms: MS` and `retry-after` (whole seconds)",
        _rate_limited,
        argument="MS, default 100",
    ),
    "500": FaultMode("500 server_error", _server_error(500, "The server had an error (mock).")),
    "503": FaultMode(
        "503 server_error (overloaded)", _server_error(503, "The engine is overloaded (mock).")
    ),
    "520": FaultMode(
        "520 server_error (unknown upstream error)", _server_error(520, "Unknown error (mock).")
    ),
    "delay": FaultMode(
        "wait SECONDS, then answer normally", _delayed, argument="SECONDS, default 1"
    ),
    "reset": FaultMode("reset the TCP connection (RST) without answering", _reset),
    "malformed-json": FaultMode(
        "200 application/json whose body is cut in half (invalid JSON)", _malformed_json
    ),
    "html-502": FaultMode("502 text/html gateway page, as a proxy sends", _html_502),
    "truncated": FaultMode(
        "200 with the full Content-Length but half the body, then close", _truncated
    ),
    "unknown-field": FaultMode(
        f"valid session plus an unknown top-level `{UNKNOWN_FIELD}`", _unknown_field
    ),
    "unknown-enum": FaultMode(
        f"valid answer whose voice (operations.yaml `unknown_enum`) is `{UNKNOWN_VOICE}`",
        _unknown_enum,
    ),
    "set": FaultMode(
        "200 with the session's field at PATH (dotted; `.` = the whole body) replaced by JSON",
        _set_field,
        argument='PATH=JSON, e.g. `set=audio.output.speed="fast"`',
        parse_argument=_path_and_value,
    ),
}


@dataclass(frozen=True)
class Fault:
    mode: str
    argument: Any = None
    times: int | None = None  # None: every request; N: only the first N
    text: str = ""  # as written, for logs and the budget

    @classmethod
    def parse(cls, text: str) -> Fault:
        head, *options = [part.strip() for part in text.split(";")]
        mode, has_argument, raw_argument = head.partition("=")
        if mode not in FAULT_MODES:
            raise FaultError(f"unknown fault mode {mode!r}; known: {', '.join(FAULT_MODES)}")
        if has_argument and FAULT_MODES[mode].argument is None:
            raise FaultError(f"fault mode {mode!r} takes no argument")
        parse = FAULT_MODES[mode].parse_argument
        argument = parse(raw_argument, what=f"{mode} argument") if has_argument else None
        times = None
        for option in options:
            name, _, value = option.partition("=")
            if name != "times":
                raise FaultError(f"unknown fault option {name!r}; known: times=N")
            times = int(_number(value, what="times"))
        return cls(mode, argument, times, text.strip())

    async def respond(self, call: FaultCall) -> Response:
        return await FAULT_MODES[self.mode].respond(call)


class FaultBudget:
    """Counts how often each (key, fault) pair fired, so `times=N` stops after N."""

    def __init__(self) -> None:
        self._fired: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()  # tests reset it from another thread

    def fires(self, key: str, fault: Fault) -> bool:
        if fault.times is None:
            return True
        with self._lock:
            fired = self._fired.get((key, fault.text), 0)
            if fired >= fault.times:
                return False
            self._fired[(key, fault.text)] = fired + 1
            return True

    def reset(self) -> None:
        with self._lock:
            self._fired.clear()
