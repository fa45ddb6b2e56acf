from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.audio_pcm import AudioPCM, parse_audio_pcm
from ..models.audio_pcma import AudioPCMA, parse_audio_pcma
from ..models.audio_pcmu import AudioPCMU, parse_audio_pcmu
from ..models.built_in_voice import BuiltInVoice
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "format",
        "voice",
        "speed",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class RealtimeSessionCreateResponseAudioOutput:
    """Attributes:
    format: format
    voice: voice
    speed: The speed of the model's spoken response as a multiple of the original speed.
        1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This
        value can only be changed in between model turns, not while a response is in
        progress.

        This parameter is a post-processing adjustment to the audio after it is generated,
        it's
        also possible to prompt the model to speak faster or slower.
    additional_properties: fields the schema does not declare, kept as received.
    """

    format: AudioPCM | AudioPCMA | AudioPCMU | Unset = UNSET

    voice: BuiltInVoice | str | Unset = UNSET

    speed: float | Unset = UNSET

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

        if self.voice is not UNSET:
            out["voice"] = self.voice

        if self.speed is not UNSET:
            out["speed"] = self.speed
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_realtime_session_create_response_audio_output(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RealtimeSessionCreateResponseAudioOutput)


def parse_realtime_session_create_response_audio_output(
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

    _voice = src_dict.get("voice", UNSET)
    if _voice is not UNSET:
        _known += 1
        if _voice.__class__ is str:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("voice", "string", _voice)

    _speed = src_dict.get("speed", UNSET)
    if _speed is not UNSET:
        _known += 1
        if _speed.__class__ is not float and _speed.__class__ is not int:
            raise _validation.wrong_type("speed", "number", _speed)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.format = _format_
    obj.voice = _voice
    obj.speed = _speed
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
