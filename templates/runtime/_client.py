"""What every generated client class shares: construction, one call of an endpoint, raw responses.

The public classes (`RealtimeSessions`, `RealtimeClientSecrets` and their `Async` twins) are
generated per operation from `templates/client.py.jinja`; they only describe their endpoint
(the generated `api.realtime.<operation>` module) and their method's signature. Validation,
sending, retries, errors and parsing live here and in `_base_client`, once.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    BaseClient,
    RequestOptions,
    SyncAPIClient,
)
from ._exceptions import ConfigurationTypeError
from ._response import APIResponse
from ._secrets import CallSecrets
from ._validation import check_request, merge_json, to_json
from .types import UNSET, Unset

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIResponse",
    "AsyncEndpointClient",
    "Endpoint",
    "SyncEndpointClient",
    "deprecated",
    "request_body",
]

_F = TypeVar("_F", bound=Callable[..., Any])

# PEP 702: type checkers flag calls of a `@deprecated` method. `warnings.deprecated` exists from
# Python 3.13; below that the runtime only records `__deprecated__` (as the PEP specifies) rather
# than import typing_extensions, which is no dependency of ours. `category=None` everywhere: the
# warning itself is ours (`_warn_deprecated`), once per process and naming the successor.
if sys.version_info >= (3, 13):
    from warnings import deprecated
elif TYPE_CHECKING:
    from typing_extensions import deprecated
else:

    def deprecated(message, /, *, category=None, stacklevel=1):
        def mark(target):
            target.__deprecated__ = message
            return target

        return mark


# The deprecated endpoints that have warned in this process (`POST /path`): once each.
_warned: set[str] = set()
# What a call without `extra_headers` brings to the log filter: nothing.
_NO_SECRETS = CallSecrets(())


class Endpoint(Protocol):
    """What a generated `api.realtime.<operation>` module tells the runtime about its endpoint."""

    METHOD: str
    PATH: str
    DEPRECATED: bool
    SUCCESSOR: str | None

    def request_schema(self) -> Mapping[str, Any]: ...

    def request_fits(self) -> Callable[[Any], bool]: ...


def _warn_deprecated(endpoint: Endpoint) -> None:
    label = f"{endpoint.METHOD} {endpoint.PATH}"
    if endpoint.DEPRECATED and label not in _warned:
        _warned.add(label)
        successor = f"; use {endpoint.SUCCESSOR} instead" if endpoint.SUCCESSOR else ""
        # warn <- here <- request_body <- _request <- _call <- create <- the caller's line.
        warnings.warn(
            f"{label} is deprecated by OpenAI{successor}.", DeprecationWarning, stacklevel=6
        )


def request_body(
    endpoint: Endpoint,
    params: Mapping[str, Any],
    *,
    validate: bool = True,
    extra_body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A call's arguments as the JSON body: those left `UNSET` dropped, the rest checked against
    the endpoint's request schema unless `validate` is false, then `extra_body` merged in.

    Raises `ModelTypeError` / `ModelValidationError` naming the field: then nothing is sent.
    Without validation, values JSON cannot carry (NaN, a lone surrogate) are still refused.
    """
    _warn_deprecated(endpoint)
    given = {name: value for name, value in params.items() if value is not UNSET}
    # The whole request schema from the spec (types, enums, limits, formats, unknown keys,
    # tagged unions), naming the field; what passes is the JSON body.
    body = (
        check_request(given, endpoint.request_schema(), endpoint.request_fits())
        if validate
        else to_json(given)
    )
    if extra_body is not None:
        body = merge_json(body, extra_body)  # after validation: it is for what the spec lacks
    return body


def _request(
    client: BaseClient[Any],
    endpoint: Endpoint,
    params: Mapping[str, Any],
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
    extra_body: Mapping[str, Any] | None,
    timeout: float | httpx.Timeout | Unset | None,
    validate: bool | Unset,
) -> tuple[httpx.Request, CallSecrets]:
    """One call's request, built once, and the credentials of its `extra_headers`: what `_call`
    of the sync and the async client share."""
    if validate is not UNSET and not isinstance(validate, bool):
        raise ConfigurationTypeError(
            "validate", f"must be True or False, not {type(validate).__name__}"
        )
    options = None
    if extra_headers is not None or extra_query is not None or timeout is not UNSET:
        options = RequestOptions(extra_headers, extra_query, timeout)
    body = request_body(
        endpoint,
        params,
        validate=client.validate_requests if validate is UNSET else validate,
        extra_body=extra_body,
    )
    request = client._build_request(endpoint.METHOD, endpoint.PATH, body, options)
    return request, _NO_SECRETS if options is None else options.secrets


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
        validate_requests: bool = True,
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
            validate_requests=validate_requests,
            http_client=http_client,
            http_client_type=httpx.Client,
        )

    def _call(
        self,
        endpoint: Endpoint,
        params: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        validate: bool | Unset = UNSET,
    ) -> tuple[httpx.Response, int]:
        """Validate, send with retries, raise for a non-2xx: the response and retries taken."""
        request, secrets = _request(
            self, endpoint, params, extra_headers, extra_query, extra_body, timeout, validate
        )
        with secrets:  # httpcore may log a server echoing them before we see the answer
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
        validate_requests: bool = True,
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
            validate_requests=validate_requests,
            http_client=http_client,
            http_client_type=httpx.AsyncClient,
        )

    async def _call(
        self,
        endpoint: Endpoint,
        params: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        validate: bool | Unset = UNSET,
    ) -> tuple[httpx.Response, int]:
        """Validate, send with retries, raise for a non-2xx: the response and retries taken."""
        request, secrets = _request(
            self, endpoint, params, extra_headers, extra_query, extra_body, timeout, validate
        )
        with secrets:  # left on cancellation too
            response, retries_taken = await self._send(request)
            self._raise_for_status(response)
        return response, retries_taken
