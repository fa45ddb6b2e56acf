"""The request schema of POST /realtime/sessions, $refs inlined, validation keywords only.

Generated from the resolved fragment by `nox -s regenerate`; do not edit.
"""

from typing import Any, Final

REQUEST_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "modalities": {"items": {"type": "string", "enum": ["text", "audio"]}, "type": "array"},
        "instructions": {"type": "string"},
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
        "input_audio_format": {"type": "string"},
        "output_audio_format": {"type": "string"},
        "input_audio_transcription": {
            "type": ["object", "null"],
            "properties": {"model": {"type": "string"}},
        },
        "speed": {"type": "number", "maximum": 1.5, "minimum": 0.25},
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
        "turn_detection": {
            "type": ["object", "null"],
            "properties": {
                "type": {"type": "string"},
                "threshold": {"type": "number", "minimum": 0, "maximum": 1},
                "prefix_padding_ms": {"type": "integer"},
                "silence_duration_ms": {"type": "integer"},
            },
        },
        "tools": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["function"]},
                    "name": {"type": "string"},
                    "description": {"type": "string"},
                    "parameters": {"type": "object"},
                },
            },
        },
        "tool_choice": {"type": "string"},
        "temperature": {"type": "number", "minimum": 0.6, "maximum": 1.2},
        "max_response_output_tokens": {
            "oneOf": [
                {"type": "integer", "minimum": 1, "maximum": 4096},
                {"type": "string", "enum": ["inf"]},
            ]
        },
        "truncation": {
            "oneOf": [
                {"type": "string", "enum": ["auto", "disabled"]},
                {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string", "enum": ["retention_ratio"]},
                        "retention_ratio": {"type": "number", "minimum": 0, "maximum": 1},
                        "token_limits": {
                            "type": "object",
                            "properties": {"post_instructions": {"type": "integer", "minimum": 0}},
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
                        "version": {"anyOf": [{"type": "string"}, {"type": "null"}]},
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
                                                                "enum": ["explicit"],
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
                                                            {"type": "string", "format": "uri"},
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
                                                        "enum": ["low", "high", "auto", "original"],
                                                    },
                                                    "prompt_cache_breakpoint": {
                                                        "properties": {
                                                            "mode": {
                                                                "type": "string",
                                                                "enum": ["explicit"],
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
                                                                "enum": ["explicit"],
                                                            }
                                                        },
                                                        "type": "object",
                                                        "required": ["mode"],
                                                    },
                                                    "file_url": {"type": "string", "format": "uri"},
                                                    "detail": {
                                                        "type": "string",
                                                        "enum": ["auto", "low", "high"],
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
        "model": {"type": "string"},
    },
    "required": [],
}
