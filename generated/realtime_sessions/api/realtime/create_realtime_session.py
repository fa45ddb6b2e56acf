"""POST /realtime/sessions: what the client needs to know about the endpoint.

Generated from the resolved fragment by `nox -s regenerate`; do not edit. The runtime
(`_client.py`) reads these facts instead of hard-coding them.
"""

from __future__ import annotations

from typing import Final

from ...models import SessionCreateParams, SessionCreateResponse

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
REQUEST_MODEL: Final = SessionCreateParams
RESPONSE_MODEL: Final = SessionCreateResponse
