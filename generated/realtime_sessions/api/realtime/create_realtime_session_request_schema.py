"""The request schema of POST /realtime/sessions, validation keywords only; the component schemas
it refers to are in `request_definitions`.

Generated from the resolved fragment by `nox -s regenerate`; do not edit.
"""

from typing import Any, Final

from .request_definitions import (
    INPUT_AUDIO_TRANSCRIPTION_PARAM,
    PROMPT,
    REALTIME_FUNCTION_TOOL_PARAM,
    REALTIME_TRUNCATION,
    TRACING_CONFIGURATION_PARAM,
    TURN_DETECTION_PARAM,
    VOICE_IDS_OR_CUSTOM_VOICE,
)

REQUEST_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "modalities": {"items": {"type": "string", "enum": ["text", "audio"]}, "type": "array"},
        "instructions": {"type": "string"},
        "voice": VOICE_IDS_OR_CUSTOM_VOICE,
        "input_audio_format": {"type": "string"},
        "output_audio_format": {"type": "string"},
        "input_audio_transcription": INPUT_AUDIO_TRANSCRIPTION_PARAM,
        "speed": {"type": "number", "maximum": 1.5, "minimum": 0.25},
        "tracing": {
            "oneOf": [
                {"type": "string", "enum": ["auto"]},
                TRACING_CONFIGURATION_PARAM,
                {"type": "null"},
            ]
        },
        "turn_detection": TURN_DETECTION_PARAM,
        "tools": {"type": "array", "items": REALTIME_FUNCTION_TOOL_PARAM},
        "tool_choice": {"type": "string"},
        "temperature": {"type": "number", "minimum": 0.6, "maximum": 1.2},
        "max_response_output_tokens": {
            "oneOf": [
                {"type": "integer", "minimum": 1, "maximum": 4096},
                {"type": "string", "enum": ["inf"]},
            ]
        },
        "truncation": REALTIME_TRUNCATION,
        "prompt": PROMPT,
        "model": {"type": "string"},
    },
    "required": [],
}
