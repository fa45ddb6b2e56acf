"""Transport, retries and error mapping shared by `RealtimeSessions` and `AsyncRealtimeSessions`.

Every decision (what to retry, how long to wait, which error to raise, how to parse) lives in
`BaseClient` and the module functions; `SyncAPIClient._send` and `AsyncAPIClient._send` are
the same short loop, one with `time.sleep`, the other with `await asyncio.sleep`.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping
from functools import cache
from types import EllipsisType, TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ModelValidationError,
    RealtimeSessionsError,
    error_message,
    status_error_class,
)
from ._logging import logger
from ._response import APIResponse

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "BaseClient",
    "SyncAPIClient",
]

DEFAULT_BASE_URL = "https://api.openai.com/v1"
# Creating a session is a quick call: a minute to read the answer, 5 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds; doubled per retry ...
MAX_RETRY_DELAY = 8.0  # ... up to this, then up to 25 % jitter is subtracted
MAX_RETRY_AFTER = 60.0  # a server asking for a longer wait gets the backoff instead
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)
# Transport errors worth another attempt; the rest (bad URL scheme, illegal header...) are ours.
_RETRYABLE_ERRORS = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)

_JSON_NAMES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
_JSON_NAMES[type(None)] = "null"

_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)
_T = TypeVar("_T")


def _should_retry(response: httpx.Response) -> bool:
    """`x-should-retry` from the server wins; else 408, 409, 429 and every status >= 500."""
    override = response.headers.get("x-should-retry", "").strip().lower()
    if override == "true":
        return True
    if override == "false":
        return False
    status = response.status_code
    return status in (408, 409, 429) or status >= 500


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, `retry-after`), if sane."""
    seconds: float | None = None
    try:
        if "retry-after-ms" in headers:
            seconds = float(headers["retry-after-ms"]) / 1000
        elif "retry-after" in headers:
            seconds = float(headers["retry-after"])
    except ValueError:
        seconds = None
    if seconds is None and "retry-after" in headers:
        import email.utils  # only an HTTP-date needs it

        try:
            when = email.utils.parsedate_to_datetime(headers["retry-after"])
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - time.time()
    if seconds is None or seconds != seconds:  # NaN compares unequal to itself
        return None
    return seconds if 0 < seconds <= MAX_RETRY_AFTER else None


def _retry_delay(retries_taken: int, headers: httpx.Headers | None = None) -> float:
    """Seconds before retry number `retries_taken + 1`: the server's wish, else backoff."""
    if headers is not None:
        asked = _retry_after(headers)
        if asked is not None:
            return asked
    import random  # only once a retry is due

    delay: float = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 32), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


@cache
def _user_agent() -> str:
    # Looked up once, on first client construction, to keep `import realtime_sessions` cheap.
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("realtime-sessions")
    except PackageNotFoundError:
        ours = "unknown"
    return f"realtime-sessions/{ours} python-httpx/{httpx.__version__}"


def _check_header_value(name: str, value: str) -> None:
    # Fail at construction, without echoing the value, rather than deep inside httpx later.
    if not value.isascii() or not value.isprintable():
        raise RealtimeSessionsError(
            f"{name} contains characters that are not allowed in HTTP headers"
        )


