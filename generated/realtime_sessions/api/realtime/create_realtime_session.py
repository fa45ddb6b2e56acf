"""POST /realtime/sessions: what the client needs to know about the endpoint.

Generated from the resolved fragment by `nox -s regenerate`; do not edit. The runtime
(`_client.py`) reads these facts instead of hard-coding them; the request schema and the
models load on first use, not when the client module is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from ...models import SessionCreateResponse as RESPONSE_MODEL

__all__ = [
    "DEFAULT_BASE_URL",
    "DEPRECATED",
    "METHOD",
    "OPERATION_ID",
    "PATH",
    "RESPONSE_MODEL",
    "SUCCESSOR",
    "request_fits",
    "request_schema",
]

METHOD: Final = "POST"
PATH: Final = "/realtime/sessions"
OPERATION_ID: Final = "create-realtime-session"
DEFAULT_BASE_URL: Final = "https://api.openai.com/v1"
DEPRECATED: Final = True
SUCCESSOR: Final[str | None] = "RealtimeClientSecrets.create (POST /realtime/client_secrets)"
_MODELS = {"RESPONSE_MODEL": "SessionCreateResponse"}


@cache
def request_schema() -> Mapping[str, Any]:
    """The request body's JSON Schema from the spec, validation keywords only; each `$ref` is
    its target's one shared dict (`request_definitions`)."""
    from .create_realtime_session_request_schema import REQUEST_SCHEMA

    return REQUEST_SCHEMA


@cache
def request_fits() -> Callable[[Any], bool]:
    """Whether a body is plain JSON the request schema accepts, in one walk: what `check_request`
    tests first (generated from the same schema, `request_fits`)."""
    from .request_fits import fits_create_realtime_session

    return fits_create_realtime_session


def __getattr__(name: str) -> Any:
    if name in _MODELS:
        from ... import models

        value = getattr(models, _MODELS[name])
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
