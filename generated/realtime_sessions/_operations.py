"""The bound operations (openapi/operations.yaml) as data: commands, flags, secrets.

Generated from the resolved fragment by `nox -s regenerate`; do not edit.
"""

from typing import Any, Final

OPERATIONS: Final[list[dict[str, Any]]] = [
    {
        "client": "RealtimeSessions",
        "call": "create",
        "label": "POST /realtime/sessions",
        "command": ["create"],
        "help": "create a session (deprecated endpoint) and print it as JSON",
        "options": [
            {
                "flag": "model",
                "field": ["model"],
                "help": "e.g. gpt-realtime",
                "required": True,
                "type": "string",
            },
            {
                "flag": "voice",
                "field": ["voice"],
                "help": "e.g. marin",
                "required": False,
                "type": "string",
            },
            {
                "flag": "instructions",
                "field": ["instructions"],
                "help": "system instructions for the session",
                "required": False,
                "type": "string",
            },
        ],
        "fixed": {},
        "secrets": [["client_secret", "value"]],
    },
    {
        "client": "RealtimeClientSecrets",
        "call": "create",
        "label": "POST /realtime/client_secrets",
        "command": ["client-secrets", "create"],
        "help": "create an ephemeral client secret for a Realtime session and print it as JSON",
        "options": [
            {
                "flag": "model",
                "field": ["session", "model"],
                "help": "e.g. gpt-realtime",
                "required": True,
                "type": "string",
            },
            {
                "flag": "voice",
                "field": ["session", "audio", "output", "voice"],
                "help": "e.g. marin",
                "required": False,
                "type": "string",
            },
            {
                "flag": "instructions",
                "field": ["session", "instructions"],
                "help": "system instructions for the session",
                "required": False,
                "type": "string",
            },
            {
                "flag": "expires-after",
                "field": ["expires_after", "seconds"],
                "help": "seconds the secret is valid, 10-7200 (default 600)",
                "required": False,
                "type": "integer",
            },
        ],
        "fixed": {"session.type": "realtime"},
        "secrets": [["value"]],
    },
]
