"""POST /realtime/sessions: what the client needs to know about the endpoint.

Generated from the resolved fragment by `nox -s regenerate`; do not edit. The runtime
(`_client.py`) reads these facts instead of hard-coding them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from ...models import SessionCreateParams as REQUEST_MODEL
    from ...models import SessionCreateResponse as RESPONSE_MODEL

__all__ = [
    "DEFAULT_BASE_URL",
    "DEPRECATED",
    "METHOD",
    "OPERATION_ID",
    "PATH",
    "REQUEST_MODEL",
    "RESPONSE_MODEL",
    "SUCCESSOR",
]

METHOD: Final = "POST"
PATH: Final = "/realtime/sessions"
OPERATION_ID: Final = "create-realtime-session"
DEFAULT_BASE_URL: Final = "https://api.openai.com/v1"
DEPRECATED: Final = True
SUCCESSOR: Final[str | None] = "POST /realtime/client_secrets"
_MODELS = {"REQUEST_MODEL": "SessionCreateParams", "RESPONSE_MODEL": "SessionCreateResponse"}


def __getattr__(name: str) -> Any:
    # The models load on first use, not when the client module is imported.
    if name in _MODELS:
        from ... import models

        value = getattr(models, _MODELS[name])
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
