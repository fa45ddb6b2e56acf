"""Typed client for OpenAI Realtime `POST /realtime/sessions` (Create session).

Generated from the project's OpenAPI fragment by `nox -s regenerate`; do not edit.

Deprecated upstream: the API reference marks this endpoint deprecated in favour of
`POST /realtime/client_secrets`; `create()` warns once per process.

    from realtime_sessions import RealtimeSessions

    client = RealtimeSessions()  # reads OPENAI_API_KEY
    session = client.create(model="gpt-realtime", voice="marin")
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncRealtimeSessions, RealtimeSessions
from ._exceptions import *  # noqa: F403 - the error hierarchy is part of the public API
from ._exceptions import __all__ as _exceptions_all
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models import SessionCreateParams, SessionCreateResponse

_MODELS = ("SessionCreateParams", "SessionCreateResponse")


def __getattr__(name: str) -> Any:
    # Models load on first use, keeping `import realtime_sessions` cheap (see models/__init__).
    if name in _MODELS:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UNSET",
    "AsyncRealtimeSessions",
    "RealtimeSessions",
    "SessionCreateParams",
    "SessionCreateResponse",
    "Unset",
    *_exceptions_all,
]
