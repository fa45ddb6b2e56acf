"""The component schemas the request schemas refer to, each once, named after it; validation
keywords only.

Generated from the resolved fragment by `nox -s regenerate`; do not edit.
"""

from typing import Any, Final

VOICE_IDS_SHARED: Final[dict[str, Any]] = {
    "anyOf": [
        {"type": "string"},
        {
            "type": "string",
            "enum": [
                "alloy",
                "ash",
                "ballad",
                "coral",
                "echo",
                "sage",
                "shimmer",
                "verse",
                "marin",
                "cedar",
            ],
        },
    ]
}

CUSTOM_VOICE: Final[dict[str, Any]] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id"],
    "properties": {"id": {"type": "string"}},
}

VOICE_IDS_OR_CUSTOM_VOICE: Final[dict[str, Any]] = {"anyOf": [VOICE_IDS_SHARED, CUSTOM_VOICE]}

INPUT_AUDIO_TRANSCRIPTION_PARAM: Final[dict[str, Any]] = {
    "type": ["object", "null"],
    "properties": {"model": {"type": "string"}},
}

TRACING_CONFIGURATION_PARAM: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "workflow_name": {"type": "string"},
        "group_id": {"type": "string"},
        "metadata": {"type": "object"},
    },
}

TURN_DETECTION_PARAM: Final[dict[str, Any]] = {
    "type": ["object", "null"],
    "properties": {
        "type": {"type": "string"},
        "threshold": {"type": "number", "minimum": 0, "maximum": 1},
        "prefix_padding_ms": {"type": "integer"},
        "silence_duration_ms": {"type": "integer"},
    },
}

REALTIME_FUNCTION_TOOL_PARAM: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["function"]},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "parameters": {"type": "object"},
    },
}

RETENTION_RATIO_TRUNCATION_TOKEN_LIMITS: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {"post_instructions": {"type": "integer", "minimum": 0}},
}

RETENTION_RATIO_TRUNCATION: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["retention_ratio"]},
        "retention_ratio": {"type": "number", "minimum": 0, "maximum": 1},
        "token_limits": RETENTION_RATIO_TRUNCATION_TOKEN_LIMITS,
    },
    "required": ["type", "retention_ratio"],
}

REALTIME_TRUNCATION: Final[dict[str, Any]] = {
    "oneOf": [{"type": "string", "enum": ["auto", "disabled"]}, RETENTION_RATIO_TRUNCATION]
}

PROMPT_CACHE_BREAKPOINT_CONFIG: Final[dict[str, Any]] = {
    "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
    "type": "object",
    "required": ["mode"],
}

INPUT_TEXT_CONTENT: Final[dict[str, Any]] = {
    "properties": {
        "type": {"type": "string", "enum": ["input_text"]},
        "text": {"type": "string"},
        "prompt_cache_breakpoint": PROMPT_CACHE_BREAKPOINT_CONFIG,
    },
    "type": "object",
    "required": ["type", "text"],
}

IMAGE_DETAIL: Final[dict[str, Any]] = {
    "type": "string",
    "enum": ["low", "high", "auto", "original"],
}

INPUT_IMAGE_CONTENT: Final[dict[str, Any]] = {
    "properties": {
        "type": {"type": "string", "enum": ["input_image"]},
        "image_url": {"anyOf": [{"type": "string", "format": "uri"}, {"type": "null"}]},
        "file_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "detail": IMAGE_DETAIL,
        "prompt_cache_breakpoint": PROMPT_CACHE_BREAKPOINT_CONFIG,
    },
    "type": "object",
    "required": ["type", "detail"],
}

FILE_INPUT_DETAIL: Final[dict[str, Any]] = {"type": "string", "enum": ["auto", "low", "high"]}

INPUT_FILE_CONTENT: Final[dict[str, Any]] = {
    "properties": {
        "type": {"type": "string", "enum": ["input_file"]},
        "file_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "filename": {"type": "string"},
        "file_data": {"type": "string"},
        "prompt_cache_breakpoint": PROMPT_CACHE_BREAKPOINT_CONFIG,
        "file_url": {"type": "string", "format": "uri"},
        "detail": FILE_INPUT_DETAIL,
    },
    "type": "object",
    "required": ["type"],
}

RESPONSE_PROMPT_VARIABLES: Final[dict[str, Any]] = {
    "anyOf": [
        {
            "type": "object",
            "additionalProperties": {
                "oneOf": [
                    {"type": "string"},
                    INPUT_TEXT_CONTENT,
                    INPUT_IMAGE_CONTENT,
                    INPUT_FILE_CONTENT,
                ]
            },
        },
        {"type": "null"},
    ]
}

PROMPT_REFERENCE: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": {"type": "string"},
        "version": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "variables": RESPONSE_PROMPT_VARIABLES,
    },
}

