"""The session the mock returns for a valid request: the request reflected into the response.

`REFLECTED` is the one table of how a request field shows up in the response (the API renamed
and nested most of them in 2025-08); `check_reflections` refuses to start when an overlay or an
upstream sync removed either end of a row, so the table cannot rot silently.
"""

from __future__ import annotations

import copy
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..specio import SpecError
from .spec import SessionOperation

__all__ = ["REFLECTED", "Reflection", "build_session", "check_reflections"]

SESSION_TTL_SECONDS = 30 * 60
CLIENT_SECRET_TTL_SECONDS = 60  # "Currently, all tokens expire after one minute."
OMIT: Any = object()  # a reflection that leaves the response field out

# Request-side audio format names (and the response-side ones) -> response format objects.
_AUDIO_FORMATS: dict[str, dict[str, Any]] = {
    "pcm16": {"type": "audio/pcm", "rate": 24000},
    "audio/pcm": {"type": "audio/pcm", "rate": 24000},
    "g711_ulaw": {"type": "audio/pcmu"},
    "audio/pcmu": {"type": "audio/pcmu"},
    "g711_alaw": {"type": "audio/pcma"},
    "audio/pcma": {"type": "audio/pcma"},
}
_SERVER_VAD = {
    "type": "server_vad",
    "threshold": 0.5,
    "prefix_padding_ms": 300,
    "silence_duration_ms": 200,
}


def _audio_format(name: Any) -> Any:
    # The request schema allows any string; unknown names fall back to 24 kHz PCM.
    return copy.deepcopy(_AUDIO_FORMATS.get(name, _AUDIO_FORMATS["pcm16"]))


def _voice_id(voice: Any) -> Any:
    return voice["id"] if isinstance(voice, dict) else voice  # custom voices are {"id": ...}


def _present(value: Any) -> Any:
    return OMIT if value is None else value  # response field is not nullable


def _same(value: Any) -> Any:
    return value  # the request was parsed for this answer alone: no copy needed


@dataclass(frozen=True)
class Reflection:
    """One request field and where (and how) the response reports it."""

    request_field: str
    response_path: tuple[str, ...]
    default: Any  # converted like a request value when the field is absent; OMIT: leave it out
    convert: Callable[[Any], Any] = _same


REFLECTED: tuple[Reflection, ...] = (
    Reflection("model", ("model",), "gpt-realtime"),
    Reflection("modalities", ("output_modalities",), ["audio"]),
    Reflection("instructions", ("instructions",), "You are a helpful assistant."),
    Reflection("tools", ("tools",), []),
    Reflection("tool_choice", ("tool_choice",), "auto"),
    Reflection("max_response_output_tokens", ("max_output_tokens",), "inf"),
    Reflection("tracing", ("tracing",), None),
    Reflection("turn_detection", ("turn_detection",), _SERVER_VAD),
    Reflection("input_audio_format", ("audio", "input", "format"), "pcm16", _audio_format),
    Reflection("input_audio_transcription", ("audio", "input", "transcription"), OMIT, _present),
    Reflection("turn_detection", ("audio", "input", "turn_detection"), _SERVER_VAD),
    Reflection("output_audio_format", ("audio", "output", "format"), "pcm16", _audio_format),
    Reflection("voice", ("audio", "output", "voice"), "alloy", _voice_id),
    Reflection("speed", ("audio", "output", "speed"), 1.0),
)


def check_reflections(operation: SessionOperation) -> None:
    """Fail at start-up when the spec no longer has a field the table maps."""
    for row in REFLECTED:
        if not operation.has_field(operation.request_schema, (row.request_field,)):
            raise SpecError(f"mock: request schema has no '{row.request_field}' any more")
        if not operation.has_field(operation.response_schema, row.response_path):
            raise SpecError(
                f"mock: response schema has no '{'.'.join(row.response_path)}' any more"
            )


def _put(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for name in path[:-1]:
        target = target.setdefault(name, {})
    target[path[-1]] = value


def build_session(request: dict[str, Any], *, now: float | None = None) -> dict[str, Any]:
    """The 200 body for a valid request: fresh ids and expiries, the request reflected."""
    created = int(time.time() if now is None else now)
    session: dict[str, Any] = {
        "id": f"sess_{secrets.token_hex(12)}",
        "object": "realtime.session",
        "expires_at": created + SESSION_TTL_SECONDS,
    }
    for row in REFLECTED:
        if row.request_field in request:
            value = row.convert(request[row.request_field])
        else:  # defaults are shared: copied, as the answer is the caller's to change
            value = OMIT if row.default is OMIT else row.convert(copy.deepcopy(row.default))
        if value is not OMIT:
            _put(session, row.response_path, value)
    _put(session, ("audio", "input", "noise_reduction"), None)  # no request field sets it
    session["client_secret"] = {
        "value": f"ek_{secrets.token_hex(16)}",
        "expires_at": created + CLIENT_SECRET_TTL_SECONDS,
    }
    return session
