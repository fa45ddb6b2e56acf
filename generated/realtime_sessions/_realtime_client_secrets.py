"""`RealtimeClientSecrets` and `AsyncRealtimeClientSecrets`: `POST /realtime/client_secrets`, typed and retried.

    from realtime_sessions import RealtimeClientSecrets

    client = RealtimeClientSecrets()  # OPENAI_API_KEY, OPENAI_BASE_URL
    result = client.create(...)

Generated from templates/client.py.jinja and openapi/operations.yaml by `nox -s regenerate`;
do not edit. The endpoint is described by the generated module `api.realtime.create_realtime_client_secret`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._client import APIResponse, AsyncEndpointClient, SyncEndpointClient
from .api.realtime import create_realtime_client_secret as _endpoint
from .types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from .client_secret_create_params import ClientSecretExpiration, SessionConfiguration
    from .models import ClientSecretCreateResponse

__all__ = ["AsyncRealtimeClientSecrets", "RealtimeClientSecrets"]


class RealtimeClientSecrets(SyncEndpointClient):
    """Client for `POST /realtime/client_secrets`.

    Args:
        api_key: defaults to `OPENAI_API_KEY`; without either, construction fails.
        base_url: defaults to `OPENAI_BASE_URL`, then `https://api.openai.com/v1`.
        organization: sent as `OpenAI-Organization`; defaults to `OPENAI_ORG_ID`; "" sends
            none, even when the variable is set.
        project: sent as `OpenAI-Project`; defaults to `OPENAI_PROJECT_ID`; "" as for
            `organization`.
        timeout: seconds or an `httpx.Timeout`; default 60 s (5 s to connect); None disables.
        max_retries: retries after the first attempt (default 2) on connection errors,
            timeouts, 408, 409, 429 and >= 500 (never a 2xx), with exponential backoff or
            `retry-after`.
        default_headers: extra headers on every request.
        validate_requests: False skips checking arguments against the spec on every call
            (see `create`'s `validate`); JSON's own limits (NaN) are still enforced.
        http_client: your own `httpx.Client` (proxies, mounts, cookies: the one the package
            makes for itself keeps none); you close it.

    Every argument is checked here: an unusable one (a key with a trailing space, a base_url
    that is not an http(s) URL, a NaN or negative timeout) raises `ConfigurationError` naming
    it, never echoing a credential. `with_options(...)` gives a copy with any of them changed.
    Use as a context manager, or call `close()`.
    """

    def create(
        self,
        *,
        expires_after: ClientSecretExpiration | Unset = UNSET,
        session: SessionConfiguration | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        validate: bool | Unset = UNSET,
    ) -> ClientSecretCreateResponse:
        """Create a Realtime client secret with an associated session configuration.

        Arguments are checked against the spec before anything is sent: a wrong type, an out-of-range
        value or a union member of the wrong kind raises `TypeError`/`ValueError` naming the field.
        Nested objects are plain dicts, typed by the TypedDicts of
        `realtime_sessions.client_secret_create_params`. An argument left out (`UNSET`) is not sent; `None` is
        sent as JSON `null`.

        Args:
            expires_after: Configuration for the client secret expiration. Expiration refers to the
                time after which a client secret will no longer be valid for creating sessions. The
                session itself may continue after that time once started. A secret can be used to
                create multiple sessions until it expires.
            session: Session configuration to use for the client secret. Choose either a realtime
                session or a transcription session.
            extra_headers: headers for this call only, over the client's.
            extra_query: query parameters for this call only.
            extra_body: JSON merged into the body after validation (objects key by key): for fields
                or values newer than this package, which the server may accept before it is
                regenerated. Not checked against the spec, but it must be JSON.
            timeout: seconds or an `httpx.Timeout` for this call, overriding the client's; None
                disables it.
            validate: False sends the arguments without checking them against the spec (types,
                enums, limits): for a value the API accepts but the embedded schema refuses (say, a
                range upstream has widened). Values JSON cannot carry (NaN) are still refused.
                Default: the client's `validate_requests` (True).

        Returns:
            The parsed `ClientSecretCreateResponse`; its `_request_id` is the response's `x-request-id`.

        Raises:
            ModelValidationError: a bad argument (a `ValueError`; `ModelTypeError` is a `TypeError`).
            APIStatusError: a non-2xx answer (a subclass per status).
            APIConnectionError: no answer came (`APITimeoutError` when a timeout expired).
            APIResponseValidationError: a 2xx whose body is not the documented JSON object.
        """
        response, _ = self._call(
            _endpoint,
            {
                "expires_after": expires_after,
                "session": session,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            validate,
        )
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
        self,
        *,
        expires_after: ClientSecretExpiration | Unset = UNSET,
        session: SessionConfiguration | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        validate: bool | Unset = UNSET,
    ) -> APIResponse[ClientSecretCreateResponse]:
        """As `RealtimeClientSecrets.create`, but returns the raw response."""
        response, retries_taken = self._client._call(
            _endpoint,
            {
                "expires_after": expires_after,
                "session": session,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            validate,
        )
        return self._client._raw(response, _endpoint.RESPONSE_MODEL.from_dict, retries_taken)


class AsyncRealtimeClientSecrets(AsyncEndpointClient):
    """The `async` twin of `RealtimeClientSecrets`: same arguments, `await client.create(...)`.

    `http_client` must be an `httpx.AsyncClient`; use `async with` or `await close()`.
    """

    async def create(
        self,
        *,
        expires_after: ClientSecretExpiration | Unset = UNSET,
        session: SessionConfiguration | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        validate: bool | Unset = UNSET,
    ) -> ClientSecretCreateResponse:
        """Create a Realtime client secret with an associated session configuration.

        Arguments are checked against the spec before anything is sent: a wrong type, an out-of-range
        value or a union member of the wrong kind raises `TypeError`/`ValueError` naming the field.
        Nested objects are plain dicts, typed by the TypedDicts of
        `realtime_sessions.client_secret_create_params`. An argument left out (`UNSET`) is not sent; `None` is
        sent as JSON `null`.

        Args:
            expires_after: Configuration for the client secret expiration. Expiration refers to the
                time after which a client secret will no longer be valid for creating sessions. The
                session itself may continue after that time once started. A secret can be used to
                create multiple sessions until it expires.
            session: Session configuration to use for the client secret. Choose either a realtime
                session or a transcription session.
            extra_headers: headers for this call only, over the client's.
            extra_query: query parameters for this call only.
            extra_body: JSON merged into the body after validation (objects key by key): for fields
                or values newer than this package, which the server may accept before it is
                regenerated. Not checked against the spec, but it must be JSON.
            timeout: seconds or an `httpx.Timeout` for this call, overriding the client's; None
                disables it.
            validate: False sends the arguments without checking them against the spec (types,
                enums, limits): for a value the API accepts but the embedded schema refuses (say, a
                range upstream has widened). Values JSON cannot carry (NaN) are still refused.
                Default: the client's `validate_requests` (True).

        Returns:
            The parsed `ClientSecretCreateResponse`; its `_request_id` is the response's `x-request-id`.

        Raises:
            ModelValidationError: a bad argument (a `ValueError`; `ModelTypeError` is a `TypeError`).
            APIStatusError: a non-2xx answer (a subclass per status).
            APIConnectionError: no answer came (`APITimeoutError` when a timeout expired).
            APIResponseValidationError: a 2xx whose body is not the documented JSON object.
        """
        response, _ = await self._call(
            _endpoint,
            {
                "expires_after": expires_after,
                "session": session,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            validate,
        )
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
        self,
        *,
        expires_after: ClientSecretExpiration | Unset = UNSET,
        session: SessionConfiguration | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        validate: bool | Unset = UNSET,
    ) -> APIResponse[ClientSecretCreateResponse]:
        """As `AsyncRealtimeClientSecrets.create`, but returns the raw response."""
        response, retries_taken = await self._client._call(
            _endpoint,
            {
                "expires_after": expires_after,
                "session": session,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            validate,
        )
        return self._client._raw(response, _endpoint.RESPONSE_MODEL.from_dict, retries_taken)
