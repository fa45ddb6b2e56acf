"""Transport, retries and error mapping shared by `RealtimeSessions` and `AsyncRealtimeSessions`.

Every decision (what to retry, how long to wait, which error to raise, how to parse) lives in
`BaseClient` and the module functions; `SyncAPIClient._send` and `AsyncAPIClient._send` are
the same short loop, one with `time.sleep`, the other with `await asyncio.sleep`.

Configuration is checked once, in the constructor: every unusable argument raises a
`ConfigurationError` naming it, so nothing fails later deep inside httpx. Every text that
becomes an error (a server's message, an httpx/h11 message) is scrubbed of the client's secrets.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from types import EllipsisType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    ConfigurationTypeError,
    ModelValidationError,
    error_message,
    status_error_class,
)
from ._logging import logger
from ._response import APIResponse
from ._secrets import Scrubber, check_header_name, check_header_value, is_sensitive
from ._validation import MAX_DEPTH, encode_json, json_problem_path

if TYPE_CHECKING:
    import asyncio

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
# httpx's own defaults, spelled out: the async client gates its calls by max_connections.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
INITIAL_RETRY_DELAY = 0.5  # seconds; doubled per retry ...
MAX_RETRY_DELAY = 8.0  # ... up to this, then up to 25 % jitter is subtracted
MAX_RETRY_AFTER = 60.0  # a server asking for a longer wait gets the backoff instead
MAX_TIMEOUT = 1e6  # seconds; beyond it the OS clock overflows (None disables a timeout)
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
    """Never a 2xx (retrying would create a second session). For the rest, `x-should-retry`
    from the server wins; else 408, 409, 429 and every status >= 500 are retried."""
    if response.is_success:
        return False
    override = response.headers.get("x-should-retry", "").strip().lower()
    if override == "true":
        return True
    if override == "false":
        return False
    status = response.status_code
    return status in (408, 409, 429) or status >= 500


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait, if sane: `retry-after-ms`, else `retry-after` in
    seconds, else `retry-after` as an HTTP-date. A header that is unparsable or out of range
    falls back to the next one; every way a header can be wrong ends here, never in the loop."""
    for parse, name in _RETRY_AFTER_READERS:
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = parse(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if 0 < seconds <= MAX_RETRY_AFTER:  # false for NaN too
            return seconds
    return None


def _http_date_delay(value: str) -> float:
    import email.utils  # only an HTTP-date needs it

    return email.utils.parsedate_to_datetime(value).timestamp() - time.time()


_RETRY_AFTER_READERS: tuple[tuple[Callable[[str], float], str], ...] = (
    (lambda v: float(v) / 1000, "retry-after-ms"),
    (float, "retry-after"),
    (_http_date_delay, "retry-after"),
)


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


def _check_timeout(timeout: object, name: str = "timeout") -> httpx.Timeout:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float | httpx.Timeout | None):
        raise ConfigurationTypeError(
            name,
            f"must be a number of seconds, an httpx.Timeout or None, not {type(timeout).__name__}",
        )
    result = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    for part, seconds in result.as_dict().items():
        if seconds is not None and not 0 <= seconds <= MAX_TIMEOUT:  # NaN fails too
            label = name if not isinstance(timeout, httpx.Timeout) else f"{name}.{part}"
            shown = seconds if isinstance(seconds, float) else "a huge number"
            raise ConfigurationError(
                label,
                f"must be between 0 and {MAX_TIMEOUT:.0f} seconds (None disables it), got {shown}",
            )
    return result


def _check_max_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError("max_retries", "must be an integer >= 0 (0 disables retries)")
    return max_retries


def _check_base_url(base_url: object, name: str) -> httpx.URL:
    if not isinstance(base_url, str | httpx.URL):
        raise ConfigurationTypeError(
            name, f"must be a string or httpx.URL, not {type(base_url).__name__}"
        )
    try:
        url = httpx.URL(str(base_url))
    except httpx.InvalidURL as exc:
        # httpx's reason ("Invalid port: ':1'") is echoed unless the URL could hold a password.
        reason = f" ({exc})" if "@" not in str(base_url) else ""
        raise ConfigurationError(name, f"is not a valid URL{reason}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            name, "must be an absolute http(s) URL, like https://api.openai.com/v1"
        )
    if url.userinfo:
        raise ConfigurationError(
            name, "must not carry credentials (user:password@); send them in default_headers"
        )
    if url.query or url.fragment:
        raise ConfigurationError(name, "must not have a query string or fragment")
    return url


