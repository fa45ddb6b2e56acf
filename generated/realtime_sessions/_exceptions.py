"""Every error this package raises.

    RealtimeSessionsError                  base class of everything below
    ├── ConfigurationError (ValueError)    an unusable client argument or environment variable
    │   │                                  (no API key, a key with a trailing space, a bad
    │   │                                  base_url or timeout); `.name` says which
    │   └── ConfigurationTypeError (TypeError)  ... because it has the wrong Python type
    ├── ModelValidationError (ValueError)  a value does not fit the schema; `.path` names the field
    │   └── ModelTypeError (TypeError)     ... because it has the wrong JSON type
    └── APIError                           something went wrong talking to the API
        ├── APIConnectionError             no HTTP response (refused, reset, DNS, TLS...)
        │   └── APITimeoutError            ... because a connect/read/write/pool timeout expired
        ├── APIResponseValidationError     a 2xx whose body is not the documented JSON object
        └── APIStatusError                 a non-2xx response; `status_code`, `request_id`, `body`
            ├── BadRequestError            400
            ├── AuthenticationError        401
            ├── PermissionDeniedError      403
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── UnprocessableEntityError   422
            ├── RateLimitError             429
            └── InternalServerError        >= 500 (any, including unregistered codes like 520)

Configuration errors are raised by the client's constructor, and invalid arguments to `create()`
raise ModelValidationError / ModelTypeError before any request is sent, so `except ValueError` /
`except TypeError` work as for any Python call. No error's text carries the API key: messages
echoed by a server are scrubbed before they become an error (see `_secrets`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConfigurationTypeError",
    "ConflictError",
    "InternalServerError",
    "ModelTypeError",
    "ModelValidationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeSessionsError",
    "UnprocessableEntityError",
]


class RealtimeSessionsError(Exception):
    """Base class of every error raised by realtime_sessions."""


class ConfigurationError(RealtimeSessionsError, ValueError):
    """A client argument or environment variable is unusable; `name` says which (`timeout`)."""

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        super().__init__(f"{name} {message}")


class ConfigurationTypeError(ConfigurationError, TypeError):
    """A client argument has the wrong Python type (`api_key=123`)."""


class ModelValidationError(RealtimeSessionsError, ValueError):
    """A value does not fit the schema; `path` is the dotted field path (`audio.output.speed`)."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class ModelTypeError(ModelValidationError, TypeError):
    """A value has the wrong JSON type for its field."""


class APIError(RealtimeSessionsError):
    """An API call failed. `request` is the `httpx.Request`; `body` the decoded body, if any."""

    message: str
    request: httpx.Request
    body: object | None

    def __init__(self, message: str, request: httpx.Request, *, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The request got no HTTP response; the original httpx error is `__cause__`."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired (see the client's `timeout`)."""

    def __init__(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request, message)


class _ResponseError(APIError):
    """Shared by the errors that carry an HTTP response."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, response: httpx.Response, *, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")

    def __str__(self) -> str:
        # The request id is what OpenAI support asks for: keep it in every log line.
        return (
            f"{self.message} (request id: {self.request_id})" if self.request_id else self.message
        )

    def _redact(self, scrub: Callable[[str], str]) -> None:
        """Scrub every text a server chose (message, request id...) of the client's secrets."""
        self.message = scrub(self.message)
        self.args = (self.message,)
        if self.request_id is not None:
            self.request_id = scrub(self.request_id)


class APIResponseValidationError(_ResponseError):
    """A 2xx response whose body is not JSON, not an object, or has a field of the wrong type.

    `path` names the offending field (empty when the whole body is wrong); the parser's error,
    if any, is `__cause__`.
    """

    def __init__(
        self, message: str, response: httpx.Response, *, body: object | None, path: str = ""
    ) -> None:
        super().__init__(message, response, body=body)
        self.path = path


class APIStatusError(_ResponseError):
    """The API answered with a non-2xx status.

    `body` is the decoded JSON body (or the text when it is not JSON); `code`, `param` and
    `type` come from OpenAI's `{"error": {"message", "type", "param", "code"}}` envelope.
    """

    code: str | None
    param: str | None
    type: str | None

    def __init__(self, message: str, response: httpx.Response, *, body: object | None) -> None:
        super().__init__(message, response, body=body)
        error = _error_object(body)
        self.code = _opt_str(error.get("code"))
        self.param = _opt_str(error.get("param"))
        self.type = _opt_str(error.get("type"))

    def _redact(self, scrub: Callable[[str], str]) -> None:
        super()._redact(scrub)
        self.code, self.param, self.type = (
            None if v is None else scrub(v) for v in (self.code, self.param, self.type)
        )


class BadRequestError(APIStatusError):
    """400: the API refused the arguments."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or revoked API key."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this model, organization or project."""


class NotFoundError(APIStatusError):
    """404: wrong base URL, or a model/resource that does not exist."""


class ConflictError(APIStatusError):
    """409: a conflicting concurrent change; retried automatically."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: rate limit or quota exceeded; retried automatically (honouring retry-after)."""


class InternalServerError(APIStatusError):
    """Any status >= 500, including codes HTTP does not register (520, 599); retried."""


# The one place mapping status codes to classes; >= 500 is handled in `status_error_class`.
_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status; never fails, whatever the integer."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


def _error_object(body: object) -> dict[str, Any]:
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            return error
    return {}


def _opt_str(value: object) -> str | None:
    # OpenAI sends `code` as a string, but nothing stops a proxy from sending a number or a list.
    if value is None:
        return None
    try:
        return str(value)
    except (ValueError, RecursionError):  # a pathological value: `body` still has it
        return None


# An API message is kept whole up to here; a non-JSON body (a proxy's HTML page) is cut shorter.
_MAX_MESSAGE = 2000
_MAX_TEXT = 500


def error_message(status_code: int, body: object) -> str:
    """A human message for a non-2xx response: the API's own `error.message` when present.

    Callers scrub secrets from `body` first: cutting could otherwise split a key past recognition.
    """
    message = _error_object(body).get("message")
    if isinstance(message, str) and message:
        return f"Error code: {status_code} - {message[:_MAX_MESSAGE]}"
    if isinstance(body, str) and body.strip():
        return f"Error code: {status_code} - {body.strip()[:_MAX_TEXT]}"
    return f"Error code: {status_code}"
