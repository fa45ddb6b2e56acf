"""A tiny keep-alive HTTP/1.1 server for the loopback benchmark (run in its own process).

    python -m spectools.bench.loopback_server BODY_FILE

Answers every request (any method, any path) with `200` and the bytes of BODY_FILE as
`application/json`, keeps connections open, sets TCP_NODELAY on accepted sockets, prints
`PORT <n>` on stdout once listening on 127.0.0.1 and exits when stdin closes. It parses only
what it must (the header block and `Content-Length`), so its own cost stays far below the
clients' and is the same for every client measured.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path

__all__ = ["main"]


class _Protocol(asyncio.Protocol):
    def __init__(self, response: bytes) -> None:
        self._response = response
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            length = 0
            for line in bytes(buffer[:end]).split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            total = end + 4 + length
            if len(buffer) < total:
                return
            del buffer[:total]
            assert self._transport is not None
            self._transport.write(self._response)


def build_response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "x-request-id: req_bench\r\n"
        "connection: keep-alive\r\n\r\n"
    )
    return head.encode("ascii") + body


async def _serve(body: bytes) -> None:
    loop = asyncio.get_running_loop()
    response = build_response(body)
    server = await loop.create_server(lambda: _Protocol(response), "127.0.0.1", 0, backlog=64)
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {port}\n")
    sys.stdout.flush()
    # Exit when the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m spectools.bench.loopback_server BODY_FILE", file=sys.stderr)
        return 2
    asyncio.run(_serve(Path(args[0]).read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
