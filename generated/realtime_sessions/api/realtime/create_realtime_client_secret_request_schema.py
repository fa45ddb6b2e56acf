"""The request schema of POST /realtime/client_secrets, validation keywords only; the component
schemas it refers to are in `request_definitions`.

Generated from the resolved fragment by `nox -s regenerate`; do not edit.
"""

from typing import Any, Final

from .request_definitions import (
    CLIENT_SECRET_EXPIRATION,
    REALTIME_SESSION_CREATE_REQUEST_GA,
    REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA,
)

REQUEST_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "expires_after": CLIENT_SECRET_EXPIRATION,
        "session": {
            "oneOf": [
                REALTIME_SESSION_CREATE_REQUEST_GA,
                REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA,
            ]
        },
    },
}