def _causes(error: BaseException) -> Iterator[BaseException]:
    """`error` and what it was raised from: the OS error is at most a few links down."""
    seen: BaseException | None = error
    for _ in range(5):
        if seen is None:
            return
        yield seen
        seen = seen.__cause__ or seen.__context__


def _describe(error: BaseException) -> str:
    """`ReadError: [Errno 104] Connection reset by peer`: httpx often wraps an empty message."""
    detail = next((str(e) for e in _causes(error) if str(e)), "")
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def _would_block(error: BaseException) -> bool:
    """A socket call with a zero timeout fails with BlockingIOError: that is a timeout too."""
    return any(isinstance(e, BlockingIOError) for e in _causes(error))


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
        key_name = "api_key" if api_key is not None else "OPENAI_API_KEY"
        api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        if api_key is None or api_key == "":
            raise ConfigurationError(
                key_name,
                "is missing: pass api_key=... to the client or set the OPENAI_API_KEY "
                "environment variable.",
            )
        api_key = check_header_value(key_name, api_key)
        url_name = "base_url"
        if base_url is None:
            url_name = "OPENAI_BASE_URL" if os.environ.get("OPENAI_BASE_URL") else "base_url"
            base_url = os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL
        if http_client is not None and not isinstance(http_client, http_client_type):
            raise ConfigurationTypeError(
                "http_client",
                f"must be an {http_client_type.__module__}.{http_client_type.__name__}, "
                f"not {type(http_client).__name__}",
            )
        # A caller's configured client keeps its timeout, unless it is httpx's own default.
        if (
            http_client is not None
            and timeout is DEFAULT_TIMEOUT
            and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT
        ):
            timeout = http_client.timeout

        self.api_key = api_key
        self.base_url = _check_base_url(base_url, url_name)
        self.organization = organization
        self.project = project
        self.timeout = _check_timeout(timeout)
        self.max_retries = _check_max_retries(max_retries)
        # Built once per client: nothing header-related happens per call.
        headers = {
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": _user_agent(),
        }
        if organization is not None:
            headers["OpenAI-Organization"] = check_header_value("organization", organization)
        if project is not None:
            headers["OpenAI-Project"] = check_header_value("project", project)
        if default_headers is not None and not isinstance(default_headers, Mapping):
            raise ConfigurationTypeError(
                "default_headers", f"must be a mapping, not {type(default_headers).__name__}"
            )
        for name, value in (default_headers or {}).items():
            label = f"default_headers[{check_header_name('default_headers', name)!r}]"
            headers[name] = check_header_value(label, value)
        self._headers = httpx.Headers(headers)
        # What must never show in an error: the key, and any credential in the other headers
        # (ours or those of a caller's http_client).
        secrets = [api_key, *(v for k, v in self._headers.items() if is_sensitive(k))]
        if http_client is not None:
            secrets.extend(v for k, v in http_client.headers.items() if is_sensitive(k))
        self._scrub = Scrubber(secrets)
        self._owns_http = http_client is None
        # Our own httpx client has no headers, cookies or hooks of its own to merge, so requests
        # are built directly (build_request's merging costs ~12 µs a call); a caller's client
        # goes through build_request so its configuration applies.
        self._direct_requests = http_client is None
        self._urls: dict[str, httpx.URL] = {}  # path -> absolute URL, parsed once
        self._http = (
            http_client
            if http_client is not None
            else http_client_type(timeout=self.timeout, limits=DEFAULT_CONNECTION_LIMITS)
        )
        self._init_transport()

    def _init_transport(self) -> None:
        """Per-transport state, set up once the configuration is known (see AsyncAPIClient)."""

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

        new_timeout = self.timeout if timeout is ... else _check_timeout(timeout)
        new_max_retries = (
            self.max_retries if max_retries is None else _check_max_retries(max_retries)
        )
        clone = copy.copy(self)
        clone._owns_http = False
        clone.timeout = new_timeout
        clone.max_retries = new_max_retries
        return clone

    # -- one request ---------------------------------------------------------------------------

    def _build_request(self, method: str, path: str, body: Mapping[str, Any]) -> httpx.Request:
        """The request, built once and re-sent unchanged by every attempt."""
        content = encode_json(body)
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
        # httpx/h11 messages may quote header values or raw server bytes: scrub the whole chain,
        # since a traceback prints every exception in it.
        self._scrub.exception_chain(error)
        if isinstance(error, httpx.TimeoutException) or _would_block(error):
            return APITimeoutError(request, f"Request timed out ({type(error).__name__}).")
        return APIConnectionError(request, f"Connection error: {self._scrub(_describe(error))}")

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        # Scrubbed before it is decoded or cut: a key split by a length limit is unrecognisable.
        text = self._scrub(response.text)
        body: object
        try:
            body = json.loads(text)
        except (ValueError, RecursionError):  # not JSON (a proxy's HTML page...): keep the text
            body = text
        error = status_error_class(response.status_code)(
            error_message(response.status_code, body), response, body=body
        )
        error._redact(self._scrub)  # what JSON escapes hid from the first pass, the request id
        return error

    def _parse(self, response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], _T]) -> _T:
        """A 2xx body -> model; every way it can be wrong is an APIResponseValidationError."""
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:  # ValueError includes UnicodeDecodeError
            raise self._undecodable(response, exc) from exc
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                f"Expected a JSON object, got {_JSON_NAMES.get(type(data), type(data).__name__)}",
                response,
                body=data,
            )
        try:
            return from_dict(data)
        except ModelValidationError as exc:
            error = APIResponseValidationError(
                f"Invalid response: {exc}", response, body=data, path=exc.path
            )
            cause: Exception = exc
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            # Generated parsers should raise ModelValidationError; never leak a bare error anyway.
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            error = APIResponseValidationError(f"Invalid response: {detail}", response, body=data)
            cause = exc
        error._redact(self._scrub)
        raise error from cause

    def _undecodable(self, response: httpx.Response, exc: Exception) -> APIResponseValidationError:
        """The error for a 2xx body json.loads refused. Text too deep, or holding an integer too
        long for Python to convert, gets the field named."""
        text = self._scrub(response.text)
        found = None
        if not isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
            found = json_problem_path(text, MAX_DEPTH)
        if found is not None:
            path, problem = found
            message = f"Invalid response: {path or 'the body'} {problem}"
        else:
            kind = response.headers.get("content-type", "no content-type")
            message = f"Expected a JSON object in the {response.status_code} response, got {kind}"
            path = ""
        error = APIResponseValidationError(message, response, body=text[:1000], path=path)
        error._redact(self._scrub)
        return error

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
    """The `async` twin of `SyncAPIClient`: the same loop, awaiting.

    Calls on the client's own connection pool pass a gate of `max_connections` slots first, so
    httpcore never queues a request. httpcore 1.0.9 (the latest; httpx 0.28.1 uses it) leaks
    a pool slot for good when a queued request is cancelled just after the pool gave it a new
    connection (encode/httpcore#1093): with `asyncio.wait_for` around `create()` under load,
    every slot leaks and each later call fails with a pool timeout. A request cancelled while
    waiting at our gate (an `asyncio.Semaphore`, which is cancellation-safe) holds nothing.
    A caller's own `http_client` is not gated: keep its concurrency <= its max_connections
    when you cancel calls (see tests/test_client_pool.py).
    """

    _gate: asyncio.Semaphore | None

    def _init_transport(self) -> None:
        self._gate = None
        slots = DEFAULT_CONNECTION_LIMITS.max_connections
        if self._owns_http and slots is not None:  # shared by with_options() copies, as the pool
            import asyncio

            self._gate = asyncio.Semaphore(slots)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        gate = self._gate
        if gate is None:
            return await self._http.send(request)
        if gate.locked():  # every slot is taken: wait, at most the pool timeout, as httpx would
            import asyncio

            try:
                async with asyncio.timeout(self.timeout.pool):
                    await gate.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("No connection slot became free", request=request) from None
        else:
            await gate.acquire()  # returns at once
        try:
            return await self._http.send(request)
        finally:
            gate.release()

    async def _send(self, request: httpx.Request) -> tuple[httpx.Response, int]:
        """Send with retries; returns the final response and the number of retries taken."""
        max_retries = self.max_retries
        attempt = 0
        while True:
            try:
                response = await self._send_once(request)
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
