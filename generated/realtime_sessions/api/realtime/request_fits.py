"""Yes/no tests of the request bodies, one walk each: plain JSON (what `to_json` sends
unchanged) that the request schema accepts. `check_request` runs them first; a body they
refuse goes through `to_json` and `check`, which name the field.

Generated from the resolved fragment by `nox -s regenerate` (spectools/fits_source.py);
do not edit.
"""

from typing import Any

from ..._validation import FORMATS, is_plain, pattern_search

__all__ = ["fits_create_realtime_client_secret", "fits_create_realtime_session"]

_ABSENT = object()
_FORMAT_KIND_uri, _FORMAT_TEST_uri, _ = FORMATS["uri"]
_FORMAT_KIND_int64, _FORMAT_TEST_int64, _ = FORMATS["int64"]
_PATTERN_1 = pattern_search("^tunnel_[a-z0-9]{32}$")


def _fits_1(value: Any) -> bool:
    if value.__class__ is list:
        for element in value:
            if not ((element.__class__ is str) and (element in {"text", "audio"})):
                return False
    else:
        return False
    return True


def _fits_voice_ids_shared(value: Any) -> bool:
    return (value.__class__ is str) or (
        (value.__class__ is str)
        and (
            value
            in {
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
            }
        )
    )


def _fits_custom_voice(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("id", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        else:
            return False
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_voice_ids_or_custom_voice(value: Any) -> bool:
    return _fits_voice_ids_shared(value) or _fits_custom_voice(value)


def _fits_input_audio_transcription_param(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("model", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        if found != len(value):
            return False
    elif not (value is None):
        return False
    return True


def _fits_3(value: Any) -> bool:
    if value.__class__ is dict:
        if not is_plain(value, 7):
            return False
    else:
        return False
    return True


def _fits_tracing_configuration_param(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("workflow_name", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("group_id", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("metadata", _ABSENT)
        if element is not _ABSENT:
            if not _fits_3(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_2(value: Any) -> bool:
    return (
        ((value.__class__ is str) and (value in {"auto"}))
        or _fits_tracing_configuration_param(value)
        or (value is None)
    )


def _fits_turn_detection_param(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("threshold", _ABSENT)
        if element is not _ABSENT:
            if not (
                (
                    element.__class__ is int
                    or element.__class__ is float
                    and element - element == 0.0
                )
                and element >= 0
                and element <= 1
            ):
                return False
            found += 1
        element = value.get("prefix_padding_ms", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is int):
                return False
            found += 1
        element = value.get("silence_duration_ms", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is int):
                return False
            found += 1
        if found != len(value):
            return False
    elif not (value is None):
        return False
    return True


def _fits_realtime_function_tool_param(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"function"})):
                return False
            found += 1
        element = value.get("name", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("description", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("parameters", _ABSENT)
        if element is not _ABSENT:
            if not _fits_3(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_4(value: Any) -> bool:
    if value.__class__ is list:
        for element in value:
            if not _fits_realtime_function_tool_param(element):
                return False
    else:
        return False
    return True


def _fits_5(value: Any) -> bool:
    return (value.__class__ is int and value >= 1 and value <= 4096) or (
        (value.__class__ is str) and (value in {"inf"})
    )


def _fits_retention_ratio_truncation_token_limits(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("post_instructions", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is int and element >= 0):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_retention_ratio_truncation(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"retention_ratio"})):
                return False
            found += 1
        else:
            return False
        element = value.get("retention_ratio", _ABSENT)
        if element is not _ABSENT:
            if not (
                (
                    element.__class__ is int
                    or element.__class__ is float
                    and element - element == 0.0
                )
                and element >= 0
                and element <= 1
            ):
                return False
            found += 1
        else:
            return False
        element = value.get("token_limits", _ABSENT)
        if element is not _ABSENT:
            if not _fits_retention_ratio_truncation_token_limits(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_realtime_truncation(value: Any) -> bool:
    return (
        (value.__class__ is str) and (value in {"auto", "disabled"})
    ) or _fits_retention_ratio_truncation(value)


def _fits_6(value: Any) -> bool:
    return (value.__class__ is str) or (value is None)


def _fits_prompt_cache_breakpoint_config(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("mode", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"explicit"})):
                return False
            found += 1
        else:
            return False
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_input_text_content(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"input_text"})):
                return False
            found += 1
        else:
            return False
        element = value.get("text", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        else:
            return False
        element = value.get("prompt_cache_breakpoint", _ABSENT)
        if element is not _ABSENT:
            if not _fits_prompt_cache_breakpoint_config(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_image_detail(value: Any) -> bool:
    if not (value.__class__ is str):
        return False
    if not (value in {"low", "high", "auto", "original"}):
        return False
    return True


def _fits_9(value: Any) -> bool:
    return (
        (value.__class__ is str)
        and (value.__class__ is not _FORMAT_KIND_uri or _FORMAT_TEST_uri(value))
    ) or (value is None)


def _fits_input_image_content(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"input_image"})):
                return False
            found += 1
        else:
            return False
        element = value.get("detail", _ABSENT)
        if element is not _ABSENT:
            if not _fits_image_detail(element):
                return False
            found += 1
        else:
            return False
        element = value.get("image_url", _ABSENT)
        if element is not _ABSENT:
            if not _fits_9(element):
                return False
            found += 1
        element = value.get("file_id", _ABSENT)
        if element is not _ABSENT:
            if not _fits_6(element):
                return False
            found += 1
        element = value.get("prompt_cache_breakpoint", _ABSENT)
        if element is not _ABSENT:
            if not _fits_prompt_cache_breakpoint_config(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_file_input_detail(value: Any) -> bool:
    if not (value.__class__ is str):
        return False
    if not (value in {"auto", "low", "high"}):
        return False
    return True


def _fits_input_file_content(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"input_file"})):
                return False
            found += 1
        else:
            return False
        element = value.get("detail", _ABSENT)
        if element is not _ABSENT:
            if not _fits_file_input_detail(element):
                return False
            found += 1
        element = value.get("file_id", _ABSENT)
        if element is not _ABSENT:
            if not _fits_6(element):
                return False
            found += 1
        element = value.get("filename", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("file_data", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("prompt_cache_breakpoint", _ABSENT)
        if element is not _ABSENT:
            if not _fits_prompt_cache_breakpoint_config(element):
                return False
            found += 1
        element = value.get("file_url", _ABSENT)
        if element is not _ABSENT:
            if not (
                (element.__class__ is str)
                and (element.__class__ is not _FORMAT_KIND_uri or _FORMAT_TEST_uri(element))
            ):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_8(value: Any) -> bool:
    return (
        (value.__class__ is str)
        or _fits_input_text_content(value)
        or _fits_input_image_content(value)
        or _fits_input_file_content(value)
    )


def _fits_7(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        if value:
            for key, element in value.items():
                if key not in () and not _fits_8(element):
                    return False
    else:
        return False
    return True


def _fits_response_prompt_variables(value: Any) -> bool:
    return _fits_7(value) or (value is None)


def _fits_prompt_reference(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("id", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        else:
            return False
        element = value.get("version", _ABSENT)
        if element is not _ABSENT:
            if not _fits_6(element):
                return False
            found += 1
        element = value.get("variables", _ABSENT)
        if element is not _ABSENT:
            if not _fits_response_prompt_variables(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_prompt(value: Any) -> bool:
    return _fits_prompt_reference(value) or (value is None)


def fits_create_realtime_session(value: Any) -> bool:
    """Whether `value` is plain JSON that POST /realtime/sessions's request schema accepts."""
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("modalities", _ABSENT)
        if element is not _ABSENT:
            if not _fits_1(element):
                return False
            found += 1
        element = value.get("instructions", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("voice", _ABSENT)
        if element is not _ABSENT:
            if not _fits_voice_ids_or_custom_voice(element):
                return False
            found += 1
        element = value.get("input_audio_format", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("output_audio_format", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("input_audio_transcription", _ABSENT)
        if element is not _ABSENT:
            if not _fits_input_audio_transcription_param(element):
                return False
            found += 1
        element = value.get("speed", _ABSENT)
        if element is not _ABSENT:
            if not (
                (
                    element.__class__ is int
                    or element.__class__ is float
                    and element - element == 0.0
                )
                and element >= 0.25
                and element <= 1.5
            ):
                return False
            found += 1
        element = value.get("tracing", _ABSENT)
        if element is not _ABSENT:
            if not _fits_2(element):
                return False
            found += 1
        element = value.get("turn_detection", _ABSENT)
        if element is not _ABSENT:
            if not _fits_turn_detection_param(element):
                return False
            found += 1
        element = value.get("tools", _ABSENT)
        if element is not _ABSENT:
            if not _fits_4(element):
                return False
            found += 1
        element = value.get("tool_choice", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("temperature", _ABSENT)
        if element is not _ABSENT:
            if not (
                (
                    element.__class__ is int
                    or element.__class__ is float
                    and element - element == 0.0
                )
                and element >= 0.6
                and element <= 1.2
            ):
                return False
            found += 1
        element = value.get("max_response_output_tokens", _ABSENT)
        if element is not _ABSENT:
            if not _fits_5(element):
                return False
            found += 1
        element = value.get("truncation", _ABSENT)
        if element is not _ABSENT:
            if not _fits_realtime_truncation(element):
                return False
            found += 1
        element = value.get("prompt", _ABSENT)
        if element is not _ABSENT:
            if not _fits_prompt(element):
                return False
            found += 1
        element = value.get("model", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_client_secret_expiration(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("anchor", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"created_at"})):
                return False
            found += 1
        element = value.get("seconds", _ABSENT)
        if element is not _ABSENT:
            if not (
                (element.__class__ is int and element >= 10 and element <= 7200)
                and (element.__class__ is not _FORMAT_KIND_int64 or _FORMAT_TEST_int64(element))
            ):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_11(value: Any) -> bool:
    if value.__class__ is list:
        for element in value:
            if not ((element.__class__ is str) and (element in {"text", "audio"})):
                return False
    else:
        return False
    return True


def _fits_12(value: Any) -> bool:
    return (value.__class__ is str) or (
        (value.__class__ is str)
        and (
            value
            in {
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
            }
        )
    )


def _fits_audio_pcm(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"audio/pcm"})):
                return False
            found += 1
        element = value.get("rate", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is int) and (element in (24000,))):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_audio_pcmu(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"audio/pcmu"})):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_audio_pcma(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"audio/pcma"})):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_realtime_audio_formats(value: Any) -> bool:
    return _fits_audio_pcm(value) or _fits_audio_pcmu(value) or _fits_audio_pcma(value)


def _fits_16(value: Any) -> bool:
    return (value.__class__ is str) or (
        (value.__class__ is str)
        and (
            value
            in {
                "whisper-1",
                "gpt-transcribe",
                "gpt-live-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe",
                "gpt-4o-transcribe-diarize",
                "gpt-realtime-whisper",
            }
        )
    )


def _fits_17(value: Any) -> bool:
    if value.__class__ is list:
        if not (len(value) >= 1):
            return False
        for element in value:
            if not (element.__class__ is str):
                return False
    else:
        return False
    return True


def _fits_18(value: Any) -> bool:
    if value.__class__ is list:
        for element in value:
            if not (element.__class__ is str):
                return False
    else:
        return False
    return True


def _fits_audio_transcription(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("delay", _ABSENT)
        if element is not _ABSENT:
            if not (
                (element.__class__ is str)
                and (element in {"minimal", "low", "medium", "high", "xhigh"})
            ):
                return False
            found += 1
        element = value.get("model", _ABSENT)
        if element is not _ABSENT:
            if not _fits_16(element):
                return False
            found += 1
        element = value.get("language", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("languages", _ABSENT)
        if element is not _ABSENT:
            if not _fits_17(element):
                return False
            found += 1
        element = value.get("keywords", _ABSENT)
        if element is not _ABSENT:
            if not _fits_18(element):
                return False
            found += 1
        element = value.get("prompt", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_15(value: Any) -> bool:
    return _fits_audio_transcription(value) or (value is None)


def _fits_noise_reduction_type(value: Any) -> bool:
    if not (value.__class__ is str):
        return False
    if not (value in {"near_field", "far_field"}):
        return False
    return True


def _fits_19(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not _fits_noise_reduction_type(element):
                return False
            found += 1
        if found != len(value):
            return False
    elif not (value is None):
        return False
    return True


def _fits_21(value: Any) -> bool:
    return (value.__class__ is int and value >= 5000 and value <= 30000) or (value is None)


def _fits_server_vad(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element == "server_vad")):
                return False
            found += 1
        else:
            return False
        element = value.get("threshold", _ABSENT)
        if element is not _ABSENT:
            if not (
                element.__class__ is int or element.__class__ is float and element - element == 0.0
            ):
                return False
            found += 1
        element = value.get("prefix_padding_ms", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is int):
                return False
            found += 1
        element = value.get("silence_duration_ms", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is int):
                return False
            found += 1
        element = value.get("create_response", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is bool):
                return False
            found += 1
        element = value.get("interrupt_response", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is bool):
                return False
            found += 1
        element = value.get("idle_timeout_ms", _ABSENT)
        if element is not _ABSENT:
            if not _fits_21(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_semantic_vad(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element == "semantic_vad")):
                return False
            found += 1
        else:
            return False
        element = value.get("eagerness", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"low", "medium", "high", "auto"})):
                return False
            found += 1
        element = value.get("create_response", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is bool):
                return False
            found += 1
        element = value.get("interrupt_response", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is bool):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_20(value: Any) -> bool:
    return _fits_server_vad(value) or _fits_semantic_vad(value)


def _fits_realtime_turn_detection(value: Any) -> bool:
    return _fits_20(value) or (value is None)


def _fits_14(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("format", _ABSENT)
        if element is not _ABSENT:
            if not _fits_realtime_audio_formats(element):
                return False
            found += 1
        element = value.get("transcription", _ABSENT)
        if element is not _ABSENT:
            if not _fits_15(element):
                return False
            found += 1
        element = value.get("noise_reduction", _ABSENT)
        if element is not _ABSENT:
            if not _fits_19(element):
                return False
            found += 1
        element = value.get("turn_detection", _ABSENT)
        if element is not _ABSENT:
            if not _fits_realtime_turn_detection(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_22(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("format", _ABSENT)
        if element is not _ABSENT:
            if not _fits_realtime_audio_formats(element):
                return False
            found += 1
        element = value.get("voice", _ABSENT)
        if element is not _ABSENT:
            if not _fits_voice_ids_or_custom_voice(element):
                return False
            found += 1
        element = value.get("speed", _ABSENT)
        if element is not _ABSENT:
            if not (
                (
                    element.__class__ is int
                    or element.__class__ is float
                    and element - element == 0.0
                )
                and element >= 0.25
                and element <= 1.5
            ):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_13(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("input", _ABSENT)
        if element is not _ABSENT:
            if not _fits_14(element):
                return False
            found += 1
        element = value.get("output", _ABSENT)
        if element is not _ABSENT:
            if not _fits_22(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_23(value: Any) -> bool:
    if value.__class__ is list:
        for element in value:
            if not (
                (element.__class__ is str)
                and (element in {"item.input_audio_transcription.logprobs"})
            ):
                return False
    else:
        return False
    return True


def _fits_24(value: Any) -> bool:
    return (
        ((value.__class__ is str) and (value in {"auto"}))
        or _fits_tracing_configuration_param(value)
        or (value is None)
    )


def _fits_28(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        if value:
            for key, element in value.items():
                if key not in () and not (element.__class__ is str):
                    return False
    else:
        return False
    return True


def _fits_27(value: Any) -> bool:
    return _fits_28(value) or (value is None)


def _fits_mcp_tool_filter(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("tool_names", _ABSENT)
        if element is not _ABSENT:
            if not _fits_18(element):
                return False
            found += 1
        element = value.get("read_only", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is bool):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_30(value: Any) -> bool:
    return _fits_18(value) or _fits_mcp_tool_filter(value)


def _fits_29(value: Any) -> bool:
    return _fits_30(value) or (value is None)


def _fits_callable_tool_allowed_caller(value: Any) -> bool:
    if not (value.__class__ is str):
        return False
    if not (value in {"direct", "programmatic"}):
        return False
    return True


def _fits_32(value: Any) -> bool:
    if value.__class__ is list:
        if not (len(value) >= 1):
            return False
        for element in value:
            if not _fits_callable_tool_allowed_caller(element):
                return False
    else:
        return False
    return True


def _fits_31(value: Any) -> bool:
    return _fits_32(value) or (value is None)


def _fits_mcp_tool_approval_filter(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("always", _ABSENT)
        if element is not _ABSENT:
            if not _fits_mcp_tool_filter(element):
                return False
            found += 1
        element = value.get("never", _ABSENT)
        if element is not _ABSENT:
            if not _fits_mcp_tool_filter(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_34(value: Any) -> bool:
    return _fits_mcp_tool_approval_filter(value) or (
        (value.__class__ is str) and (value in {"always", "never"})
    )


def _fits_33(value: Any) -> bool:
    return _fits_34(value) or (value is None)


def _fits_mcp_tool(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"mcp"})):
                return False
            found += 1
        else:
            return False
        element = value.get("connector_id", _ABSENT)
        if element is not _ABSENT:
            if not (
                (element.__class__ is str)
                and (
                    element
                    in {
                        "connector_dropbox",
                        "connector_gmail",
                        "connector_googlecalendar",
                        "connector_googledrive",
                        "connector_microsoftteams",
                        "connector_outlookcalendar",
                        "connector_outlookemail",
                        "connector_sharepoint",
                    }
                )
            ):
                return False
            found += 1
        element = value.get("server_label", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        else:
            return False
        element = value.get("server_url", _ABSENT)
        if element is not _ABSENT:
            if not (
                (element.__class__ is str)
                and (element.__class__ is not _FORMAT_KIND_uri or _FORMAT_TEST_uri(element))
            ):
                return False
            found += 1
        element = value.get("tunnel_id", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str and _PATTERN_1(element) is not None):
                return False
            found += 1
        element = value.get("authorization", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("server_description", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("headers", _ABSENT)
        if element is not _ABSENT:
            if not _fits_27(element):
                return False
            found += 1
        element = value.get("allowed_tools", _ABSENT)
        if element is not _ABSENT:
            if not _fits_29(element):
                return False
            found += 1
        element = value.get("allowed_callers", _ABSENT)
        if element is not _ABSENT:
            if not _fits_31(element):
                return False
            found += 1
        element = value.get("require_approval", _ABSENT)
        if element is not _ABSENT:
            if not _fits_33(element):
                return False
            found += 1
        element = value.get("defer_loading", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is bool):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_26(value: Any) -> bool:
    return _fits_realtime_function_tool_param(value) or _fits_mcp_tool(value)


def _fits_25(value: Any) -> bool:
    if value.__class__ is list:
        for element in value:
            if not _fits_26(element):
                return False
    else:
        return False
    return True


def _fits_tool_choice_options(value: Any) -> bool:
    if not (value.__class__ is str):
        return False
    if not (value in {"none", "auto", "required"}):
        return False
    return True


def _fits_tool_choice_function(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"function"})):
                return False
            found += 1
        else:
            return False
        element = value.get("name", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        else:
            return False
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_tool_choice_mcp(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"mcp"})):
                return False
            found += 1
        else:
            return False
        element = value.get("server_label", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        else:
            return False
        element = value.get("name", _ABSENT)
        if element is not _ABSENT:
            if not _fits_6(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_35(value: Any) -> bool:
    return (
        _fits_tool_choice_options(value)
        or _fits_tool_choice_function(value)
        or _fits_tool_choice_mcp(value)
    )


def _fits_realtime_reasoning_effort(value: Any) -> bool:
    if not (value.__class__ is str):
        return False
    if not (value in {"minimal", "low", "medium", "high", "xhigh"}):
        return False
    return True


def _fits_realtime_reasoning(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("effort", _ABSENT)
        if element is not _ABSENT:
            if not _fits_realtime_reasoning_effort(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_36(value: Any) -> bool:
    return (value.__class__ is int) or ((value.__class__ is str) and (value in {"inf"}))


def _fits_realtime_session_create_request_ga(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"realtime"})):
                return False
            found += 1
        else:
            return False
        element = value.get("output_modalities", _ABSENT)
        if element is not _ABSENT:
            if not _fits_11(element):
                return False
            found += 1
        element = value.get("model", _ABSENT)
        if element is not _ABSENT:
            if not _fits_12(element):
                return False
            found += 1
        element = value.get("instructions", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is str):
                return False
            found += 1
        element = value.get("audio", _ABSENT)
        if element is not _ABSENT:
            if not _fits_13(element):
                return False
            found += 1
        element = value.get("include", _ABSENT)
        if element is not _ABSENT:
            if not _fits_23(element):
                return False
            found += 1
        element = value.get("tracing", _ABSENT)
        if element is not _ABSENT:
            if not _fits_24(element):
                return False
            found += 1
        element = value.get("tools", _ABSENT)
        if element is not _ABSENT:
            if not _fits_25(element):
                return False
            found += 1
        element = value.get("tool_choice", _ABSENT)
        if element is not _ABSENT:
            if not _fits_35(element):
                return False
            found += 1
        element = value.get("parallel_tool_calls", _ABSENT)
        if element is not _ABSENT:
            if not (element.__class__ is bool):
                return False
            found += 1
        element = value.get("reasoning", _ABSENT)
        if element is not _ABSENT:
            if not _fits_realtime_reasoning(element):
                return False
            found += 1
        element = value.get("max_output_tokens", _ABSENT)
        if element is not _ABSENT:
            if not _fits_36(element):
                return False
            found += 1
        element = value.get("truncation", _ABSENT)
        if element is not _ABSENT:
            if not _fits_realtime_truncation(element):
                return False
            found += 1
        element = value.get("prompt", _ABSENT)
        if element is not _ABSENT:
            if not _fits_prompt(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_37(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("input", _ABSENT)
        if element is not _ABSENT:
            if not _fits_14(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_realtime_transcription_session_create_request_ga(value: Any) -> bool:
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("type", _ABSENT)
        if element is not _ABSENT:
            if not ((element.__class__ is str) and (element in {"transcription"})):
                return False
            found += 1
        else:
            return False
        element = value.get("audio", _ABSENT)
        if element is not _ABSENT:
            if not _fits_37(element):
                return False
            found += 1
        element = value.get("include", _ABSENT)
        if element is not _ABSENT:
            if not _fits_23(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True


def _fits_10(value: Any) -> bool:
    return _fits_realtime_session_create_request_ga(
        value
    ) or _fits_realtime_transcription_session_create_request_ga(value)


def fits_create_realtime_client_secret(value: Any) -> bool:
    """Whether `value` is plain JSON that POST /realtime/client_secrets's request schema accepts."""
    if value.__class__ is dict:
        for key in value:
            if key.__class__ is not str:
                return False
        found = 0
        element = value.get("expires_after", _ABSENT)
        if element is not _ABSENT:
            if not _fits_client_secret_expiration(element):
                return False
            found += 1
        element = value.get("session", _ABSENT)
        if element is not _ABSENT:
            if not _fits_10(element):
                return False
            found += 1
        if found != len(value):
            return False
    else:
        return False
    return True
