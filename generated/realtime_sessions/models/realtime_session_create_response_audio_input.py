from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.audio_pcm import AudioPCM, parse_audio_pcm
from ..models.audio_pcma import AudioPCMA, parse_audio_pcma
from ..models.audio_pcmu import AudioPCMU, parse_audio_pcmu
from ..models.audio_transcription import AudioTranscription, parse_audio_transcription
from ..models.realtime_session_create_response_audio_input_noise_reduction_type_0 import (
    RealtimeSessionCreateResponseAudioInputNoiseReductionType0,
    parse_realtime_session_create_response_audio_input_noise_reduction_type_0,
)
from ..models.semantic_vad import SemanticVAD, parse_semantic_vad
from ..models.server_vad import ServerVAD, parse_server_vad
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "format",
        "transcription",
        "noise_reduction",
        "turn_detection",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class RealtimeSessionCreateResponseAudioInput:
    """Attributes:
    format: format
    transcription: Configuration for input audio transcription, defaults to off and can be set to
        `null` to turn off once on. Input audio transcription is not native to the model,
        since the model consumes audio directly. Transcription runs asynchronously through
        [the /audio/transcriptions endpoint](https://platform.openai.com/docs/api-
        reference/audio/createTranscription) and should be treated as guidance of input
        audio content rather than precisely what the model heard. The client can optionally
        set the language and prompt for transcription, these offer additional guidance to
        the transcription service.
    noise_reduction: Configuration for input audio noise reduction. This can be set to `null` to turn
        off.
        Noise reduction filters audio added to the input audio buffer before it is sent to
        VAD and the model.
        Filtering the audio can improve VAD and turn detection accuracy (reducing false
        positives) and model performance by improving perception of the input audio.
    turn_detection: turn_detection
    additional_properties: fields the schema does not declare, kept as received.
    """

    format: AudioPCM | AudioPCMA | AudioPCMU | Unset = UNSET

    transcription: AudioTranscription | None | Unset = UNSET

    noise_reduction: None | RealtimeSessionCreateResponseAudioInputNoiseReductionType0 | Unset = (
        UNSET
    )

    turn_detection: None | SemanticVAD | ServerVAD | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.format is not UNSET:
            out["format"] = (
                self.format.to_dict()
                if isinstance(self.format, (AudioPCM, AudioPCMU, AudioPCMA))
                else self.format
            )

        if self.transcription is not UNSET:
            out["transcription"] = (
                self.transcription.to_dict()
                if isinstance(self.transcription, AudioTranscription)
                else self.transcription
            )

        if self.noise_reduction is not UNSET:
            out["noise_reduction"] = (
                self.noise_reduction.to_dict()
                if isinstance(
                    self.noise_reduction, RealtimeSessionCreateResponseAudioInputNoiseReductionType0
                )
                else self.noise_reduction
            )

        if self.turn_detection is not UNSET:
            out["turn_detection"] = (
                self.turn_detection.to_dict()
                if isinstance(self.turn_detection, (ServerVAD, SemanticVAD))
                else self.turn_detection
            )

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_realtime_session_create_response_audio_input(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RealtimeSessionCreateResponseAudioInput)


def parse_realtime_session_create_response_audio_input(
    cls: type[_Model], src_dict: Mapping[str, Any]
) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _format_ = src_dict.get("format", UNSET)
    if _format_ is not UNSET:
        _known += 1
        if _format_.__class__ is dict:
            _tag_format_ = _format_.get("type")
            if _tag_format_ == "audio/pcm":
                try:
                    _format_ = parse_audio_pcm(AudioPCM, _format_)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("format", exc) from None

            elif _tag_format_ == "audio/pcmu":
                try:
                    _format_ = parse_audio_pcmu(AudioPCMU, _format_)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("format", exc) from None

            elif _tag_format_ == "audio/pcma":
                try:
                    _format_ = parse_audio_pcma(AudioPCMA, _format_)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("format", exc) from None

            else:  # a tag no branch knows yet, or none: the first object branch that takes it
                _format_ = _validation.first_fitting(
                    "format",
                    _format_,
                    (
                        (AudioPCM, parse_audio_pcm),
                        (AudioPCMU, parse_audio_pcmu),
                        (AudioPCMA, parse_audio_pcma),
                    ),
                )
        else:
            raise _validation.wrong_type("format", "object", _format_)

    _transcription = src_dict.get("transcription", UNSET)
    if _transcription is not UNSET:
        _known += 1
        if _transcription.__class__ is dict:
            try:
                _transcription = parse_audio_transcription(AudioTranscription, _transcription)
            except _validation.ModelValidationError as exc:
                raise _validation.within("transcription", exc) from None

        elif _transcription is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("transcription", "object or null", _transcription)

    _noise_reduction = src_dict.get("noise_reduction", UNSET)
    if _noise_reduction is not UNSET:
        _known += 1
        if _noise_reduction.__class__ is dict:
            try:
                _noise_reduction = (
                    parse_realtime_session_create_response_audio_input_noise_reduction_type_0(
                        RealtimeSessionCreateResponseAudioInputNoiseReductionType0, _noise_reduction
                    )
                )
            except _validation.ModelValidationError as exc:
                raise _validation.within("noise_reduction", exc) from None

        elif _noise_reduction is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("noise_reduction", "object or null", _noise_reduction)

    _turn_detection = src_dict.get("turn_detection", UNSET)
    if _turn_detection is not UNSET:
        _known += 1
        if _turn_detection.__class__ is dict:
            _tag_turn_detection = _turn_detection.get("type")
            if _tag_turn_detection == "server_vad":
                try:
                    _turn_detection = parse_server_vad(ServerVAD, _turn_detection)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("turn_detection", exc) from None

            elif _tag_turn_detection == "semantic_vad":
                try:
                    _turn_detection = parse_semantic_vad(SemanticVAD, _turn_detection)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("turn_detection", exc) from None

            else:  # a tag no branch knows yet, or none: the first object branch that takes it
                _turn_detection = _validation.first_fitting(
                    "turn_detection",
                    _turn_detection,
                    (
                        (ServerVAD, parse_server_vad),
                        (SemanticVAD, parse_semantic_vad),
                    ),
                )
        elif _turn_detection is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("turn_detection", "object or null", _turn_detection)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.format = _format_
    obj.transcription = _transcription
    obj.noise_reduction = _noise_reduction
    obj.turn_detection = _turn_detection
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
