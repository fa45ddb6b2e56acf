from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.audio_pcm import AudioPCM
from ..models.audio_pcma import AudioPCMA
from ..models.audio_pcmu import AudioPCMU
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
class SessionAudioOutput:
    """Attributes:
    format: format
    voice: voice
    speed: speed
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
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        _format_ = src_dict.get("format", UNSET)
        if _format_ is not UNSET:
            if _format_.__class__ is dict and _format_.get("type") == "audio/pcm":
                try:
                    _format_ = AudioPCM.from_dict(_format_)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("format", exc) from None

            elif _format_.__class__ is dict and _format_.get("type") == "audio/pcmu":
                try:
                    _format_ = AudioPCMU.from_dict(_format_)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("format", exc) from None

            elif _format_.__class__ is dict and _format_.get("type") == "audio/pcma":
                try:
                    _format_ = AudioPCMA.from_dict(_format_)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("format", exc) from None

            elif _format_.__class__ is dict:
                try:
                    _format_ = AudioPCM.from_dict(_format_)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("format", exc) from None

            else:
                raise _validation.wrong_type("format", "object", _format_)

        _voice = src_dict.get("voice", UNSET)
        if _voice is not UNSET:
            if _voice.__class__ is str:
                pass  # the test above is the whole check for this kind
            elif _voice.__class__ is str:
                pass  # the test above is the whole check for this kind
            else:
                raise _validation.wrong_type("voice", "string", _voice)

        _speed = src_dict.get("speed", UNSET)
        if _speed is not UNSET:
            if _speed.__class__ is not float and _speed.__class__ is not int:
                raise _validation.wrong_type("speed", "number", _speed)

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.format = _format_
        obj.voice = _voice
        obj.speed = _speed
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
