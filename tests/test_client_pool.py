"""Issue 10 item 11: cancelling async creates must not exhaust the connection pool.

With httpx 0.28.1 / httpcore 1.0.9 (the latest of both), a request cancelled while it waits
for a connection, just after the pool handed it a brand-new one, leaves that connection in the
pool forever, CONNECTING with no owner (encode/httpcore#1093; unreleased fix in the httpx2 fork).
`asyncio.wait_for(client.create(...), tiny)` under load hits that window; once every slot has
leaked, every later call fails with a pool timeout. No httpx/httpcore release avoids it, so the
async client gates calls on its own pool by `max_connections` (an asyncio.Semaphore, which is
cancellation-safe): httpcore then never queues a request, and the window never opens.

Both tests drive the same churn (bounded by a call budget, not by time) against an HTTP/1.1
server on 127.0.0.1: the first shows plain httpx leaking (so the churn really reaches the
window), the second shows our client keeping its pool whole. A caller who passes their own
`http_client` gets no gate: the workaround is theirs to apply the same way (cap concurrency
at the pool's max_connections with a semaphore).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from realtime_sessions import APIError, AsyncRealtimeSessions, _base_client

from tests.helpers import content_length

SLOTS = 10  # a small pool leaks completely in a few thousand cancelled calls
CALL_BUDGET = 6000
CONCURRENCY = 2 * SLOTS  # contention: requests queue in httpcore unless something gates them
BODY = b'{"id":"sess_pool","object":"realtime.session"}'


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A keep-alive HTTP/1.1 server answering every request with a tiny session."""
    with contextlib.suppress(Exception):  # a cancelled client closes mid-request: that ends it
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            await reader.readexactly(content_length(head))
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Content-Length: %d\r\n\r\n%s" % (len(BODY), BODY)
            )
            await writer.drain()


def _orphans(pool: Any) -> list[Any]:
    """Connections still connecting although no request is in the pool: leaked slots."""
    if pool._requests:
        return []
    return [c for c in pool.connections if "CONNECTING" in repr(c)]


async def _churn(call: Callable[[], Awaitable[Any]], leaked: Callable[[], bool]) -> int:
    """Cancel calls at random early moments until the budget is spent or the pool is gone."""
    calls = 0
    stop = False

    async def worker() -> None:
        nonlocal calls, stop
        while not stop and calls < CALL_BUDGET:
            calls += 1
            with contextlib.suppress(TimeoutError, httpx.HTTPError, APIError):
                await asyncio.wait_for(call(), timeout=random.uniform(0.0001, 0.005))
            if calls % 200 == 0 and leaked():
                stop = True

    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return calls


async def _served(main: Callable[[str], Awaitable[None]]) -> None:
    server = await asyncio.start_server(_serve, "127.0.0.1", 0)
    try:
        await main(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
    finally:
        server.close()


def test_plain_httpx_leaks_pool_slots_under_cancellation():
    """The upstream defect, shown with httpx alone. If this starts skipping (a fixed httpcore),
    the gate in AsyncAPIClient can go."""

    async def main(url: str) -> None:
        limits = httpx.Limits(max_connections=SLOTS, max_keepalive_connections=SLOTS)
        timeout = httpx.Timeout(2.0, pool=0.5)
        async with httpx.AsyncClient(limits=limits, timeout=timeout) as client:
            pool = client._transport._pool  # type: ignore[attr-defined]
            await _churn(
                lambda: client.post(f"{url}/v1/realtime/sessions", content=b"{}"),
                lambda: len(_orphans(pool)) == SLOTS,
            )
            leaked = len(_orphans(pool))
            if not leaked:
                pytest.skip(f"httpcore {httpcore_version()} leaked nothing: is it fixed?")
            if leaked == SLOTS:  # every slot gone: the pool is dead for good
                with pytest.raises(httpx.PoolTimeout):
                    await client.post(f"{url}/v1/realtime/sessions", content=b"{}")

    asyncio.run(_served(main))


def httpcore_version() -> str:
    import httpcore

    return httpcore.__version__


def test_async_client_keeps_its_pool_under_the_same_cancellations(
    monkeypatch: pytest.MonkeyPatch,
):
    """Issue 10 item 11: the same churn through AsyncRealtimeSessions leaks nothing, and the
    next create succeeds."""
    warnings.simplefilter("ignore", DeprecationWarning)
    limits = httpx.Limits(max_connections=SLOTS, max_keepalive_connections=SLOTS)
    monkeypatch.setattr(_base_client, "DEFAULT_CONNECTION_LIMITS", limits)

    async def main(url: str) -> None:
        client = AsyncRealtimeSessions(
            api_key="sk-pool",
            base_url=f"{url}/v1",
            max_retries=0,
            timeout=httpx.Timeout(2.0, pool=0.5),
        )
        async with client:
            pool = client._http._transport._pool  # type: ignore[attr-defined]
            calls = await _churn(
                lambda: client.create(model="gpt-realtime"), lambda: bool(_orphans(pool))
            )
            assert calls == CALL_BUDGET  # never stopped early: nothing leaked
            assert _orphans(pool) == []
            for _ in range(3 * SLOTS):  # more than the pool holds, one after another
                assert (await client.create(model="gpt-realtime")).id == "sess_pool"

    asyncio.run(_served(main))
