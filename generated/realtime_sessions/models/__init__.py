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
    from .callable_tool_allowed_caller import CallableToolAllowedCaller
    from .client_secret import ClientSecret
    from .client_secret_create_response import ClientSecretCreateResponse
    from .file_input_detail import FileInputDetail
    from .function_parameters import FunctionParameters
    from .image_detail import ImageDetail
    from .include_item import IncludeItem
    from .input_file_content import InputFileContent
    from .input_file_content_type import InputFileContentType
    from .input_image_content import InputImageContent
    from .input_image_content_type import InputImageContentType
    from .input_text_content import InputTextContent
    from .input_text_content_type import InputTextContentType
    from .max_output_tokens_inf import MaxOutputTokensInf
    from .mcp_tool import MCPTool
    from .mcp_tool_approval_filter import MCPToolApprovalFilter
    from .mcp_tool_connector_id import MCPToolConnectorId
    from .mcp_tool_filter import MCPToolFilter
    from .mcp_tool_headers_type_0 import MCPToolHeadersType0
    from .mcp_tool_mcp_tool_approval_setting import MCPToolMCPToolApprovalSetting
    from .mcp_tool_type import MCPToolType
    from .modality import Modality
    from .noise_reduction import NoiseReduction
    from .noise_reduction_type import NoiseReductionType
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
    from .prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode
    from .prompt_reference import PromptReference
    from .prompt_variables import PromptVariables
    from .realtime_function_tool import RealtimeFunctionTool
    from .realtime_function_tool_type import RealtimeFunctionToolType
    from .realtime_reasoning_configuration import RealtimeReasoningConfiguration
    from .realtime_reasoning_effort import RealtimeReasoningEffort
    from .realtime_session_create_response import RealtimeSessionCreateResponse
    from .realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio
    from .realtime_session_create_response_audio_input import (
        RealtimeSessionCreateResponseAudioInput,
    )
    from .realtime_session_create_response_audio_input_noise_reduction_type_0 import (
        RealtimeSessionCreateResponseAudioInputNoiseReductionType0,
    )
    from .realtime_session_create_response_audio_output import (
        RealtimeSessionCreateResponseAudioOutput,
    )
    from .realtime_session_create_response_include_type_0_item import (
        RealtimeSessionCreateResponseIncludeType0Item,
    )
    from .realtime_session_create_response_max_output_tokens_type_1 import (
        RealtimeSessionCreateResponseMaxOutputTokensType1,
    )
    from .realtime_session_create_response_model_type_1 import (
        RealtimeSessionCreateResponseModelType1,
    )
    from .realtime_session_create_response_object import RealtimeSessionCreateResponseObject
    from .realtime_session_create_response_output_modalities_item import (
        RealtimeSessionCreateResponseOutputModalitiesItem,
    )
    from .realtime_session_create_response_realtime_tracing_auto import (
        RealtimeSessionCreateResponseRealtimeTracingAuto,
    )
    from .realtime_session_create_response_type import RealtimeSessionCreateResponseType
    from .realtime_tracing_configuration import RealtimeTracingConfiguration
    from .realtime_tracing_configuration_metadata import RealtimeTracingConfigurationMetadata
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_create_response_audio import (
        RealtimeTranscriptionSessionCreateResponseAudio,
    )
    from .realtime_transcription_session_create_response_audio_input import (
        RealtimeTranscriptionSessionCreateResponseAudioInput,
    )
    from .realtime_transcription_session_create_response_audio_input_noise_reduction_type_0 import (
        RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReductionType0,
    )
    from .realtime_transcription_session_create_response_audio_input_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseAudioInputTurnDetectionType0,
    )
    from .realtime_transcription_session_create_response_include_item import (
        RealtimeTranscriptionSessionCreateResponseIncludeItem,
    )
    from .realtime_transcription_session_create_response_type import (
        RealtimeTranscriptionSessionCreateResponseType,
    )
    from .retention_ratio_truncation import RetentionRatioTruncation
    from .retention_ratio_truncation_token_limits import RetentionRatioTruncationTokenLimits
    from .retention_ratio_truncation_type import RetentionRatioTruncationType
    from .semantic_vad import SemanticVAD
    from .semantic_vad_eagerness import SemanticVADEagerness
    from .server_vad import ServerVAD
    from .session_audio import SessionAudio
    from .session_audio_input import SessionAudioInput
    from .session_audio_output import SessionAudioOutput
    from .session_create_response import SessionCreateResponse
    from .tool_choice_function import ToolChoiceFunction
    from .tool_choice_function_type import ToolChoiceFunctionType
    from .tool_choice_mcp import ToolChoiceMCP
    from .tool_choice_mcp_type import ToolChoiceMCPType
    from .tool_choice_mode import ToolChoiceMode
    from .tracing_auto import TracingAuto
    from .tracing_configuration import TracingConfiguration
    from .tracing_metadata import TracingMetadata
    from .transcription_model import TranscriptionModel
    from .truncation_strategy import TruncationStrategy
    from .turn_detection import TurnDetection

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
    "CallableToolAllowedCaller": ".callable_tool_allowed_caller",
    "ClientSecret": ".client_secret",
    "ClientSecretCreateResponse": ".client_secret_create_response",
    "FileInputDetail": ".file_input_detail",
    "FunctionParameters": ".function_parameters",
    "ImageDetail": ".image_detail",
    "IncludeItem": ".include_item",
    "InputFileContent": ".input_file_content",
    "InputFileContentType": ".input_file_content_type",
    "InputImageContent": ".input_image_content",
    "InputImageContentType": ".input_image_content_type",
    "InputTextContent": ".input_text_content",
    "InputTextContentType": ".input_text_content_type",
    "MaxOutputTokensInf": ".max_output_tokens_inf",
    "MCPTool": ".mcp_tool",
    "MCPToolApprovalFilter": ".mcp_tool_approval_filter",
    "MCPToolConnectorId": ".mcp_tool_connector_id",
    "MCPToolFilter": ".mcp_tool_filter",
    "MCPToolHeadersType0": ".mcp_tool_headers_type_0",
    "MCPToolMCPToolApprovalSetting": ".mcp_tool_mcp_tool_approval_setting",
    "MCPToolType": ".mcp_tool_type",
    "Modality": ".modality",
    "NoiseReduction": ".noise_reduction",
    "NoiseReductionType": ".noise_reduction_type",
    "PromptCacheBreakpointConfig": ".prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigMode": ".prompt_cache_breakpoint_config_mode",
    "PromptReference": ".prompt_reference",
    "PromptVariables": ".prompt_variables",
    "RealtimeFunctionTool": ".realtime_function_tool",
    "RealtimeFunctionToolType": ".realtime_function_tool_type",
    "RealtimeReasoningConfiguration": ".realtime_reasoning_configuration",
    "RealtimeReasoningEffort": ".realtime_reasoning_effort",
    "RealtimeSessionCreateResponse": ".realtime_session_create_response",
    "RealtimeSessionCreateResponseAudio": ".realtime_session_create_response_audio",
    "RealtimeSessionCreateResponseAudioInput": ".realtime_session_create_response_audio_input",
    "RealtimeSessionCreateResponseAudioInputNoiseReductionType0": ".realtime_session_create_response_audio_input_noise_reduction_type_0",
    "RealtimeSessionCreateResponseAudioOutput": ".realtime_session_create_response_audio_output",
    "RealtimeSessionCreateResponseIncludeType0Item": ".realtime_session_create_response_include_type_0_item",
    "RealtimeSessionCreateResponseMaxOutputTokensType1": ".realtime_session_create_response_max_output_tokens_type_1",
    "RealtimeSessionCreateResponseModelType1": ".realtime_session_create_response_model_type_1",
    "RealtimeSessionCreateResponseObject": ".realtime_session_create_response_object",
    "RealtimeSessionCreateResponseOutputModalitiesItem": ".realtime_session_create_response_output_modalities_item",
    "RealtimeSessionCreateResponseRealtimeTracingAuto": ".realtime_session_create_response_realtime_tracing_auto",
    "RealtimeSessionCreateResponseType": ".realtime_session_create_response_type",
    "RealtimeTracingConfiguration": ".realtime_tracing_configuration",
    "RealtimeTracingConfigurationMetadata": ".realtime_tracing_configuration_metadata",
    "RealtimeTranscriptionSessionCreateResponse": ".realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseAudio": ".realtime_transcription_session_create_response_audio",
    "RealtimeTranscriptionSessionCreateResponseAudioInput": ".realtime_transcription_session_create_response_audio_input",
    "RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReductionType0": ".realtime_transcription_session_create_response_audio_input_noise_reduction_type_0",
    "RealtimeTranscriptionSessionCreateResponseAudioInputTurnDetectionType0": ".realtime_transcription_session_create_response_audio_input_turn_detection_type_0",
    "RealtimeTranscriptionSessionCreateResponseIncludeItem": ".realtime_transcription_session_create_response_include_item",
    "RealtimeTranscriptionSessionCreateResponseType": ".realtime_transcription_session_create_response_type",
    "RetentionRatioTruncation": ".retention_ratio_truncation",
    "RetentionRatioTruncationTokenLimits": ".retention_ratio_truncation_token_limits",
    "RetentionRatioTruncationType": ".retention_ratio_truncation_type",
    "SemanticVAD": ".semantic_vad",
    "SemanticVADEagerness": ".semantic_vad_eagerness",
    "ServerVAD": ".server_vad",
    "SessionAudio": ".session_audio",
    "SessionAudioInput": ".session_audio_input",
    "SessionAudioOutput": ".session_audio_output",
    "SessionCreateResponse": ".session_create_response",
    "ToolChoiceFunction": ".tool_choice_function",
    "ToolChoiceFunctionType": ".tool_choice_function_type",
    "ToolChoiceMCP": ".tool_choice_mcp",
    "ToolChoiceMCPType": ".tool_choice_mcp_type",
    "ToolChoiceMode": ".tool_choice_mode",
    "TracingAuto": ".tracing_auto",
    "TracingConfiguration": ".tracing_configuration",
    "TracingMetadata": ".tracing_metadata",
    "TranscriptionModel": ".transcription_model",
    "TruncationStrategy": ".truncation_strategy",
    "TurnDetection": ".turn_detection",
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
    "CallableToolAllowedCaller",
    "ClientSecret",
    "ClientSecretCreateResponse",
    "FileInputDetail",
    "FunctionParameters",
    "ImageDetail",
    "IncludeItem",
    "InputFileContent",
    "InputFileContentType",
    "InputImageContent",
    "InputImageContentType",
    "InputTextContent",
    "InputTextContentType",
    "MaxOutputTokensInf",
    "MCPTool",
    "MCPToolApprovalFilter",
    "MCPToolConnectorId",
    "MCPToolFilter",
    "MCPToolHeadersType0",
    "MCPToolMCPToolApprovalSetting",
    "MCPToolType",
    "Modality",
    "NoiseReduction",
    "NoiseReductionType",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptReference",
    "PromptVariables",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolType",
    "RealtimeReasoningConfiguration",
    "RealtimeReasoningEffort",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudio",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioInputNoiseReductionType0",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseIncludeType0Item",
    "RealtimeSessionCreateResponseMaxOutputTokensType1",
    "RealtimeSessionCreateResponseModelType1",
    "RealtimeSessionCreateResponseObject",
    "RealtimeSessionCreateResponseOutputModalitiesItem",
    "RealtimeSessionCreateResponseRealtimeTracingAuto",
    "RealtimeSessionCreateResponseType",
    "RealtimeTracingConfiguration",
    "RealtimeTracingConfigurationMetadata",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseAudio",
    "RealtimeTranscriptionSessionCreateResponseAudioInput",
    "RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReductionType0",
    "RealtimeTranscriptionSessionCreateResponseAudioInputTurnDetectionType0",
    "RealtimeTranscriptionSessionCreateResponseIncludeItem",
    "RealtimeTranscriptionSessionCreateResponseType",
    "RetentionRatioTruncation",
    "RetentionRatioTruncationTokenLimits",
    "RetentionRatioTruncationType",
    "SemanticVAD",
    "SemanticVADEagerness",
    "ServerVAD",
    "SessionAudio",
    "SessionAudioInput",
    "SessionAudioOutput",
    "SessionCreateResponse",
    "ToolChoiceFunction",
    "ToolChoiceFunctionType",
    "ToolChoiceMCP",
    "ToolChoiceMCPType",
    "ToolChoiceMode",
    "TracingAuto",
    "TracingConfiguration",
    "TracingMetadata",
    "TranscriptionModel",
    "TruncationStrategy",
    "TurnDetection",
]