def _plain(value: Any) -> Any:
    """Generated request models -> dicts, recursively; everything else unchanged."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type | Mapping):
        return _plain(to_dict())
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _describe(error: BaseException) -> str:
    """`ReadError: [Errno 104] Connection reset by peer`: httpx often wraps an empty message."""
    seen: BaseException | None = error
    for _ in range(5):  # the OS error is at most a few links down
        if seen is None or str(seen):
            break
        seen = seen.__cause__ or seen.__context__
    detail = str(seen) if seen is not None else ""
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


class BaseClient(Generic[_HttpT]):
    """Configuration and every decision shared by the sync and async clients."""

    api_key: str
    base_url: httpx.URL
    organization: str | None
    project: str | None
    timeout: httpx.Timeout
    max_retries: int
    _http: _HttpT
    _owns_http: bool

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        organization: str | None,
        project: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: _HttpT | None,
        http_client_type: type[_HttpT],
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        if not api_key:
            raise RealtimeSessionsError(
                "No API key: pass api_key=... to the client or set the OPENAI_API_KEY "
                "environment variable."
            )
        _check_header_value("api_key", api_key)
        if base_url is None:
            base_url = os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError("max_retries must be an integer >= 0 (0 disables retries)")
        if http_client is not None and not isinstance(http_client, http_client_type):
            raise TypeError(
                f"http_client must be an {http_client_type.__module__}.{http_client_type.__name__}, "
                f"not {type(http_client).__name__}"
            )
        # A caller's configured client keeps its timeout, unless it is httpx's own default.
        if (
            http_client is not None
            and timeout is DEFAULT_TIMEOUT
            and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT
        ):
            timeout = http_client.timeout

        self.api_key = api_key
        self.base_url = httpx.URL(str(base_url))
        self.organization = organization
        self.project = project
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries
        # Built once per client: nothing header-related happens per call.
        headers = {
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": _user_agent(),
        }
        if organization is not None:
            _check_header_value("organization", organization)
            headers["OpenAI-Organization"] = organization
        if project is not None:
            _check_header_value("project", project)
            headers["OpenAI-Project"] = project
        self._headers = httpx.Headers({**headers, **(default_headers or {})})
        self._owns_http = http_client is None
        # Our own httpx client has no headers, cookies or hooks of its own to merge, so requests
        # are built directly (build_request's merging costs ~12 µs a call); a caller's client
        # goes through build_request so its configuration applies.
        self._direct_requests = http_client is None
        self._urls: dict[str, httpx.URL] = {}  # path -> absolute URL, parsed once
        self._http = (
            http_client if http_client is not None else http_client_type(timeout=self.timeout)
        )

    def __repr__(self) -> str:
        # Never the key, nor default_headers (which may carry other credentials).
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, "
            f"organization={self.organization!r}, project={self.project!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | EllipsisType | None = ...,
        max_retries: int | None = None,
    ) -> Self:
        """A copy with another `timeout` and/or `max_retries`, sharing this client's connections.

        `client.with_options(timeout=5, max_retries=0).create(...)`; closing the copy leaves
        the connection pool to the original client.
        """
        import copy

        clone = copy.copy(self)
        clone._owns_http = False
        if timeout is not ...:
            if timeout is not None and not isinstance(timeout, int | float | httpx.Timeout):
                raise TypeError("timeout must be a number of seconds, an httpx.Timeout or None")
            clone.timeout = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        if max_retries is not None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ValueError("max_retries must be an integer >= 0 (0 disables retries)")
            clone.max_retries = max_retries
        return clone

    # -- one request ---------------------------------------------------------------------------

    def _build_request(self, method: str, path: str, body: Mapping[str, Any]) -> httpx.Request:
        """The request, built once and re-sent unchanged by every attempt."""
        content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = httpx.URL(f"{str(self.base_url).rstrip('/')}{path}")
        if self._direct_requests:
            extensions = {"timeout": self.timeout.as_dict()}
            return httpx.Request(
                method, url, content=content, headers=self._headers, extensions=extensions
            )
        return self._http.build_request(
            method, url, content=content, headers=self._headers, timeout=self.timeout
        )

    def _retry_plan(
        self,
        request: httpx.Request,
        attempt: int,
        max_retries: int,
        response: httpx.Response | None,
        error: Exception | None = None,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to stop; logs the attempt."""
        if response is not None:
            retry = _should_retry(response)
            outcome = str(response.status_code)
        else:
            retry = isinstance(error, _RETRYABLE_ERRORS)
            outcome = type(error).__name__
        delay = None
        if retry and attempt < max_retries:
            delay = _retry_delay(attempt, response.headers if response is not None else None)
        logger.debug(
            "%s %s -> %s (attempt %d of %d)%s",
            request.method,
            request.url,
            outcome,
            attempt + 1,
            max_retries + 1,
            f", retrying in {delay:.2f}s" if delay is not None else "",
        )
        return delay

    def _connection_error(self, request: httpx.Request, error: Exception) -> APIConnectionError:
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(request, f"Request timed out ({type(error).__name__}).")
        return APIConnectionError(request, f"Connection error: {_describe(error)}")

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        body: object
        try:
            body = json.loads(response.content)
        except ValueError:  # not JSON (an HTML error page from a proxy, say): keep the text
            body = response.text
        message = error_message(response.status_code, body)
        if self.api_key in message:  # some servers echo the key back; never let it through
            message = message.replace(self.api_key, "<redacted>")
        return status_error_class(response.status_code)(message, response, body=body)

    def _parse(self, response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], _T]) -> _T:
        """A 2xx body -> model; every way it can be wrong is an APIResponseValidationError."""
        try:
            data = json.loads(response.content)
        except ValueError as exc:  # includes UnicodeDecodeError
            kind = response.headers.get("content-type", "no content-type")
            raise APIResponseValidationError(
                f"Expected a JSON object in the {response.status_code} response, got {kind}",
                response,
                body=response.text[:1000],
            ) from exc
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                f"Expected a JSON object, got {_JSON_NAMES.get(type(data), type(data).__name__)}",
                response,
                body=data,
            )
        try:
            return from_dict(data)
        except ModelValidationError as exc:
            raise APIResponseValidationError(
                f"Invalid response: {exc}", response, body=data, path=exc.path
            ) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # Generated parsers should raise ModelValidationError; never leak a bare error anyway.
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise APIResponseValidationError(
                f"Invalid response: {detail}", response, body=data
            ) from exc

    def _raise_for_status(self, response: httpx.Response) -> None:
        if not response.is_success:
            raise self._status_error(response)

    def _raw(
        self,
        response: httpx.Response,
        from_dict: Callable[[Mapping[str, Any]], _T],
        retries_taken: int,
    ) -> APIResponse[_T]:
        return APIResponse(response, lambda r: self._parse(r, from_dict), retries_taken)


