"""What every generated client class shares: construction, one call of an endpoint, raw responses.

The public classes (`RealtimeSessions`, `RealtimeClientSecrets` and their `Async` twins) are
generated per operation from `templates/client.py.jinja`; they only describe their endpoint
(the generated `api.realtime.<operation>` module) and their method's signature. Validation,
sending, retries, errors and parsing live here and in `_base_client`, once.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any, Protocol

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._exceptions import ModelTypeError
from ._response import APIResponse
from ._validation import check_request

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIResponse",
    "AsyncEndpointClient",
    "Endpoint",
    "SyncEndpointClient",
    "request_body",
]

# The deprecated endpoints that have warned in this process (`POST /path`): once each.
_warned: set[str] = set()


class Endpoint(Protocol):
    """What a generated `api.realtime.<operation>` module tells the runtime about its endpoint."""

    METHOD: str
    PATH: str
    DEPRECATED: bool
    SUCCESSOR: str | None

    def request_schema(self) -> Mapping[str, Any]: ...

    def param_names(self) -> frozenset[str]: ...


def _warn_deprecated(endpoint: Endpoint) -> None:
    label = f"{endpoint.METHOD} {endpoint.PATH}"
    if endpoint.DEPRECATED and label not in _warned:
        _warned.add(label)
        successor = f"; use {endpoint.SUCCESSOR} instead" if endpoint.SUCCESSOR else ""
        # stacklevel 5: warn <- here <- request_body <- _call <- create <- the caller's line.
        warnings.warn(
            f"{label} is deprecated by OpenAI{successor}.", DeprecationWarning, stacklevel=5
        )


def request_body(endpoint: Endpoint, params: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a call's keyword arguments against the endpoint's request schema; the JSON body.

    Raises `ModelTypeError` / `ModelValidationError` naming the field: then nothing is sent.
    """
    _warn_deprecated(endpoint)
    names = endpoint.param_names()
    for name in params:
        if name not in names:
            import difflib  # only on the error path

            close = difflib.get_close_matches(name, names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ModelTypeError(name, f"unexpected keyword argument{hint}")
    # The whole request schema from the spec (types, enums, limits, formats, unknown keys,
    # tagged unions), naming the field; what passes is the JSON body, sent as is.
    return check_request(params, endpoint.request_schema())


class SyncEndpointClient(SyncAPIClient):
    """A blocking client for one endpoint. Every argument is checked here: an unusable one raises
    `ConfigurationError` naming it (see the generated class's docstring for each)."""

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

    def _call(self, endpoint: Endpoint, params: Mapping[str, Any]) -> tuple[httpx.Response, int]:
        """Validate, send with retries, raise for a non-2xx: the response and retries taken."""
        body = request_body(endpoint, params)
        request = self._build_request(endpoint.METHOD, endpoint.PATH, body)
        response, retries_taken = self._send(request)
        self._raise_for_status(response)
        return response, retries_taken


class AsyncEndpointClient(AsyncAPIClient):
    """The `async` twin of `SyncEndpointClient`; `http_client` must be an `httpx.AsyncClient`."""

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

    async def _call(
        self, endpoint: Endpoint, params: Mapping[str, Any]
    ) -> tuple[httpx.Response, int]:
        """Validate, send with retries, raise for a non-2xx: the response and retries taken."""
        body = request_body(endpoint, params)
        request = self._build_request(endpoint.METHOD, endpoint.PATH, body)
        response, retries_taken = await self._send(request)
        self._raise_for_status(response)
        return response, retries_taken
