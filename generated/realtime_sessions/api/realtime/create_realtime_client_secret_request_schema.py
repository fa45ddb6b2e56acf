"""The request schema of POST /realtime/client_secrets, $refs inlined, validation keywords only.

Generated from the resolved fragment by `nox -s regenerate`; do not edit.
"""

from typing import Any, Final

REQUEST_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "expires_after": {
            "type": "object",
            "properties": {
                "anchor": {"type": "string", "enum": ["created_at"]},
                "seconds": {"type": "integer", "format": "int64", "minimum": 10, "maximum": 7200},
            },
        },
        "session": {
            "oneOf": [
                {
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
                                        "format": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcm"],
                                                        },
                                                        "rate": {
                                                            "type": "integer",
                                                            "enum": [24000],
                                                        },
                                                    },
                                                },
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcmu"],
                                                        }
                                                    },
                                                },
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcma"],
                                                        }
                                                    },
                                                },
                                            ]
                                        },
                                        "transcription": {
                                            "anyOf": [
                                                {
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
                                                        "languages": {
                                                            "type": "array",
                                                            "minItems": 1,
                                                            "items": {"type": "string"},
                                                        },
                                                        "keywords": {
                                                            "type": "array",
                                                            "items": {"type": "string"},
                                                        },
                                                        "prompt": {"type": "string"},
                                                        "delay": {
                                                            "type": "string",
                                                            "enum": [
                                                                "minimal",
                                                                "low",
                                                                "medium",
                                                                "high",
                                                                "xhigh",
                                                            ],
                                                        },
                                                    },
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                        "noise_reduction": {
                                            "type": ["object", "null"],
                                            "properties": {
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["near_field", "far_field"],
                                                }
                                            },
                                        },
                                        "turn_detection": {
                                            "anyOf": [
                                                {
                                                    "oneOf": [
                                                        {
                                                            "type": "object",
                                                            "required": ["type"],
                                                            "properties": {
                                                                "type": {
                                                                    "type": "string",
                                                                    "const": "server_vad",
                                                                },
                                                                "threshold": {"type": "number"},
                                                                "prefix_padding_ms": {
                                                                    "type": "integer"
                                                                },
                                                                "silence_duration_ms": {
                                                                    "type": "integer"
                                                                },
                                                                "create_response": {
                                                                    "type": "boolean"
                                                                },
                                                                "interrupt_response": {
                                                                    "type": "boolean"
                                                                },
                                                                "idle_timeout_ms": {
                                                                    "anyOf": [
                                                                        {
                                                                            "type": "integer",
                                                                            "minimum": 5000,
                                                                            "maximum": 30000,
                                                                        },
                                                                        {"type": "null"},
                                                                    ]
                                                                },
                                                            },
                                                        },
                                                        {
                                                            "type": "object",
                                                            "required": ["type"],
                                                            "properties": {
                                                                "type": {
                                                                    "type": "string",
                                                                    "const": "semantic_vad",
                                                                },
                                                                "eagerness": {
                                                                    "type": "string",
                                                                    "enum": [
                                                                        "low",
                                                                        "medium",
                                                                        "high",
                                                                        "auto",
                                                                    ],
                                                                },
                                                                "create_response": {
                                                                    "type": "boolean"
                                                                },
                                                                "interrupt_response": {
                                                                    "type": "boolean"
                                                                },
                                                            },
                                                        },
                                                    ]
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                    },
                                },
                                "output": {
                                    "type": "object",
                                    "properties": {
                                        "format": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcm"],
                                                        },
                                                        "rate": {
                                                            "type": "integer",
                                                            "enum": [24000],
                                                        },
                                                    },
                                                },
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcmu"],
                                                        }
                                                    },
                                                },
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcma"],
                                                        }
                                                    },
                                                },
                                            ]
                                        },
                                        "voice": {
                                            "anyOf": [
                                                {
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
                                                },
                                                {
                                                    "type": "object",
                                                    "additionalProperties": False,
                                                    "required": ["id"],
                                                    "properties": {"id": {"type": "string"}},
                                                },
                                            ]
                                        },
                                        "speed": {
                                            "type": "number",
                                            "maximum": 1.5,
                                            "minimum": 0.25,
                                        },
                                    },
                                },
                            },
                        },
                        "include": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "enum": ["item.input_audio_transcription.logprobs"],
                            },
                        },
                        "tracing": {
                            "oneOf": [
                                {"type": "string", "enum": ["auto"]},
                                {
                                    "type": "object",
                                    "properties": {
                                        "workflow_name": {"type": "string"},
                                        "group_id": {"type": "string"},
                                        "metadata": {"type": "object"},
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "tools": {
                            "type": "array",
                            "items": {
                                "oneOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "type": {"type": "string", "enum": ["function"]},
                                            "name": {"type": "string"},
                                            "description": {"type": "string"},
                                            "parameters": {"type": "object"},
                                        },
                                    },
                                    {
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
                                            "tunnel_id": {
                                                "type": "string",
                                                "pattern": "^tunnel_[a-z0-9]{32}$",
                                            },
                                            "authorization": {"type": "string"},
                                            "server_description": {"type": "string"},
                                            "headers": {
                                                "anyOf": [
                                                    {
                                                        "type": "object",
                                                        "additionalProperties": {"type": "string"},
                                                    },
                                                    {"type": "null"},
                                                ]
                                            },
                                            "allowed_tools": {
                                                "anyOf": [
                                                    {
                                                        "oneOf": [
                                                            {
                                                                "type": "array",
                                                                "items": {"type": "string"},
                                                            },
                                                            {
                                                                "type": "object",
                                                                "properties": {
                                                                    "tool_names": {
                                                                        "type": "array",
                                                                        "items": {"type": "string"},
                                                                    },
                                                                    "read_only": {
                                                                        "type": "boolean"
                                                                    },
                                                                },
                                                                "required": [],
                                                                "additionalProperties": False,
                                                            },
                                                        ]
                                                    },
                                                    {"type": "null"},
                                                ]
                                            },
                                            "allowed_callers": {
                                                "anyOf": [
                                                    {
                                                        "type": "array",
                                                        "minItems": 1,
                                                        "items": {
                                                            "type": "string",
                                                            "enum": ["direct", "programmatic"],
                                                        },
                                                    },
                                                    {"type": "null"},
                                                ]
                                            },
                                            "require_approval": {
                                                "anyOf": [
                                                    {
                                                        "oneOf": [
                                                            {
                                                                "type": "object",
                                                                "properties": {
                                                                    "always": {
                                                                        "type": "object",
                                                                        "properties": {
                                                                            "tool_names": {
                                                                                "type": "array",
                                                                                "items": {
                                                                                    "type": "string"
                                                                                },
                                                                            },
                                                                            "read_only": {
                                                                                "type": "boolean"
                                                                            },
                                                                        },
                                                                        "required": [],
                                                                        "additionalProperties": False,
                                                                    },
                                                                    "never": {
                                                                        "type": "object",
                                                                        "properties": {
                                                                            "tool_names": {
                                                                                "type": "array",
                                                                                "items": {
                                                                                    "type": "string"
                                                                                },
                                                                            },
                                                                            "read_only": {
                                                                                "type": "boolean"
                                                                            },
                                                                        },
                                                                        "required": [],
                                                                        "additionalProperties": False,
                                                                    },
                                                                },
                                                                "additionalProperties": False,
                                                            },
                                                            {
                                                                "type": "string",
                                                                "enum": ["always", "never"],
                                                            },
                                                        ]
                                                    },
                                                    {"type": "null"},
                                                ]
                                            },
                                            "defer_loading": {"type": "boolean"},
                                        },
                                        "required": ["type", "server_label"],
                                    },
                                ]
                            },
                        },
                        "tool_choice": {
                            "oneOf": [
                                {"type": "string", "enum": ["none", "auto", "required"]},
                                {
                                    "type": "object",
                                    "properties": {
                                        "type": {"type": "string", "enum": ["function"]},
                                        "name": {"type": "string"},
                                    },
                                    "required": ["type", "name"],
                                },
                                {
                                    "type": "object",
                                    "properties": {
                                        "type": {"type": "string", "enum": ["mcp"]},
                                        "server_label": {"type": "string"},
                                        "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                                    },
                                    "required": ["type", "server_label"],
                                },
                            ]
                        },
                        "parallel_tool_calls": {"type": "boolean"},
                        "reasoning": {
                            "type": "object",
                            "properties": {
                                "effort": {
                                    "type": "string",
                                    "enum": ["minimal", "low", "medium", "high", "xhigh"],
                                }
                            },
                        },
                        "max_output_tokens": {
                            "oneOf": [{"type": "integer"}, {"type": "string", "enum": ["inf"]}]
                        },
                        "truncation": {
                            "oneOf": [
                                {"type": "string", "enum": ["auto", "disabled"]},
                                {
                                    "type": "object",
                                    "properties": {
                                        "type": {"type": "string", "enum": ["retention_ratio"]},
                                        "retention_ratio": {
                                            "type": "number",
                                            "minimum": 0,
                                            "maximum": 1,
                                        },
                                        "token_limits": {
                                            "type": "object",
                                            "properties": {
                                                "post_instructions": {
                                                    "type": "integer",
                                                    "minimum": 0,
                                                }
                                            },
                                        },
                                    },
                                    "required": ["type", "retention_ratio"],
                                },
                            ]
                        },
                        "prompt": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "required": ["id"],
                                    "properties": {
                                        "id": {"type": "string"},
                                        "version": {
                                            "anyOf": [{"type": "string"}, {"type": "null"}]
                                        },
                                        "variables": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "additionalProperties": {
                                                        "oneOf": [
                                                            {"type": "string"},
                                                            {
                                                                "properties": {
                                                                    "type": {
                                                                        "type": "string",
                                                                        "enum": ["input_text"],
                                                                    },
                                                                    "text": {"type": "string"},
                                                                    "prompt_cache_breakpoint": {
                                                                        "properties": {
                                                                            "mode": {
                                                                                "type": "string",
                                                                                "enum": [
                                                                                    "explicit"
                                                                                ],
                                                                            }
                                                                        },
                                                                        "type": "object",
                                                                        "required": ["mode"],
                                                                    },
                                                                },
                                                                "type": "object",
                                                                "required": ["type", "text"],
                                                            },
                                                            {
                                                                "properties": {
                                                                    "type": {
                                                                        "type": "string",
                                                                        "enum": ["input_image"],
                                                                    },
                                                                    "image_url": {
                                                                        "anyOf": [
                                                                            {
                                                                                "type": "string",
                                                                                "format": "uri",
                                                                            },
                                                                            {"type": "null"},
                                                                        ]
                                                                    },
                                                                    "file_id": {
                                                                        "anyOf": [
                                                                            {"type": "string"},
                                                                            {"type": "null"},
                                                                        ]
                                                                    },
                                                                    "detail": {
                                                                        "type": "string",
                                                                        "enum": [
                                                                            "low",
                                                                            "high",
                                                                            "auto",
                                                                            "original",
                                                                        ],
                                                                    },
                                                                    "prompt_cache_breakpoint": {
                                                                        "properties": {
                                                                            "mode": {
                                                                                "type": "string",
                                                                                "enum": [
                                                                                    "explicit"
                                                                                ],
                                                                            }
                                                                        },
                                                                        "type": "object",
                                                                        "required": ["mode"],
                                                                    },
                                                                },
                                                                "type": "object",
                                                                "required": ["type", "detail"],
                                                            },
                                                            {
                                                                "properties": {
                                                                    "type": {
                                                                        "type": "string",
                                                                        "enum": ["input_file"],
                                                                    },
                                                                    "file_id": {
                                                                        "anyOf": [
                                                                            {"type": "string"},
                                                                            {"type": "null"},
                                                                        ]
                                                                    },
                                                                    "filename": {"type": "string"},
                                                                    "file_data": {"type": "string"},
                                                                    "prompt_cache_breakpoint": {
                                                                        "properties": {
                                                                            "mode": {
                                                                                "type": "string",
                                                                                "enum": [
                                                                                    "explicit"
                                                                                ],
                                                                            }
                                                                        },
                                                                        "type": "object",
                                                                        "required": ["mode"],
                                                                    },
                                                                    "file_url": {
                                                                        "type": "string",
                                                                        "format": "uri",
                                                                    },
                                                                    "detail": {
                                                                        "type": "string",
                                                                        "enum": [
                                                                            "auto",
                                                                            "low",
                                                                            "high",
                                                                        ],
                                                                    },
                                                                },
                                                                "type": "object",
                                                                "required": ["type"],
                                                            },
                                                        ]
                                                    },
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                    },
                    "required": ["type"],
                },
                {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string", "enum": ["transcription"]},
                        "audio": {
                            "type": "object",
                            "properties": {
                                "input": {
                                    "type": "object",
                                    "properties": {
                                        "format": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcm"],
                                                        },
                                                        "rate": {
                                                            "type": "integer",
                                                            "enum": [24000],
                                                        },
                                                    },
                                                },
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcmu"],
                                                        }
                                                    },
                                                },
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["audio/pcma"],
                                                        }
                                                    },
                                                },
                                            ]
                                        },
                                        "transcription": {
                                            "anyOf": [
                                                {
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
                                                        "languages": {
                                                            "type": "array",
                                                            "minItems": 1,
                                                            "items": {"type": "string"},
                                                        },
                                                        "keywords": {
                                                            "type": "array",
                                                            "items": {"type": "string"},
                                                        },
                                                        "prompt": {"type": "string"},
                                                        "delay": {
                                                            "type": "string",
                                                            "enum": [
                                                                "minimal",
                                                                "low",
                                                                "medium",
                                                                "high",
                                                                "xhigh",
                                                            ],
                                                        },
                                                    },
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                        "noise_reduction": {
                                            "type": ["object", "null"],
                                            "properties": {
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["near_field", "far_field"],
                                                }
                                            },
                                        },
                                        "turn_detection": {
                                            "anyOf": [
                                                {
                                                    "oneOf": [
                                                        {
                                                            "type": "object",
                                                            "required": ["type"],
                                                            "properties": {
                                                                "type": {
                                                                    "type": "string",
                                                                    "const": "server_vad",
                                                                },
                                                                "threshold": {"type": "number"},
                                                                "prefix_padding_ms": {
                                                                    "type": "integer"
                                                                },
                                                                "silence_duration_ms": {
                                                                    "type": "integer"
                                                                },
                                                                "create_response": {
                                                                    "type": "boolean"
                                                                },
                                                                "interrupt_response": {
                                                                    "type": "boolean"
                                                                },
                                                                "idle_timeout_ms": {
                                                                    "anyOf": [
                                                                        {
                                                                            "type": "integer",
                                                                            "minimum": 5000,
                                                                            "maximum": 30000,
                                                                        },
                                                                        {"type": "null"},
                                                                    ]
                                                                },
                                                            },
                                                        },
                                                        {
                                                            "type": "object",
                                                            "required": ["type"],
                                                            "properties": {
                                                                "type": {
                                                                    "type": "string",
                                                                    "const": "semantic_vad",
                                                                },
                                                                "eagerness": {
                                                                    "type": "string",
                                                                    "enum": [
                                                                        "low",
                                                                        "medium",
                                                                        "high",
                                                                        "auto",
                                                                    ],
                                                                },
                                                                "create_response": {
                                                                    "type": "boolean"
                                                                },
                                                                "interrupt_response": {
                                                                    "type": "boolean"
                                                                },
                                                            },
                                                        },
                                                    ]
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                    },
                                }
                            },
                        },
                        "include": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "enum": ["item.input_audio_transcription.logprobs"],
                            },
                        },
                    },
                    "required": ["type"],
                },
            ]
        },
    },
}