class SyncAPIClient(BaseClient[httpx.Client]):
    """The blocking transport loop."""

    def _send(self, request: httpx.Request) -> tuple[httpx.Response, int]:
        """Send with retries; returns the final response and the number of retries taken."""
        max_retries = self.max_retries
        attempt = 0
        while True:
            try:
                response = self._http.send(request)
            except httpx.RequestError as exc:
                delay = self._retry_plan(request, attempt, max_retries, None, exc)
                if delay is None:
                    raise self._connection_error(request, exc) from exc
            else:
                delay = self._retry_plan(request, attempt, max_retries, response)
                if delay is None:
                    return response, attempt
                response.close()
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool (not a caller-supplied `http_client`: its owner closes it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """The `async` twin of `SyncAPIClient`: the same loop, awaiting."""

    async def _send(self, request: httpx.Request) -> tuple[httpx.Response, int]:
        """Send with retries; returns the final response and the number of retries taken."""
        max_retries = self.max_retries
        attempt = 0
        while True:
            try:
                response = await self._http.send(request)
            except httpx.RequestError as exc:
                delay = self._retry_plan(request, attempt, max_retries, None, exc)
                if delay is None:
                    raise self._connection_error(request, exc) from exc
            else:
                delay = self._retry_plan(request, attempt, max_retries, response)
                if delay is None:
                    return response, attempt
                await response.aclose()
            import asyncio  # only once a retry is due: keeps it out of `import realtime_sessions`

            await asyncio.sleep(delay)
            attempt += 1

    async def close(self) -> None:
        """Close the connection pool (not a caller-supplied `http_client`: its owner closes it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
