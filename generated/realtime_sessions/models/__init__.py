"""Every model and enum alias of the spec, one module each, imported on first use.

`import realtime_sessions` stays close to the cost of `import httpx`: a model module (and attrs)
is loaded when its name is first touched (PEP 562), not at package import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio_input_turn_detection import AudioInputTurnDetection
    from .audio_pcm import AudioPCM
    from .audio_pcm_rate import AudioPCMRate
    from .audio_pcm_type import AudioPCMType
    from .audio_pcma import AudioPCMA
    from .audio_pcma_type import AudioPCMAType
    from .audio_pcmu import AudioPCMU
    from .audio_pcmu_type import AudioPCMUType
    from .audio_transcription import AudioTranscription
    from .built_in_voice import BuiltInVoice
    from .client_secret import ClientSecret
    from .custom_voice import CustomVoice
    from .file_input_detail import FileInputDetail
    from .function_parameters import FunctionParameters
    from .function_parameters_param import FunctionParametersParam
    from .image_detail import ImageDetail
    from .include_item import IncludeItem
    from .input_audio_transcription_param import InputAudioTranscriptionParam
    from .input_file_content import InputFileContent
    from .input_file_content_type import InputFileContentType
    from .input_image_content import InputImageContent
    from .input_image_content_type import InputImageContentType
    from .input_text_content import InputTextContent
    from .input_text_content_type import InputTextContentType
    from .max_output_tokens_inf import MaxOutputTokensInf
    from .max_response_output_tokens_inf import MaxResponseOutputTokensInf
    from .modality import Modality
    from .modality_param import ModalityParam
    from .noise_reduction import NoiseReduction
    from .noise_reduction_type import NoiseReductionType
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
    from .prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode
    from .prompt_reference import PromptReference
    from .prompt_variables import PromptVariables
    from .realtime_function_tool import RealtimeFunctionTool
    from .realtime_function_tool_param import RealtimeFunctionToolParam
    from .realtime_function_tool_param_type import RealtimeFunctionToolParamType
    from .realtime_function_tool_type import RealtimeFunctionToolType
    from .retention_ratio_truncation import RetentionRatioTruncation
    from .retention_ratio_truncation_token_limits import RetentionRatioTruncationTokenLimits
    from .retention_ratio_truncation_type import RetentionRatioTruncationType
    from .session_audio import SessionAudio
    from .session_audio_input import SessionAudioInput
    from .session_audio_output import SessionAudioOutput
    from .session_create_params import SessionCreateParams
    from .session_create_response import SessionCreateResponse
    from .tracing_auto import TracingAuto
    from .tracing_auto_param import TracingAutoParam
    from .tracing_configuration import TracingConfiguration
    from .tracing_configuration_param import TracingConfigurationParam
    from .tracing_metadata import TracingMetadata
    from .tracing_metadata_param import TracingMetadataParam
    from .transcription_model import TranscriptionModel
    from .truncation_strategy import TruncationStrategy
    from .turn_detection import TurnDetection
    from .turn_detection_param import TurnDetectionParam

# public name -> the module defining it
_MODULES: dict[str, str] = {
    "AudioInputTurnDetection": ".audio_input_turn_detection",
    "AudioPCM": ".audio_pcm",
    "AudioPCMRate": ".audio_pcm_rate",
    "AudioPCMType": ".audio_pcm_type",
    "AudioPCMA": ".audio_pcma",
    "AudioPCMAType": ".audio_pcma_type",
    "AudioPCMU": ".audio_pcmu",
    "AudioPCMUType": ".audio_pcmu_type",
    "AudioTranscription": ".audio_transcription",
    "BuiltInVoice": ".built_in_voice",
    "ClientSecret": ".client_secret",
    "CustomVoice": ".custom_voice",
    "FileInputDetail": ".file_input_detail",
    "FunctionParameters": ".function_parameters",
    "FunctionParametersParam": ".function_parameters_param",
    "ImageDetail": ".image_detail",
    "IncludeItem": ".include_item",
    "InputAudioTranscriptionParam": ".input_audio_transcription_param",
    "InputFileContent": ".input_file_content",
    "InputFileContentType": ".input_file_content_type",
    "InputImageContent": ".input_image_content",
    "InputImageContentType": ".input_image_content_type",
    "InputTextContent": ".input_text_content",
    "InputTextContentType": ".input_text_content_type",
    "MaxOutputTokensInf": ".max_output_tokens_inf",
    "MaxResponseOutputTokensInf": ".max_response_output_tokens_inf",
    "Modality": ".modality",
    "ModalityParam": ".modality_param",
    "NoiseReduction": ".noise_reduction",
    "NoiseReductionType": ".noise_reduction_type",
    "PromptCacheBreakpointConfig": ".prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigMode": ".prompt_cache_breakpoint_config_mode",
    "PromptReference": ".prompt_reference",
    "PromptVariables": ".prompt_variables",
    "RealtimeFunctionTool": ".realtime_function_tool",
    "RealtimeFunctionToolParam": ".realtime_function_tool_param",
    "RealtimeFunctionToolParamType": ".realtime_function_tool_param_type",
    "RealtimeFunctionToolType": ".realtime_function_tool_type",
    "RetentionRatioTruncation": ".retention_ratio_truncation",
    "RetentionRatioTruncationTokenLimits": ".retention_ratio_truncation_token_limits",
    "RetentionRatioTruncationType": ".retention_ratio_truncation_type",
    "SessionAudio": ".session_audio",
    "SessionAudioInput": ".session_audio_input",
    "SessionAudioOutput": ".session_audio_output",
    "SessionCreateParams": ".session_create_params",
    "SessionCreateResponse": ".session_create_response",
    "TracingAuto": ".tracing_auto",
    "TracingAutoParam": ".tracing_auto_param",
    "TracingConfiguration": ".tracing_configuration",
    "TracingConfigurationParam": ".tracing_configuration_param",
    "TracingMetadata": ".tracing_metadata",
    "TracingMetadataParam": ".tracing_metadata_param",
    "TranscriptionModel": ".transcription_model",
    "TruncationStrategy": ".truncation_strategy",
    "TurnDetection": ".turn_detection",
    "TurnDetectionParam": ".turn_detection_param",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AudioInputTurnDetection",
    "AudioPCM",
    "AudioPCMA",
    "AudioPCMAType",
    "AudioPCMRate",
    "AudioPCMType",
    "AudioPCMU",
    "AudioPCMUType",
    "AudioTranscription",
    "BuiltInVoice",
    "ClientSecret",
    "CustomVoice",
    "FileInputDetail",
    "FunctionParameters",
    "FunctionParametersParam",
    "ImageDetail",
    "IncludeItem",
    "InputAudioTranscriptionParam",
    "InputFileContent",
    "InputFileContentType",
    "InputImageContent",
    "InputImageContentType",
    "InputTextContent",
    "InputTextContentType",
    "MaxOutputTokensInf",
    "MaxResponseOutputTokensInf",
    "Modality",
    "ModalityParam",
    "NoiseReduction",
    "NoiseReductionType",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptReference",
    "PromptVariables",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolParam",
    "RealtimeFunctionToolParamType",
    "RealtimeFunctionToolType",
    "RetentionRatioTruncation",
    "RetentionRatioTruncationTokenLimits",
    "RetentionRatioTruncationType",
    "SessionAudio",
    "SessionAudioInput",
    "SessionAudioOutput",
    "SessionCreateParams",
    "SessionCreateResponse",
    "TracingAuto",
    "TracingAutoParam",
    "TracingConfiguration",
    "TracingConfigurationParam",
    "TracingMetadata",
    "TracingMetadataParam",
    "TranscriptionModel",
    "TruncationStrategy",
    "TurnDetection",
    "TurnDetectionParam",
]
