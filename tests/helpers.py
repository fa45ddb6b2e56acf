"""Shared test helpers: where things are, skips for what a bare clone lacks, and a raw-socket
server (`ScriptedServer`) for answers no HTTP library would send."""

from __future__ import annotations

import functools
import importlib
import json
import socket
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from spectools.project import Operation, operations

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
UPSTREAM = SHARED / "upstream" / "openapi.yaml"
SEED_DIR = SHARED / "seed"

needs_upstream = pytest.mark.skipif(
    not UPSTREAM.is_file(),
    reason=f"needs the upstream description at {UPSTREAM} (../shared is not beside this clone)",
)
needs_seed = pytest.mark.skipif(
    not SEED_DIR.is_dir(),
    reason=f"needs the API reference page in {SEED_DIR} (../shared is not beside this clone)",
)

DATA = Path(__file__).parent / "data"
# tests/data/bad_requests.json: invalid arguments, each for the operation it names
# (`"operation": "POST /realtime/client_secrets"`; POST /realtime/sessions when it names none).
BAD_REQUESTS: list[dict[str, Any]] = json.loads((DATA / "bad_requests.json").read_text())


def operation_of(case: dict[str, Any]) -> Operation:
    """The bound operation a corpus case is for."""
    label = case.get("operation", operations()[0].label)
    return next(op for op in operations() if op.label == label)


def endpoint_of(op: Operation) -> ModuleType:
    """The generated `api.realtime.<operation>` module of `op`, imported here: the package loads
    it with its client, on first use, not on `import realtime_sessions`."""
    return importlib.import_module(f"realtime_sessions.api.realtime.{_endpoint_name(op.label)}")


@functools.cache
def _endpoint_name(label: str) -> str:
    from spectools.generate import endpoint_module
    from spectools.overlays import resolved_spec

    return endpoint_module(resolved_spec(), next(op for op in operations() if op.label == label))


def content_length(head: bytes) -> int:
    """The Content-Length of a request head (0 without one)."""
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 0


class ScriptedServer:
    """Accepts connections on 127.0.0.1 and answers each request with the next raw bytes."""

    def __init__(self, *answers: bytes) -> None:
        self.answers = list(answers)
        self.requests: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/v1"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while self.answers:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with connection:
                request = self._read_request(connection)
                if request is None:
                    continue  # the client went away mid-request: wait for the next one
                self.requests.append(request)
                connection.sendall(self.answers.pop(0))

    @staticmethod
    def _read_request(connection: socket.socket) -> bytes | None:
        connection.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = content_length(head)
        while len(body) < length:
            chunk = connection.recv(65536)
            if not chunk:
                return None
            body += chunk
        return head + b"\r\n\r\n" + body

    def close(self) -> None:
        self._listener.close()
        self._thread.join(timeout=5)
