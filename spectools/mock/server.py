"""Run the app with uvicorn's `Server` on a socket we bind ourselves: in the foreground or in a
thread.

Binding the socket here gives tests a free port without a race (port 0), and lets us set
TCP_NODELAY on the listener; Linux copies it to every accepted socket, and asyncio also sets it
on each TCP transport. Without it Nagle's algorithm holds small responses for ~40 ms.

Each connection is the mock's own protocol on httptools (`protocol.py`, on uvloop) where
httptools is installed (the `mock` dependency group pins it and uvloop): it does per request only
what the mock needs. Without httptools (a C extension: PyPy, a Python without wheels yet) it is
uvicorn's h11 protocol on asyncio, hardened here the same way:

- a deadline for each request head (`Limits.request_timeout`): uvicorn's keep-alive timer stops
  at the first byte, so a client stalled mid-headers would otherwise hold a connection for ever;
- heads larger than `MAX_HEAD_BYTES` get a 400 and the connection closes (h11 counts them);
- each response leaves in one write: uvicorn writes the head and the body separately, which on
  loopback costs a second send() and wakes the client twice (a third of the mock's time).

It shuts down gracefully on a signal, cancelling what still runs after 3 seconds.
"""

from __future__ import annotations

import asyncio
import importlib.util
import math
import socket
import threading
import time
from collections.abc import Iterable
from types import TracebackType
from typing import Any, Literal, cast

import h11
import uvicorn
from starlette.types import Scope
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..overlays import resolved_spec
from ..project import operations
from .app import Connection, Limits, MockState, RecordedRequest, create_app, socket_nodelay
from .faults import Fault
from .protocol import MAX_HEAD_BYTES, HeadDeadline, MockProtocol
from .session import check_reflections
from .spec import MockOperation

__all__ = ["MAX_HEAD_BYTES", "MockServer"]

_START_TIMEOUT_SECONDS = 10.0
_SHUTDOWN_TIMEOUT_SECONDS = 3  # requests still running then (a long `delay`) are cancelled

Parser = Literal["auto", "httptools", "h11"]
EventLoop = Literal["auto", "uvloop", "asyncio"]


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


