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
from ..models.realtime_transcription_session_create_response_audio_input_noise_reduction_type_0 import (
    RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReductionType0,
    parse_realtime_transcription_session_create_response_audio_input_noise_reduction_type_0,
)
from ..models.realtime_transcription_session_create_response_audio_input_turn_detection_type_0 import (
    RealtimeTranscriptionSessionCreateResponseAudioInputTurnDetectionType0,
    parse_realtime_transcription_session_create_response_audio_input_turn_detection_type_0,
)
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
class RealtimeTranscriptionSessionCreateResponseAudioInput:
    """Attributes:
    format: format
    transcription: transcription
    noise_reduction: Configuration for input audio noise reduction.
    turn_detection: Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`;
        VAD is not supported.
    additional_properties: fields the schema does not declare, kept as received.
    """

    format: AudioPCM | AudioPCMA | AudioPCMU | Unset = UNSET

    transcription: AudioTranscription | Unset = UNSET

    noise_reduction: (
        None | RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReductionType0 | Unset
    ) = UNSET

    turn_detection: (
        None | RealtimeTranscriptionSessionCreateResponseAudioInputTurnDetectionType0 | Unset
    ) = UNSET

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
            out["transcription"] = self.transcription.to_dict()
        if self.noise_reduction is not UNSET:
            out["noise_reduction"] = (
                self.noise_reduction.to_dict()
                if isinstance(
                    self.noise_reduction,
                    RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReductionType0,
                )
                else self.noise_reduction
            )

        if self.turn_detection is not UNSET:
            out["turn_detection"] = (
                self.turn_detection.to_dict()
                if isinstance(
                    self.turn_detection,
                    RealtimeTranscriptionSessionCreateResponseAudioInputTurnDetectionType0,
                )
                else self.turn_detection
            )

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_realtime_transcription_session_create_response_audio_input(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RealtimeTranscriptionSessionCreateResponseAudioInput)


def parse_realtime_transcription_session_create_response_audio_input(
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
        try:
            _transcription = parse_audio_transcription(AudioTranscription, _transcription)
        except _validation.ModelValidationError as exc:
            raise _validation.within("transcription", exc) from None

    _noise_reduction = src_dict.get("noise_reduction", UNSET)
    if _noise_reduction is not UNSET:
        _known += 1
        if _noise_reduction.__class__ is dict:
            try:
                _noise_reduction = parse_realtime_transcription_session_create_response_audio_input_noise_reduction_type_0(
                    RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReductionType0,
                    _noise_reduction,
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
            try:
                _turn_detection = parse_realtime_transcription_session_create_response_audio_input_turn_detection_type_0(
                    RealtimeTranscriptionSessionCreateResponseAudioInputTurnDetectionType0,
                    _turn_detection,
                )
            except _validation.ModelValidationError as exc:
                raise _validation.within("turn_detection", exc) from None

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
