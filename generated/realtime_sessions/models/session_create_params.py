from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.built_in_voice import BuiltInVoice
from ..models.custom_voice import CustomVoice
from ..models.input_audio_transcription_param import InputAudioTranscriptionParam
from ..models.max_response_output_tokens_inf import (
    MaxResponseOutputTokensInf,
)
from ..models.modality_param import ModalityParam
from ..models.prompt_reference import PromptReference
from ..models.realtime_function_tool_param import RealtimeFunctionToolParam
from ..models.retention_ratio_truncation import RetentionRatioTruncation
from ..models.tracing_auto_param import TracingAutoParam
from ..models.tracing_configuration_param import TracingConfigurationParam
from ..models.truncation_strategy import TruncationStrategy
from ..models.turn_detection_param import TurnDetectionParam
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "modalities",
        "instructions",
        "voice",
        "input_audio_format",
        "output_audio_format",
        "input_audio_transcription",
        "speed",
        "tracing",
        "turn_detection",
        "tools",
        "tool_choice",
        "temperature",
        "max_response_output_tokens",
        "truncation",
        "prompt",
        "model",
    }
)


@attrs.define(slots=True, eq=True, repr=True)
class SessionCreateParams:
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute.

    Attributes:
        modalities: The set of modalities the model can respond with. To disable audio,
            set this to ["text"].
        instructions: The default system instructions (i.e. system message) prepended to model calls. This
            field allows the client to guide the model on desired responses. The model can be
            instructed on response content and format, (e.g. "be extremely succinct", "act
            friendly", "here are examples of good responses") and on audio behavior (e.g. "talk
            quickly", "inject emotion into your voice", "laugh frequently"). The instructions
            are not guaranteed to be followed by the model, but they provide guidance to the
            model on the desired behavior.
            Note that the server sets default instructions which will be used if this field is
            not set and are visible in the `session.created` event at the start of the session.
        voice: A built-in voice name or a custom voice reference.
        input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
        output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
        input_audio_transcription: Configuration for input audio transcription, defaults to off and can be
            set to `null` to turn off once on. Input audio transcription is not native
            to the model, since the model consumes audio directly. Transcription runs
            asynchronously and should be treated as rough guidance
            rather than the representation understood by the model.
        speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
            the minimum speed. 1.5 is the maximum speed. This value can only be changed
            in between model turns, not while a response is in progress.
        tracing: Configuration options for tracing. Set to null to disable tracing. Once
            tracing is enabled for a session, the configuration cannot be modified.

            `auto` will create a trace for the session with default values for the
            workflow name, group id, and metadata.
        turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server
            VAD means that the model will detect the start and end of speech based on
            audio volume and respond at the end of user speech.
        tools: Tools (functions) available to the model.
        tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or
            specify a function.
        temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
        max_response_output_tokens: Maximum number of output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        truncation: When the number of tokens in a conversation exceeds the model's input token limit,
            the conversation be truncated, meaning messages (starting from the oldest) will not
            be included in the model's context. A 32k context model with 4,096 max output tokens
            can only include 28,224 tokens in the context before truncation occurs.

            Clients can configure truncation behavior to truncate with a lower max token limit,
            which is an effective way to control token usage and cost.

            Truncation will reduce the number of cached tokens on the next turn (busting the
            cache), since messages are dropped from the beginning of the context. However,
            clients can also configure truncation to retain messages up to a fraction of the
            maximum context size, which will reduce the need for future truncations and thus
            improve the cache rate.

            Truncation can be disabled entirely, which means the server will never truncate but
            would instead return an error if the conversation exceeds the model's input token
            limit.
        prompt: prompt
        model: The Realtime model used for this session, for example `gpt-realtime`.
        additional_properties: fields the schema does not declare, kept as received.
    """

    modalities: list[ModalityParam] | Unset = UNSET

    instructions: str | Unset = UNSET

    voice: BuiltInVoice | CustomVoice | str | Unset = UNSET

    input_audio_format: str | Unset = UNSET

    output_audio_format: str | Unset = UNSET

    input_audio_transcription: InputAudioTranscriptionParam | None | Unset = UNSET

    speed: float | Unset = UNSET

    tracing: None | TracingAutoParam | TracingConfigurationParam | Unset = UNSET

    turn_detection: None | TurnDetectionParam | Unset = UNSET

    tools: list[RealtimeFunctionToolParam] | Unset = UNSET

    tool_choice: str | Unset = UNSET

    temperature: float | Unset = UNSET

    max_response_output_tokens: int | MaxResponseOutputTokensInf | Unset = UNSET

    truncation: RetentionRatioTruncation | TruncationStrategy | Unset = UNSET

    prompt: None | PromptReference | Unset = UNSET

    model: str | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.modalities is not UNSET:
            out["modalities"] = list(self.modalities)

        if self.instructions is not UNSET:
            out["instructions"] = self.instructions
        if self.voice is not UNSET:
            out["voice"] = (
                self.voice.to_dict() if isinstance(self.voice, CustomVoice) else self.voice
            )

        if self.input_audio_format is not UNSET:
            out["input_audio_format"] = self.input_audio_format
        if self.output_audio_format is not UNSET:
            out["output_audio_format"] = self.output_audio_format
        if self.input_audio_transcription is not UNSET:
            out["input_audio_transcription"] = (
                self.input_audio_transcription.to_dict()
                if isinstance(self.input_audio_transcription, InputAudioTranscriptionParam)
                else self.input_audio_transcription
            )

        if self.speed is not UNSET:
            out["speed"] = self.speed
        if self.tracing is not UNSET:
            out["tracing"] = (
                self.tracing.to_dict()
                if isinstance(self.tracing, TracingConfigurationParam)
                else self.tracing
            )

        if self.turn_detection is not UNSET:
            out["turn_detection"] = (
                self.turn_detection.to_dict()
                if isinstance(self.turn_detection, TurnDetectionParam)
                else self.turn_detection
            )

        if self.tools is not UNSET:
            _out_tools = []
            for _x_tools in self.tools:
                _y_tools = _x_tools.to_dict()
                _out_tools.append(_y_tools)
            out["tools"] = _out_tools

        if self.tool_choice is not UNSET:
            out["tool_choice"] = self.tool_choice
        if self.temperature is not UNSET:
            out["temperature"] = self.temperature
        if self.max_response_output_tokens is not UNSET:
            out["max_response_output_tokens"] = self.max_response_output_tokens

        if self.truncation is not UNSET:
            out["truncation"] = (
                self.truncation.to_dict()
                if isinstance(self.truncation, RetentionRatioTruncation)
                else self.truncation
            )

        if self.prompt is not UNSET:
            out["prompt"] = (
                self.prompt.to_dict() if isinstance(self.prompt, PromptReference) else self.prompt
            )

        if self.model is not UNSET:
            out["model"] = self.model
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        _modalities = src_dict.get("modalities", UNSET)
        if _modalities is not UNSET:
            if _modalities.__class__ is not list:
                raise _validation.wrong_type("modalities", "array", _modalities)
            for _i_modalities, _x_modalities in enumerate(_modalities):
                if _x_modalities.__class__ is not str:
                    raise _validation.wrong_type(
                        _validation.item("modalities", _i_modalities), "string", _x_modalities
                    )

        _instructions = src_dict.get("instructions", UNSET)
        if _instructions is not UNSET:
            if _instructions.__class__ is not str:
                raise _validation.wrong_type("instructions", "string", _instructions)

        _voice = src_dict.get("voice", UNSET)
        if _voice is not UNSET:
            if _voice.__class__ is str:
                pass  # the test above is the whole check for this kind
            elif _voice.__class__ is str:
                pass  # the test above is the whole check for this kind
            elif _voice.__class__ is dict:
                try:
                    _voice = CustomVoice.from_dict(_voice)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("voice", exc) from None

            else:
                raise _validation.wrong_type("voice", "string or object", _voice)

        _input_audio_format = src_dict.get("input_audio_format", UNSET)
        if _input_audio_format is not UNSET:
            if _input_audio_format.__class__ is not str:
                raise _validation.wrong_type("input_audio_format", "string", _input_audio_format)

        _output_audio_format = src_dict.get("output_audio_format", UNSET)
        if _output_audio_format is not UNSET:
            if _output_audio_format.__class__ is not str:
                raise _validation.wrong_type("output_audio_format", "string", _output_audio_format)

        _input_audio_transcription = src_dict.get("input_audio_transcription", UNSET)
        if _input_audio_transcription is not UNSET:
            if _input_audio_transcription.__class__ is dict:
                try:
                    _input_audio_transcription = InputAudioTranscriptionParam.from_dict(
                        _input_audio_transcription
                    )
                except _validation.ModelValidationError as exc:
                    raise _validation.within("input_audio_transcription", exc) from None

            elif _input_audio_transcription is None:
                pass  # the test above is the whole check for this kind
            else:
                raise _validation.wrong_type(
                    "input_audio_transcription", "object or null", _input_audio_transcription
                )

        _speed = src_dict.get("speed", UNSET)
        if _speed is not UNSET:
            if _speed.__class__ is not float and _speed.__class__ is not int:
                raise _validation.wrong_type("speed", "number", _speed)

        _tracing = src_dict.get("tracing", UNSET)
        if _tracing is not UNSET:
            if _tracing.__class__ is str:
                pass  # the test above is the whole check for this kind
            elif _tracing.__class__ is dict:
                try:
                    _tracing = TracingConfigurationParam.from_dict(_tracing)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("tracing", exc) from None

            elif _tracing is None:
                pass  # the test above is the whole check for this kind
            else:
                raise _validation.wrong_type("tracing", "string or object or null", _tracing)

        _turn_detection = src_dict.get("turn_detection", UNSET)
        if _turn_detection is not UNSET:
            if _turn_detection.__class__ is dict:
                try:
                    _turn_detection = TurnDetectionParam.from_dict(_turn_detection)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("turn_detection", exc) from None

            elif _turn_detection is None:
                pass  # the test above is the whole check for this kind
            else:
                raise _validation.wrong_type("turn_detection", "object or null", _turn_detection)

        _tools = src_dict.get("tools", UNSET)
        if _tools is not UNSET:
            if _tools.__class__ is not list:
                raise _validation.wrong_type("tools", "array", _tools)
            _items_tools = []
            for _i_tools, _x_tools in enumerate(_tools):
                try:
                    _x_tools = RealtimeFunctionToolParam.from_dict(_x_tools)
                except _validation.ModelValidationError as exc:
                    raise _validation.within(_validation.item("tools", _i_tools), exc) from None

                _items_tools.append(_x_tools)
            _tools = _items_tools

        _tool_choice = src_dict.get("tool_choice", UNSET)
        if _tool_choice is not UNSET:
            if _tool_choice.__class__ is not str:
                raise _validation.wrong_type("tool_choice", "string", _tool_choice)

        _temperature = src_dict.get("temperature", UNSET)
        if _temperature is not UNSET:
            if _temperature.__class__ is not float and _temperature.__class__ is not int:
                raise _validation.wrong_type("temperature", "number", _temperature)

        _max_response_output_tokens = src_dict.get("max_response_output_tokens", UNSET)
        if _max_response_output_tokens is not UNSET:
            if _max_response_output_tokens.__class__ is int:
                pass  # the test above is the whole check for this kind
            elif _max_response_output_tokens.__class__ is str:
                pass  # the test above is the whole check for this kind
            else:
                raise _validation.wrong_type(
                    "max_response_output_tokens", "integer or string", _max_response_output_tokens
                )

        _truncation = src_dict.get("truncation", UNSET)
        if _truncation is not UNSET:
            if _truncation.__class__ is str:
                pass  # the test above is the whole check for this kind
            elif _truncation.__class__ is dict:
                try:
                    _truncation = RetentionRatioTruncation.from_dict(_truncation)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("truncation", exc) from None

            else:
                raise _validation.wrong_type("truncation", "string or object", _truncation)

        _prompt = src_dict.get("prompt", UNSET)
        if _prompt is not UNSET:
            if _prompt.__class__ is dict:
                try:
                    _prompt = PromptReference.from_dict(_prompt)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("prompt", exc) from None

            elif _prompt is None:
                pass  # the test above is the whole check for this kind
            else:
                raise _validation.wrong_type("prompt", "object or null", _prompt)

        _model = src_dict.get("model", UNSET)
        if _model is not UNSET:
            if _model.__class__ is not str:
                raise _validation.wrong_type("model", "string", _model)

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.modalities = _modalities
        obj.instructions = _instructions
        obj.voice = _voice
        obj.input_audio_format = _input_audio_format
        obj.output_audio_format = _output_audio_format
        obj.input_audio_transcription = _input_audio_transcription
        obj.speed = _speed
        obj.tracing = _tracing
        obj.turn_detection = _turn_detection
        obj.tools = _tools
        obj.tool_choice = _tool_choice
        obj.temperature = _temperature
        obj.max_response_output_tokens = _max_response_output_tokens
        obj.truncation = _truncation
        obj.prompt = _prompt
        obj.model = _model
        obj.additional_properties = {}
        # Keys the schema does not declare: one C-level subset test on the common path.
        if not _FIELDS.issuperset(src_dict):
            d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
            obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
