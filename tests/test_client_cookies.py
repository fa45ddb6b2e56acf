"""Cookies: our own httpx client neither sends nor keeps the cookies a server sets (its requests are
built without the client's cookies, so storing them is work nothing reads); a caller's
`http_client` keeps and sends its own, as httpx does."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from realtime_sessions import AsyncRealtimeClientSecrets, RealtimeClientSecrets

from spectools.bench.body import bound_responses, full_response_body
from spectools.overlays import resolved_spec

KEY = "sk-test-cookies-0123456789"
PATH = "/v1/realtime/client_secrets"
SET_COOKIE = "__cf_bm=abc123; Path=/; HttpOnly"


def _serve(server: HTTPServer, calls: int) -> None:
    spec = resolved_spec()
    bound = next(b for b in bound_responses(spec) if b.path == "/realtime/client_secrets")
    body = full_response_body(spec, bound)
    for _ in range(calls):
        server.expect_ordered_request(PATH, method="POST").respond_with_json(
            body, headers={"Set-Cookie": SET_COOKIE}
        )


def _cookie_headers(server: HTTPServer) -> list[Any]:
    return [request.headers.get("Cookie") for request, _ in server.log]


def test_our_own_client_neither_keeps_nor_sends_a_cookie(server: HTTPServer) -> None:
    _serve(server, 2)
    with RealtimeClientSecrets(api_key=KEY, base_url=server.url_for("/v1")) as client:
        first = client.create(session={"type": "realtime"})
        client.create(session={"type": "realtime"})
        assert not client._http.cookies.jar
    assert first.value  # the response parsed
    assert _cookie_headers(server) == [None, None]


def test_our_own_async_client_neither_keeps_nor_sends_a_cookie(server: HTTPServer) -> None:
    import asyncio

    _serve(server, 2)

    async def run() -> None:
        async with AsyncRealtimeClientSecrets(api_key=KEY, base_url=server.url_for("/v1")) as c:
            await c.create(session={"type": "realtime"})
            await c.create(session={"type": "realtime"})
            assert not c._http.cookies.jar

    asyncio.run(run())
    assert _cookie_headers(server) == [None, None]


def test_a_callers_client_keeps_and_sends_its_cookies(server: HTTPServer) -> None:
    _serve(server, 2)
    with httpx.Client() as http:
        client = RealtimeClientSecrets(
            api_key=KEY, base_url=server.url_for("/v1"), http_client=http
        )
        client.create(session={"type": "realtime"})
        client.create(session={"type": "realtime"})
        assert http.cookies.get("__cf_bm") == "abc123"
    assert _cookie_headers(server) == [None, "__cf_bm=abc123"]


@pytest.mark.parametrize("kind", [httpx.Client, httpx.AsyncClient])
def test_only_our_own_client_is_cookieless(kind: type[Any]) -> None:
    """A caller's client keeps httpx's own cookies: we never replace anything of theirs. Ours is
    still an httpx client of the kind asked for, whose cookies cannot be set."""
    cls = RealtimeClientSecrets if kind is httpx.Client else AsyncRealtimeClientSecrets
    http = kind()
    theirs = cls(api_key=KEY, base_url="http://127.0.0.1:9/v1", http_client=http)
    assert theirs._http is http and type(http.cookies) is httpx.Cookies
    ours = cls(api_key=KEY, base_url="http://127.0.0.1:9/v1")
    assert isinstance(ours._http, kind) and not ours._http.cookies
    with pytest.raises(AttributeError, match="keeps no cookies"):
        ours._http.cookies = {"a": "b"}
