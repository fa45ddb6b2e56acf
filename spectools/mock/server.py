"""Run the app with uvicorn on a socket we bind ourselves: in the foreground or in a thread.

Binding the socket here gives tests a free port without a race (port 0), and lets us set
TCP_NODELAY on the listener; Linux copies it to every accepted socket, and asyncio also sets it
on each TCP transport. Without it Nagle's algorithm holds small responses for ~40 ms.

uvicorn runs h11 with a deadline for each request head (`Limits.request_timeout`), and shuts
down gracefully on a signal, cancelling what still runs after 3 seconds.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType
from typing import Any

import h11
import uvicorn
from starlette.types import Scope
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..overlays import resolved_spec
from ..project import operations
from .app import Limits, MockState, RecordedRequest, create_app
from .faults import Fault
from .session import check_reflections
from .spec import MockOperation

__all__ = ["MockServer"]

_START_TIMEOUT_SECONDS = 10.0
_SHUTDOWN_TIMEOUT_SECONDS = 3  # requests still running then (a long `delay`) are cancelled


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def _protocol_with_head_timeout(seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol with a deadline for each request head.

    uvicorn times out idle keep-alive connections, but any byte cancels that timer, so a
    client that opens a connection and stalls mid-headers would hold it for ever.
    """

    class HeadTimeoutProtocol(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm_head_timer()

        def on_response_complete(self) -> None:
            self._arm_head_timer()  # the next request's head is due in time too
            super().on_response_complete()

        def handle_events(self) -> None:
            super().handle_events()
            if self.conn.their_state is not h11.IDLE:  # the head is in (or the connection ended)
                self._cancel_head_timer()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_head_timer()
            super().connection_lost(exc)

        def _arm_head_timer(self) -> None:
            self._cancel_head_timer()
            self._head_timer = self.loop.call_later(seconds, self._head_timed_out)

        def _cancel_head_timer(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_timed_out(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

    return HeadTimeoutProtocol


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
    ) -> None:
        document = resolved_spec() if spec is None else spec
        self.operations = tuple(MockOperation.from_spec(document, op) for op in operations())
        for operation in self.operations:
            check_reflections(operation)
        self.operation = self.operations[0]  # the first bound one: what `url` addresses
        self.state = MockState(
            fault=Fault.parse(fault) if fault else None,
            limits=limits or Limits(),
            transport_for=self._transport_for,
        )
        self.socket = _listening_socket(host, port)
        self.host, self.port = self.socket.getsockname()[:2]
        config = uvicorn.Config(
            create_app(self.operations, self.state),
            # h11, the pure-Python parser, so faults behave the same everywhere
            http=_protocol_with_head_timeout(self.state.limits.request_timeout),
            timeout_graceful_shutdown=_SHUTDOWN_TIMEOUT_SECONDS,
            loop="asyncio",
            ws="none",
            lifespan="off",
            log_config=None,  # leave logging to the caller (pytest's caplog, the CLI)
            access_log=False,  # RequestLog writes the one line per request
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

    def _transport_for(self, scope: Scope) -> asyncio.Transport | None:
        # uvicorn's server_state lists open connections; scope["client"] is the peer address.
        for connection in list(self._server.server_state.connections):
            if getattr(connection, "client", None) == scope.get("client"):
                transport: asyncio.Transport = connection.transport
                return transport
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
