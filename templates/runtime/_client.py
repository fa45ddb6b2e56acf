"""`RealtimeSessions` and `AsyncRealtimeSessions`: `POST /realtime/sessions`, typed and retried.

    from realtime_sessions import UNSET, RealtimeSessions

    client = RealtimeSessions()  # OPENAI_API_KEY, OPENAI_BASE_URL
    session = client.create(model="gpt-realtime", voice="marin", instructions="Be brief.")
    if session.client_secret is not UNSET:  # a field the server may leave out
        session.client_secret.value  # the ephemeral key for the browser

The endpoint (method, path, request/response models, deprecation) is described by the
generated module `api.realtime.create_realtime_session`; nothing about it is repeated here.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._exceptions import ModelTypeError
from ._response import APIResponse
from ._validation import check_request
from .api.realtime import create_realtime_session as _endpoint

if TYPE_CHECKING:
    from .models import SessionCreateResponse
    from .session_create_params import SessionCreateParams

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIResponse",
    "AsyncRealtimeSessions",
    "RealtimeSessions",
]

_warned = False  # the deprecation warning is issued once per process


def _warn_deprecated() -> None:
    global _warned
    if _endpoint.DEPRECATED and not _warned:
        _warned = True
        successor = f"; use {_endpoint.SUCCESSOR} instead" if _endpoint.SUCCESSOR else ""
        # stacklevel 4: warnings.warn <- here <- _create <- create <- the caller's line.
        warnings.warn(
            f"{_endpoint.METHOD} {_endpoint.PATH} is deprecated by OpenAI{successor}.",
            DeprecationWarning,
            stacklevel=4,
        )


@cache
def _param_names() -> frozenset[str]:
    # The TypedDict is needed at run time only for its keys; loaded on the first call.
    from .session_create_params import SessionCreateParams

    return SessionCreateParams.__required_keys__ | SessionCreateParams.__optional_keys__


def _request_body(params: Mapping[str, Any]) -> dict[str, Any]:
    """Validate `create()`'s keyword arguments against the spec; the JSON body, or raise."""
    names = _param_names()
    for name in params:
        if name not in names:
            import difflib  # only on the error path

            close = difflib.get_close_matches(name, names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ModelTypeError(name, f"unexpected keyword argument{hint}")
    # The whole request schema from the spec (types, enums, limits, formats, unknown keys),
    # naming the field; what passes is the JSON body, sent as is.
    return check_request(params)


class RealtimeSessions(SyncAPIClient):
    """Client for `POST /realtime/sessions` (deprecated by OpenAI: see `create`).

    Args:
        api_key: defaults to `OPENAI_API_KEY`; without either, construction fails.
        base_url: defaults to `OPENAI_BASE_URL`, then `https://api.openai.com/v1`.
        organization, project: sent as `OpenAI-Organization` / `OpenAI-Project`.
        timeout: seconds or an `httpx.Timeout`; default 60 s (5 s to connect); None disables.
        max_retries: retries after the first attempt (default 2) on connection errors,
            timeouts, 408, 409, 429 and >= 500 (never a 2xx), with exponential backoff or
            `retry-after`.
        default_headers: extra headers on every request.
        http_client: your own `httpx.Client` (proxies, mounts...); you close it.

    Every argument is checked here: an unusable one (a key with a trailing space, a base_url
    that is not an http(s) URL, a NaN or negative timeout) raises `ConfigurationError` naming
    it, never echoing a credential. Use as a context manager, or call `close()`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        organization: str | None = None,
        project: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            organization=organization,
            project=project,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            http_client_type=httpx.Client,
        )

    def create(self, **params: Unpack[SessionCreateParams]) -> SessionCreateResponse:
        """Create a Realtime session and its ephemeral client key.

        Deprecated by OpenAI in favour of `POST /realtime/client_secrets`; the first call in a
        process issues a `DeprecationWarning`.

        Arguments are checked against the spec before anything is sent: a wrong type, an
        out-of-range value or an unknown keyword raises `TypeError`/`ValueError` naming it.
        Nested objects may be plain dicts or the generated request models.

        Raises `APIStatusError` subclasses for non-2xx answers, `APIConnectionError` /
        `APITimeoutError` when no answer came, `APIResponseValidationError` for a bad body.
        """
        response, _ = self._create(params)
        return self._parse(response, _endpoint.RESPONSE_MODEL.from_dict)

    def _create(self, params: Mapping[str, Any]) -> tuple[httpx.Response, int]:
        _warn_deprecated()
        request = self._build_request(_endpoint.METHOD, _endpoint.PATH, _request_body(params))
        response, retries_taken = self._send(request)
        self._raise_for_status(response)
        return response, retries_taken

    @property
    def with_raw_response(self) -> RealtimeSessionsWithRawResponse:
        """`client.with_raw_response.create(...)` returns an `APIResponse` (headers, request_id)."""
        return RealtimeSessionsWithRawResponse(self)


class RealtimeSessionsWithRawResponse:
    """`create` returning the HTTP response; `.parse()` gives the `SessionCreateResponse`."""

    def __init__(self, client: RealtimeSessions) -> None:
        self._client = client

    def create(self, **params: Unpack[SessionCreateParams]) -> APIResponse[SessionCreateResponse]:
        """As `RealtimeSessions.create` (deprecated endpoint), but returns the raw response."""
        response, retries_taken = self._client._create(params)
        return self._client._raw(response, _endpoint.RESPONSE_MODEL.from_dict, retries_taken)


class AsyncRealtimeSessions(AsyncAPIClient):
    """The `async` twin of `RealtimeSessions`: same arguments, `await client.create(...)`.

    `http_client` must be an `httpx.AsyncClient`; use `async with` or `await close()`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        organization: str | None = None,
        project: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            organization=organization,
            project=project,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            http_client_type=httpx.AsyncClient,
        )

    async def create(self, **params: Unpack[SessionCreateParams]) -> SessionCreateResponse:
        """Create a Realtime session and its ephemeral client key (see `RealtimeSessions.create`).

        Deprecated by OpenAI in favour of `POST /realtime/client_secrets`; the first call in a
        process issues a `DeprecationWarning`.
        """
        response, _ = await self._create(params)
        return self._parse(response, _endpoint.RESPONSE_MODEL.from_dict)

    async def _create(self, params: Mapping[str, Any]) -> tuple[httpx.Response, int]:
        _warn_deprecated()
        request = self._build_request(_endpoint.METHOD, _endpoint.PATH, _request_body(params))
        response, retries_taken = await self._send(request)
        self._raise_for_status(response)
        return response, retries_taken

    @property
    def with_raw_response(self) -> AsyncRealtimeSessionsWithRawResponse:
        """`await client.with_raw_response.create(...)` returns an `APIResponse`."""
        return AsyncRealtimeSessionsWithRawResponse(self)


class AsyncRealtimeSessionsWithRawResponse:
    """`create` returning the HTTP response; `.parse()` gives the `SessionCreateResponse`."""

    def __init__(self, client: AsyncRealtimeSessions) -> None:
        self._client = client

    async def create(
        self, **params: Unpack[SessionCreateParams]
    ) -> APIResponse[SessionCreateResponse]:
        """As `AsyncRealtimeSessions.create` (deprecated endpoint), returning the raw response."""
        response, retries_taken = await self._client._create(params)
        return self._client._raw(response, _endpoint.RESPONSE_MODEL.from_dict, retries_taken)
