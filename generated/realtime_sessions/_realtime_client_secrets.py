"""`RealtimeClientSecrets` and `AsyncRealtimeClientSecrets`: `POST /realtime/client_secrets`, typed and retried.

    from realtime_sessions import RealtimeClientSecrets

    client = RealtimeClientSecrets()  # OPENAI_API_KEY, OPENAI_BASE_URL
    result = client.create(...)

Generated from templates/client.py.jinja and openapi/operations.yaml by `nox -s regenerate`;
do not edit. The endpoint is described by the generated module `api.realtime.create_realtime_client_secret`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._client import APIResponse, AsyncEndpointClient, SyncEndpointClient
from .api.realtime import create_realtime_client_secret as _endpoint

if TYPE_CHECKING:
    from .client_secret_create_params import ClientSecretCreateParams
    from .models import ClientSecretCreateResponse

__all__ = ["AsyncRealtimeClientSecrets", "RealtimeClientSecrets"]


class RealtimeClientSecrets(SyncEndpointClient):
    """Client for `POST /realtime/client_secrets`.

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

    def create(self, **params: Unpack[ClientSecretCreateParams]) -> ClientSecretCreateResponse:
        """Create a Realtime client secret with an associated session configuration.

        Arguments are checked against the spec before anything is sent: a wrong type, an out-of-range
        value, an unknown keyword or a union member of the wrong kind raises `TypeError`/`ValueError`
        naming the field. Nested objects may be plain dicts or the generated request models.

        Raises `APIStatusError` subclasses for non-2xx answers, `APIConnectionError` /
        `APITimeoutError` when no answer came, `APIResponseValidationError` for a bad body.
        """
        response, _ = self._call(_endpoint, params)
        return self._parse(response, _endpoint.RESPONSE_MODEL.from_dict)

    @property
    def with_raw_response(self) -> RealtimeClientSecretsWithRawResponse:
        """`client.with_raw_response.create(...)` returns an `APIResponse` (headers, request_id)."""
        return RealtimeClientSecretsWithRawResponse(self)


class RealtimeClientSecretsWithRawResponse:
    """`create` returning the HTTP response; `.parse()` gives the `ClientSecretCreateResponse`."""

    def __init__(self, client: RealtimeClientSecrets) -> None:
        self._client = client

    def create(
        self, **params: Unpack[ClientSecretCreateParams]
    ) -> APIResponse[ClientSecretCreateResponse]:
        """As `RealtimeClientSecrets.create`, but returns the raw response."""
        response, retries_taken = self._client._call(_endpoint, params)
        return self._client._raw(response, _endpoint.RESPONSE_MODEL.from_dict, retries_taken)


class AsyncRealtimeClientSecrets(AsyncEndpointClient):
    """The `async` twin of `RealtimeClientSecrets`: same arguments, `await client.create(...)`.

    `http_client` must be an `httpx.AsyncClient`; use `async with` or `await close()`.
    """

    async def create(
        self, **params: Unpack[ClientSecretCreateParams]
    ) -> ClientSecretCreateResponse:
        """Create a Realtime client secret with an associated session configuration.

        Arguments are checked against the spec before anything is sent: a wrong type, an out-of-range
        value, an unknown keyword or a union member of the wrong kind raises `TypeError`/`ValueError`
        naming the field. Nested objects may be plain dicts or the generated request models.

        Raises `APIStatusError` subclasses for non-2xx answers, `APIConnectionError` /
        `APITimeoutError` when no answer came, `APIResponseValidationError` for a bad body.
        """
        response, _ = await self._call(_endpoint, params)
        return self._parse(response, _endpoint.RESPONSE_MODEL.from_dict)

    @property
    def with_raw_response(self) -> AsyncRealtimeClientSecretsWithRawResponse:
        """`await client.with_raw_response.create(...)` returns an `APIResponse`."""
        return AsyncRealtimeClientSecretsWithRawResponse(self)


class AsyncRealtimeClientSecretsWithRawResponse:
    """`create` returning the HTTP response; `.parse()` gives the `ClientSecretCreateResponse`."""

    def __init__(self, client: AsyncRealtimeClientSecrets) -> None:
        self._client = client

    async def create(
        self, **params: Unpack[ClientSecretCreateParams]
    ) -> APIResponse[ClientSecretCreateResponse]:
        """As `AsyncRealtimeClientSecrets.create`, but returns the raw response."""
        response, retries_taken = await self._client._call(_endpoint, params)
        return self._client._raw(response, _endpoint.RESPONSE_MODEL.from_dict, retries_taken)
