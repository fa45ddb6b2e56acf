"""Typed clients for the OpenAI Realtime API's client-secret endpoints.

Generated from the project's OpenAPI fragment by `nox -s regenerate`; do not edit.

- `RealtimeSessions` / `AsyncRealtimeSessions`: `POST /realtime/sessions` -> `SessionCreateResponse`
- `RealtimeClientSecrets` / `AsyncRealtimeClientSecrets`: `POST /realtime/client_secrets` -> `ClientSecretCreateResponse`

`POST /realtime/sessions` is deprecated upstream in favour of `POST /realtime/client_secrets`;
`RealtimeSessions.create()` warns once per process.

    from realtime_sessions import RealtimeClientSecrets

    client = RealtimeClientSecrets()  # reads OPENAI_API_KEY
    secret = client.create(session={"type": "realtime", "model": "gpt-realtime"})
"""

from typing import TYPE_CHECKING, Any

from ._exceptions import *  # noqa: F403 - the error hierarchy is part of the public API
from ._exceptions import __all__ as _exceptions_all
from ._realtime_client_secrets import AsyncRealtimeClientSecrets, RealtimeClientSecrets
from ._realtime_sessions import AsyncRealtimeSessions, RealtimeSessions
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models import (
        ClientSecretCreateParams,
        ClientSecretCreateResponse,
        SessionCreateParams,
        SessionCreateResponse,
    )

_MODELS = (
    "SessionCreateParams",
    "SessionCreateResponse",
    "ClientSecretCreateParams",
    "ClientSecretCreateResponse",
)


def __getattr__(name: str) -> Any:
    # Models load on first use, keeping `import realtime_sessions` cheap (see models/__init__).
    if name in _MODELS:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UNSET",
    "RealtimeSessions",
    "RealtimeClientSecrets",
    "AsyncRealtimeSessions",
    "AsyncRealtimeClientSecrets",
    "SessionCreateParams",
    "ClientSecretCreateParams",
    "ClientSecretCreateResponse",
    "SessionCreateResponse",
    "Unset",
    *_exceptions_all,
]
