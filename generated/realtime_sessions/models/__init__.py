"""Contains all the data models used in inputs/outputs"""

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

__all__ = (
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
)