PROMPT: Final[dict[str, Any]] = {"anyOf": [PROMPT_REFERENCE, {"type": "null"}]}

CLIENT_SECRET_EXPIRATION: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "anchor": {"type": "string", "enum": ["created_at"]},
        "seconds": {"type": "integer", "format": "int64", "minimum": 10, "maximum": 7200},
    },
}

AUDIO_PCM: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["audio/pcm"]},
        "rate": {"type": "integer", "enum": [24000]},
    },
}

AUDIO_PCMU: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {"type": {"type": "string", "enum": ["audio/pcmu"]}},
}

AUDIO_PCMA: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {"type": {"type": "string", "enum": ["audio/pcma"]}},
}

REALTIME_AUDIO_FORMATS: Final[dict[str, Any]] = {"anyOf": [AUDIO_PCM, AUDIO_PCMU, AUDIO_PCMA]}

AUDIO_TRANSCRIPTION: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "model": {
            "anyOf": [
                {"type": "string"},
                {
                    "type": "string",
                    "enum": [
                        "whisper-1",
                        "gpt-transcribe",
                        "gpt-live-transcribe",
                        "gpt-4o-mini-transcribe",
                        "gpt-4o-mini-transcribe-2025-12-15",
                        "gpt-4o-transcribe",
                        "gpt-4o-transcribe-diarize",
                        "gpt-realtime-whisper",
                    ],
                },
            ]
        },
        "language": {"type": "string"},
        "languages": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "keywords": {"type": "array", "items": {"type": "string"}},
        "prompt": {"type": "string"},
        "delay": {"type": "string", "enum": ["minimal", "low", "medium", "high", "xhigh"]},
    },
}

NOISE_REDUCTION_TYPE: Final[dict[str, Any]] = {
    "type": "string",
    "enum": ["near_field", "far_field"],
}

SERVER_VAD: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {"type": "string", "const": "server_vad"},
        "threshold": {"type": "number"},
        "prefix_padding_ms": {"type": "integer"},
        "silence_duration_ms": {"type": "integer"},
        "create_response": {"type": "boolean"},
        "interrupt_response": {"type": "boolean"},
        "idle_timeout_ms": {
            "anyOf": [{"type": "integer", "minimum": 5000, "maximum": 30000}, {"type": "null"}]
        },
    },
}

SEMANTIC_VAD: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {"type": "string", "const": "semantic_vad"},
        "eagerness": {"type": "string", "enum": ["low", "medium", "high", "auto"]},
        "create_response": {"type": "boolean"},
        "interrupt_response": {"type": "boolean"},
    },
}

REALTIME_TURN_DETECTION: Final[dict[str, Any]] = {
    "anyOf": [{"oneOf": [SERVER_VAD, SEMANTIC_VAD]}, {"type": "null"}]
}

REALTIME_TRACING_CONFIGURATION_PARAM: Final[dict[str, Any]] = TRACING_CONFIGURATION_PARAM

REALTIME_FUNCTION_TOOL: Final[dict[str, Any]] = REALTIME_FUNCTION_TOOL_PARAM

MCP_TOOL_FILTER: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "tool_names": {"type": "array", "items": {"type": "string"}},
        "read_only": {"type": "boolean"},
    },
    "required": [],
    "additionalProperties": False,
}

CALLABLE_TOOL_ALLOWED_CALLER: Final[dict[str, Any]] = {
    "type": "string",
    "enum": ["direct", "programmatic"],
}

MCP_TOOL_APPROVAL_FILTER: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {"always": MCP_TOOL_FILTER, "never": MCP_TOOL_FILTER},
    "additionalProperties": False,
}

MCP_TOOL: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["mcp"]},
        "server_label": {"type": "string"},
        "server_url": {"type": "string", "format": "uri"},
        "connector_id": {
            "type": "string",
            "enum": [
                "connector_dropbox",
                "connector_gmail",
                "connector_googlecalendar",
                "connector_googledrive",
                "connector_microsoftteams",
                "connector_outlookcalendar",
                "connector_outlookemail",
                "connector_sharepoint",
            ],
        },
        "tunnel_id": {"type": "string", "pattern": "^tunnel_[a-z0-9]{32}$"},
        "authorization": {"type": "string"},
        "server_description": {"type": "string"},
        "headers": {
            "anyOf": [
                {"type": "object", "additionalProperties": {"type": "string"}},
                {"type": "null"},
            ]
        },
        "allowed_tools": {
            "anyOf": [
                {"oneOf": [{"type": "array", "items": {"type": "string"}}, MCP_TOOL_FILTER]},
                {"type": "null"},
            ]
        },
        "allowed_callers": {
            "anyOf": [
                {"type": "array", "minItems": 1, "items": CALLABLE_TOOL_ALLOWED_CALLER},
                {"type": "null"},
            ]
        },
        "require_approval": {
            "anyOf": [
                {
                    "oneOf": [
                        MCP_TOOL_APPROVAL_FILTER,
                        {"type": "string", "enum": ["always", "never"]},
                    ]
                },
                {"type": "null"},
            ]
        },
        "defer_loading": {"type": "boolean"},
    },
    "required": ["type", "server_label"],
}

