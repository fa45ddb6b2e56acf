"""Typed clients for operations of the OpenAI API, each a class and its `async` twin.

Generated from the project's OpenAPI fragment by `nox -s regenerate`; do not edit.

- `RealtimeSessions` / `AsyncRealtimeSessions`: `POST /realtime/sessions` -> `SessionCreateResponse`
- `RealtimeClientSecrets` / `AsyncRealtimeClientSecrets`: `POST /realtime/client_secrets` -> `ClientSecretCreateResponse`

`POST /realtime/sessions` is deprecated upstream in favour of `RealtimeClientSecrets.create`
(`POST /realtime/client_secrets`); `RealtimeSessions.create()` warns once per process.

    from realtime_sessions import RealtimeClientSecrets

    client = RealtimeClientSecrets()  # reads OPENAI_API_KEY
    client_secret = client.create(session={"type": "realtime", "model": "gpt-realtime"})
"""

from typing import TYPE_CHECKING, Any, Final

from ._exceptions import *  # noqa: F403 - the error hierarchy is part of the public API
from ._exceptions import __all__ as _exceptions_all
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._realtime_client_secrets import AsyncRealtimeClientSecrets, RealtimeClientSecrets
    from ._realtime_sessions import AsyncRealtimeSessions, RealtimeSessions
    from .client_secret_create_params import ClientSecretCreateParams
    from .models import ClientSecretCreateResponse, SessionCreateResponse
    from .session_create_params import SessionCreateParams

__version__: Final = "0.1.0"

# Loaded on first use, keeping `import realtime_sessions` to httpx and the errors: name -> its
# module. The clients bring the transport and the request checks, the first `create()` the
# request schema and the models. Requests are TypedDicts (`<operation>_params.py`, as the
# official SDK's), responses attrs models.
_LAZY = {
    "RealtimeSessions": "._realtime_sessions",
    "AsyncRealtimeSessions": "._realtime_sessions",
    "SessionCreateParams": ".session_create_params",
    "SessionCreateResponse": ".models",
    "RealtimeClientSecrets": "._realtime_client_secrets",
    "AsyncRealtimeClientSecrets": "._realtime_client_secrets",
    "ClientSecretCreateParams": ".client_secret_create_params",
    "ClientSecretCreateResponse": ".models",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    # What `dir()` and completion in a REPL offer: the public names, loaded or not.
    return sorted({*globals(), *__all__})


__all__ = [
    "UNSET",
    "__version__",
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