class OneWritePerResponse(asyncio.Transport):
    """A transport that holds writes and sends them as one: at the end of each response
    (`flush`), before closing, or at the latest once the event loop turns (`call_soon`)."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._transport = transport
        self._loop = loop
        self._held: list[bytes | bytearray | memoryview] = []

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not data:
            return
        if not self._held:
            self._loop.call_soon(self.flush)  # nothing waits longer than one turn of the loop
        self._held.append(data)

    def writelines(self, list_of_data: Iterable[bytes | bytearray | memoryview]) -> None:
        for data in list_of_data:
            self.write(data)

    def flush(self) -> None:
        if self._held:
            data = b"".join(self._held)
            self._held.clear()
            self._transport.write(data)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def abort(self) -> None:
        self._held.clear()  # an abort sends nothing (the `reset` fault relies on it)
        self._transport.abort()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(len(d) for d in self._held)

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)


class HardenedH11Protocol(HeadDeadline, H11Protocol):
    """uvicorn's h11 protocol with a head deadline and one write per response: the stack where
    httptools is not installed."""

    tcp_nodelay: bool | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A TCP transport (uvloop's are not asyncio.Transport subclasses, but quack alike).
        self.tcp_nodelay = socket_nodelay(transport)  # read once: requests report it
        super().connection_made(OneWritePerResponse(cast(asyncio.Transport, transport), self.loop))
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        cast(OneWritePerResponse, self.transport).flush()
        self._arm_head_timer()  # the next head is due in time too (pipelined: cancelled below)
        super().on_response_complete()

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state is not h11.IDLE:  # the head is in (or the connection ended)
            self._cancel_head_timer()


def _protocol(parser: Parser, limits: Limits) -> type[asyncio.Protocol]:
    if parser == "httptools" or (parser == "auto" and _installed("httptools")):
        return type(
            MockProtocol.__name__,
            (MockProtocol,),
            {
                "head_timeout": limits.request_timeout,
                "body_timeout": limits.request_timeout,
                "max_body_bytes": limits.max_body_bytes,
            },
        )
    return type(
        HardenedH11Protocol.__name__,
        (HardenedH11Protocol,),
        {"head_timeout": limits.request_timeout},
    )


class MockServer:
    """The mock on a real socket. `with MockServer() as mock:` serves it in a background thread."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        fault: str | None = None,
        spec: dict[str, Any] | None = None,
        limits: Limits | None = None,
        http: Parser = "auto",
        loop: EventLoop = "auto",
    ) -> None:
        """`http` and `loop` pick the parser (httptools: the mock's own protocol; h11: uvicorn's)
        and the event loop; "auto" takes httptools and uvloop where they are installed, h11 and
        asyncio otherwise."""
        document = resolved_spec() if spec is None else spec
        self.operations = tuple(MockOperation.from_spec(document, op) for op in operations())
        for operation in self.operations:
            check_reflections(operation)
        self.operation = self.operations[0]  # the first bound one: what `url` addresses
        self.state = MockState(
            fault=Fault.parse(fault) if fault else None,
            limits=limits or Limits(),
            connection_for=self._connection_for,
        )
        self.socket = _listening_socket(host, port)
        self.host, self.port = self.socket.getsockname()[:2]
        self.loop: EventLoop = loop
        if loop == "auto":
            self.loop = "uvloop" if _installed("uvloop") else "asyncio"
        self.protocol = _protocol(http, self.state.limits)
        config = uvicorn.Config(
            create_app(self.operations, self.state),
            http=self.protocol,
            h11_max_incomplete_event_size=MAX_HEAD_BYTES,
            timeout_graceful_shutdown=_SHUTDOWN_TIMEOUT_SECONDS,
            # An idle connection closes when the next head is late (`Limits.request_timeout`,
            # 10 s), on both stacks: uvicorn's own 5 s keep-alive timer must not fire first, as
            # it equals httpx's pool expiry and a client would reuse a connection being closed.
            timeout_keep_alive=math.ceil(self.state.limits.request_timeout) + 1,
            loop=self.loop,
            ws="none",
            lifespan="off",
            log_config=None,  # leave logging to the caller (pytest's caplog, the CLI)
            access_log=False,  # RequestLog writes the one line per request
            proxy_headers=False,  # no proxy in front: X-Forwarded-For is not the client's address
            server_header=False,  # the real API sends no `server: uvicorn`; `date` it does send
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self.operation.base_path}"

    @property
    def url(self) -> str:
        """The first bound operation's full URL: http://127.0.0.1:4010/v1/realtime/sessions."""
        return self.base_url + self.operation.path

    def url_for(self, path: str) -> str:
        """An operation's full URL by its path: `url_for("/realtime/client_secrets")`."""
        return self.base_url + path

    @property
    def requests(self) -> list[RecordedRequest]:
        """What arrived, oldest first: the most recent ones, as many as `Limits` keeps."""
        return self.state.requests.snapshot()

    def set_fault(self, fault: str | None) -> None:
        """Fault every request from now on (None: stop); resets the `times=N` counts."""
        self.state.fault = Fault.parse(fault) if fault else None
        self.state.budget.reset()

    def reset(self) -> None:
        """Forget received requests, the server fault and the `times=N` counts."""
        self.state.reset()

    def _connection_for(self, scope: Scope) -> Connection | None:
        # uvicorn's server_state lists open connections; scope["client"] is the peer address.
        for connection in list(self._server.server_state.connections):
            if getattr(connection, "client", None) == scope.get("client"):
                return cast(Connection, connection)
        return None

    def serve_forever(self) -> None:
        """Serve in this thread until SIGINT/SIGTERM (the `mock` command), then free the port.

        uvicorn shuts down gracefully and then re-raises the signal it caught, so that the
        process's own handler decides what the signal means (the command makes both a quiet exit).
        """
        try:
            self._server.run(sockets=[self.socket])
        finally:
            self.socket.close()

    def start(self) -> MockServer:
        """Serve in a background thread; return once the socket accepts requests."""
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self.socket]},
            name="mock-server",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("mock server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=_START_TIMEOUT_SECONDS)
            self._thread = None
        self.socket.close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