TOOL_CHOICE_OPTIONS: Final[dict[str, Any]] = {
    "type": "string",
    "enum": ["none", "auto", "required"],
}

TOOL_CHOICE_FUNCTION: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {"type": {"type": "string", "enum": ["function"]}, "name": {"type": "string"}},
    "required": ["type", "name"],
}

TOOL_CHOICE_MCP: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["mcp"]},
        "server_label": {"type": "string"},
        "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    },
    "required": ["type", "server_label"],
}

REALTIME_REASONING_EFFORT: Final[dict[str, Any]] = {
    "type": "string",
    "enum": ["minimal", "low", "medium", "high", "xhigh"],
}

REALTIME_REASONING: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {"effort": REALTIME_REASONING_EFFORT},
}

REALTIME_SESSION_CREATE_REQUEST_GA: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["realtime"]},
        "output_modalities": {
            "type": "array",
            "items": {"type": "string", "enum": ["text", "audio"]},
        },
        "model": {
            "anyOf": [
                {"type": "string"},
                {
                    "type": "string",
                    "enum": [
                        "gpt-realtime",
                        "gpt-realtime-1.5",
                        "gpt-realtime-2",
                        "gpt-realtime-2.1",
                        "gpt-realtime-2.1-mini",
                        "gpt-realtime-2025-08-28",
                        "gpt-4o-realtime-preview",
                        "gpt-4o-realtime-preview-2024-10-01",
                        "gpt-4o-realtime-preview-2024-12-17",
                        "gpt-4o-realtime-preview-2025-06-03",
                        "gpt-4o-mini-realtime-preview",
                        "gpt-4o-mini-realtime-preview-2024-12-17",
                        "gpt-realtime-mini",
                        "gpt-realtime-mini-2025-10-06",
                        "gpt-realtime-mini-2025-12-15",
                        "gpt-audio-1.5",
                        "gpt-audio-mini",
                        "gpt-audio-mini-2025-10-06",
                        "gpt-audio-mini-2025-12-15",
                    ],
                },
            ]
        },
        "instructions": {"type": "string"},
        "audio": {
            "type": "object",
            "properties": {
                "input": {
                    "type": "object",
                    "properties": {
                        "format": REALTIME_AUDIO_FORMATS,
                        "transcription": {"anyOf": [AUDIO_TRANSCRIPTION, {"type": "null"}]},
                        "noise_reduction": {
                            "type": ["object", "null"],
                            "properties": {"type": NOISE_REDUCTION_TYPE},
                        },
                        "turn_detection": REALTIME_TURN_DETECTION,
                    },
                },
                "output": {
                    "type": "object",
                    "properties": {
                        "format": REALTIME_AUDIO_FORMATS,
                        "voice": VOICE_IDS_OR_CUSTOM_VOICE,
                        "speed": {"type": "number", "maximum": 1.5, "minimum": 0.25},
                    },
                },
            },
        },
        "include": {
            "type": "array",
            "items": {"type": "string", "enum": ["item.input_audio_transcription.logprobs"]},
        },
        "tracing": {
            "oneOf": [
                {"type": "string", "enum": ["auto"]},
                REALTIME_TRACING_CONFIGURATION_PARAM,
                {"type": "null"},
            ]
        },
        "tools": {"type": "array", "items": {"oneOf": [REALTIME_FUNCTION_TOOL, MCP_TOOL]}},
        "tool_choice": {"oneOf": [TOOL_CHOICE_OPTIONS, TOOL_CHOICE_FUNCTION, TOOL_CHOICE_MCP]},
        "parallel_tool_calls": {"type": "boolean"},
        "reasoning": REALTIME_REASONING,
        "max_output_tokens": {"oneOf": [{"type": "integer"}, {"type": "string", "enum": ["inf"]}]},
        "truncation": REALTIME_TRUNCATION,
        "prompt": PROMPT,
    },
    "required": ["type"],
}

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["transcription"]},
        "audio": {
            "type": "object",
            "properties": {
                "input": {
                    "type": "object",
                    "properties": {
                        "format": REALTIME_AUDIO_FORMATS,
                        "transcription": {"anyOf": [AUDIO_TRANSCRIPTION, {"type": "null"}]},
                        "noise_reduction": {
                            "type": ["object", "null"],
                            "properties": {"type": NOISE_REDUCTION_TYPE},
                        },
                        "turn_detection": REALTIME_TURN_DETECTION,
                    },
                }
            },
        },
        "include": {
            "type": "array",
            "items": {"type": "string", "enum": ["item.input_audio_transcription.logprobs"]},
        },
    },
    "required": ["type"],
}
