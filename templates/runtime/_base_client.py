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
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

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
from ._secrets import (
    CallSecrets,
    Scrubber,
    check_header_name,
    check_header_value,
    header_secrets,
)
from ._validation import MAX_DEPTH, encode_json, json_problem_path
from .types import UNSET, Unset

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "BaseClient",
    "RequestOptions",
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

# (constructor argument, the official SDK's environment variable, header)
_ACCOUNT_HEADERS = (
    ("organization", "OPENAI_ORG_ID", "OpenAI-Organization"),
    ("project", "OPENAI_PROJECT_ID", "OpenAI-Project"),
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
    from . import __version__  # the package's, generated from pyproject.toml

    return f"realtime-sessions/{__version__} python-httpx/{httpx.__version__}"


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
            # an int may have too many digits to print; a small one (-1) is shown as it is
            shown = "a huge number" if abs(seconds) > MAX_TIMEOUT * 1e12 else seconds
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


class _NoCookies(httpx.Cookies):
    """The cookies of our own httpx client: none are kept. Its requests are built directly,
    without the client's cookies (`_direct_requests`), so a cookie a response sets would never
    be sent back; httpx would still turn each response into a `urllib` request and an email
    message to look for `Set-Cookie` (~65 µs a call, a twentieth of a loopback call)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        pass


class _Cookieless:
    """Mixed into the httpx client the package creates for itself (never a caller's)."""

    _no_cookies: httpx.Cookies | None = None

    @property
    def cookies(self) -> httpx.Cookies:
        if self._no_cookies is None:
            self._no_cookies = _NoCookies()
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise AttributeError("the package's own httpx client keeps no cookies")


class _OwnClient(_Cookieless, httpx.Client):
    pass


class _OwnAsyncClient(_Cookieless, httpx.AsyncClient):
    pass


_OWN_CLIENTS: dict[type[Any], type[Any]] = {
    httpx.Client: _OwnClient,
    httpx.AsyncClient: _OwnAsyncClient,
}


class RequestOptions:
    """One call's `extra_headers`, `extra_query` and `timeout`, checked as the constructor's are;
    `secrets`: the credentials among those headers, for the log filter while the call runs."""

    __slots__ = ("headers", "query", "secrets", "timeout")

    def __init__(
        self,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | Unset | None,
    ) -> None:
        for name, mapping in (("extra_headers", extra_headers), ("extra_query", extra_query)):
            if mapping is not None and not isinstance(mapping, Mapping):
                raise ConfigurationTypeError(
                    name, f"must be a mapping, not {type(mapping).__name__}"
                )
        self.headers = {
            check_header_name("extra_headers", k): check_header_value(f"extra_headers[{k!r}]", v)
            for k, v in (extra_headers or {}).items()
        }
        self.secrets = CallSecrets(header_secrets(self.headers.items()))
        self.query = dict(extra_query or {})
        for key, value in self.query.items():
            if not isinstance(key, str) or not isinstance(value, str | int | float | bool):
                raise ConfigurationTypeError(
                    f"extra_query[{key!r}]", "must map strings to strings or numbers"
                )
        self.timeout = None if timeout is UNSET else _check_timeout(timeout)

    def apply(
        self, url: httpx.URL, headers: httpx.Headers, timeout: httpx.Timeout
    ) -> tuple[httpx.URL, httpx.Headers, httpx.Timeout]:
        if self.query:
            url = url.copy_merge_params(self.query)
        if self.headers:
            headers = headers.copy()
            headers.update(self.headers)  # case-insensitively: the call's value replaces ours
        return url, headers, timeout if self.timeout is None else self.timeout


class BaseClient(Generic[_HttpT]):
    """Configuration and every decision shared by the sync and async clients."""

    api_key: str
    base_url: httpx.URL
    organization: str | None
    project: str | None
    timeout: httpx.Timeout
    max_retries: int
    validate_requests: bool
    _http: _HttpT
    _owns_http: bool
    _options: dict[str, Any]
    _secrets: frozenset[str]

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
        validate_requests: bool,
        http_client: _HttpT | None,
        http_client_type: type[_HttpT],
    ) -> None:
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
        self._configure(
            {
                "api_key": api_key,
                "base_url": base_url,
                "organization": organization,
                "project": project,
                "timeout": timeout,
                "max_retries": max_retries,
                "default_headers": default_headers,
                "validate_requests": validate_requests,
            },
            http_client,
        )
        self._owns_http = http_client is None
        # Our own httpx client has no headers, cookies or hooks of its own to merge, so requests
        # are built directly (build_request's merging costs ~12 µs a call); a caller's client
        # goes through build_request so its configuration applies.
        self._direct_requests = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else _OWN_CLIENTS[http_client_type](
                timeout=self.timeout, limits=DEFAULT_CONNECTION_LIMITS
            )
        )
        self._init_transport()

    def _configure(self, options: dict[str, Any], http_client: _HttpT | None) -> None:
        """Check every option (the constructor's, or `with_options`' merged ones) and derive the
        per-client state: the headers sent on every request and the secrets never shown."""
        api_key = options["api_key"]
        key_name = "api_key" if api_key is not None else "OPENAI_API_KEY"
        api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        if api_key is None or api_key == "":
            raise ConfigurationError(
                key_name,
                "is missing: pass api_key=... to the client or set the OPENAI_API_KEY "
                "environment variable.",
            )
        api_key = check_header_value(key_name, api_key)
        base_url, url_name = options["base_url"], "base_url"
        if base_url is None:
            url_name = "OPENAI_BASE_URL" if os.environ.get("OPENAI_BASE_URL") else "base_url"
            base_url = os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL
        validate_requests = options["validate_requests"]
        if not isinstance(validate_requests, bool):
            raise ConfigurationTypeError(
                "validate_requests",
                f"must be True or False, not {type(validate_requests).__name__}",
            )
        self.api_key = api_key
        self.base_url = _check_base_url(base_url, url_name)
        self.timeout = _check_timeout(options["timeout"])
        self.max_retries = _check_max_retries(options["max_retries"])
        self.validate_requests = validate_requests
        # Built once per client: nothing header-related happens per call.
        headers = {
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": _user_agent(),
        }
        # As the official SDK: an argument wins over its environment variable; "" is unset, and
        # an argument "" sends no header even when the variable is set (never an empty one).
        for option, variable, header in _ACCOUNT_HEADERS:
            value, label = options[option], option
            if value is None and os.environ.get(variable):
                value, label = os.environ[variable], variable
            if value is not None and value != "":
                headers[header] = check_header_value(label, value)
            setattr(self, option, value or None)
        default_headers = options["default_headers"]
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
        secrets = [api_key, *header_secrets(self._headers.items())]
        if http_client is not None:
            secrets.extend(header_secrets(http_client.headers.items()))
        self._secrets = frozenset(secrets)
        self._scrub = Scrubber(secrets)
        self._urls: dict[str, httpx.URL] = {}  # path -> absolute URL, parsed once
        self._options = {**options, "api_key": api_key}

    def _scrubber(self, request: httpx.Request) -> Scrubber:
        """The client's scrubber, or, when a call's `extra_headers` carried a credential of
        its own (`X-Gateway-Token`), one that hides that too: only ever on an error path."""
        own: set[str] = set(header_secrets(request.headers.items())) - self._secrets
        return self._scrub if not own else Scrubber([*self._secrets, *own], remember=False)

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
        api_key: str | Unset = UNSET,
        base_url: str | httpx.URL | Unset = UNSET,
        organization: str | Unset | None = UNSET,
        project: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        default_headers: Mapping[str, str] | Unset = UNSET,
        validate_requests: bool | Unset = UNSET,
        http_client: _HttpT | Unset = UNSET,
    ) -> Self:
        """A copy with some constructor options changed; the others, and the connection pool,
        are this client's. Every option of the constructor can be given, checked as there.

        `client.with_options(timeout=5, max_retries=0).create(...)`. `default_headers` are added
        to this client's (as in the official SDK). Closing the copy leaves the connection pool to
        the original client; a new `http_client` is the caller's to close.
        """
        import copy

        changes = {
            "api_key": api_key,
            "base_url": base_url,
            "organization": organization,
            "project": project,
            "timeout": timeout,
            "max_retries": max_retries,
            "validate_requests": validate_requests,
        }
        options = {**self._options, **{k: v for k, v in changes.items() if v is not UNSET}}
        if default_headers is not UNSET:
            if not isinstance(default_headers, Mapping):
                raise ConfigurationTypeError(
                    "default_headers", f"must be a mapping, not {type(default_headers).__name__}"
                )
            options["default_headers"] = {
                **(self._options["default_headers"] or {}),
                **default_headers,
            }
        new_http = None if http_client is UNSET else http_client
        kind = httpx.AsyncClient if isinstance(self._http, httpx.AsyncClient) else httpx.Client
        if new_http is not None and not isinstance(new_http, kind):
            raise ConfigurationTypeError(
                "http_client", f"must be an httpx.{kind.__name__}, not {type(new_http).__name__}"
            )
        clone = copy.copy(self)
        clone._configure(options, new_http)
        clone._owns_http = False
        if new_http is not None:
            clone._http = new_http
            clone._direct_requests = False
            clone._init_transport()
        return clone

    # -- one request ---------------------------------------------------------------------------

    def _build_request(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> httpx.Request:
        """The request, built once and re-sent unchanged by every attempt."""
        content = encode_json(body)
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = httpx.URL(f"{str(self.base_url).rstrip('/')}{path}")
        headers, timeout = self._headers, self.timeout
        if options is not None:
            url, headers, timeout = options.apply(url, headers, timeout)
        if self._direct_requests:
            extensions = {"timeout": timeout.as_dict()}
            return httpx.Request(
                method, url, content=content, headers=headers, extensions=extensions
            )
        return self._http.build_request(
            method, url, content=content, headers=headers, timeout=timeout
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

    def _connection_error(
        self, request: httpx.Request, error: Exception, attempts: int
    ) -> APIConnectionError:
        # httpx/h11 messages may quote header values or raw server bytes: scrub the whole chain,
        # since a traceback prints every exception in it.
        scrub = self._scrubber(request)
        scrub.exception_chain(error)
        where = f"{request.method} {request.url.copy_with(query=None)}"
        tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
        if isinstance(error, httpx.TimeoutException) or _would_block(error):
            return APITimeoutError(
                request, f"Request timed out ({type(error).__name__}): {where}, {tries}."
            )
        return APIConnectionError(
            request, f"Connection error: {where}, {tries}: {scrub(_describe(error))}"
        )

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        # Scrubbed before it is decoded or cut: a key split by a length limit is unrecognisable.
        scrub = self._scrubber(response.request)
        text = scrub(response.text)
        body: object
        try:
            body = json.loads(text)
        except (ValueError, RecursionError):  # not JSON (a proxy's HTML page...): keep the text
            body = text
        error = status_error_class(response.status_code)(
            error_message(response.status_code, body), response, body=body
        )
        error._redact(scrub)  # what JSON escapes hid from the first pass, the request id
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
            result = from_dict(data)
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
        else:
            if hasattr(result, "_request_id"):  # an operation's response model: see model.py.jinja
                cast("Any", result)._request_id = response.headers.get("x-request-id")
            return result
        error._redact(self._scrubber(response.request))
        raise error from cause

    def _undecodable(self, response: httpx.Response, exc: Exception) -> APIResponseValidationError:
        """The error for a 2xx body json.loads refused. Text too deep, or holding an integer too
        long for Python to convert, gets the field named."""
        scrub = self._scrubber(response.request)
        text = scrub(response.text)
        found = None
        if not isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
            found = json_problem_path(text, MAX_DEPTH)
        if found is not None:
            path, problem = found
            message = f"Invalid response: {path or 'the body'} {problem}"
        else:
            kind = response.headers.get("content-type", "no content-type")
            reason = (
                f"{exc.msg} at line {exc.lineno} column {exc.colno}"
                if isinstance(exc, json.JSONDecodeError)
                else str(exc)
            )
            message = (
                f"The {response.status_code} response's body is not valid JSON "
                f"(content-type {kind}): {reason}"
            )
            path = ""
        error = APIResponseValidationError(message, response, body=text[:1000], path=path)
        error._redact(scrub)
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
                    raise self._connection_error(request, exc, attempt + 1) from exc
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
                pool_timeout = request.extensions.get("timeout", {}).get("pool", self.timeout.pool)
                async with asyncio.timeout(pool_timeout):
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
                    raise self._connection_error(request, exc, attempt + 1) from exc
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
