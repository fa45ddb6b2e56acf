"""Typed client for OpenAI Realtime `POST /realtime/sessions` (Create session).

Generated from the project's OpenAPI fragment by `nox -s regenerate`; do not edit.

Deprecated upstream: the API reference marks this endpoint deprecated in favour of
`POST /realtime/client_secrets`; `create()` warns once per process.

    from realtime_sessions import RealtimeSessions

    client = RealtimeSessions()  # reads OPENAI_API_KEY
    session = client.create(model="gpt-realtime", voice="marin")
"""

from ._client import AsyncRealtimeSessions, RealtimeSessions
from ._exceptions import *  # noqa: F403 - the error hierarchy is part of the public API
from ._exceptions import __all__ as _exceptions_all
from .models import SessionCreateParams, SessionCreateResponse
from .types import UNSET, Unset

__all__ = [
    "UNSET",
    "AsyncRealtimeSessions",
    "RealtimeSessions",
    "SessionCreateParams",
    "SessionCreateResponse",
    "Unset",
    *_exceptions_all,
]
