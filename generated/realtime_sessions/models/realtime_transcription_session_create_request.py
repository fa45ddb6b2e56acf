from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.realtime_transcription_session_create_request_audio import (
    RealtimeTranscriptionSessionCreateRequestAudio,
)
from ..models.realtime_transcription_session_create_request_include_item import (
    RealtimeTranscriptionSessionCreateRequestIncludeItem,
)
from ..models.realtime_transcription_session_create_request_type import (
    RealtimeTranscriptionSessionCreateRequestType,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "audio",
        "include",
    }
)


@attrs.define(slots=True, eq=True, repr=True)
class RealtimeTranscriptionSessionCreateRequest:
    """Realtime transcription session object configuration.

    Attributes:
        type: The type of session to create. Always `transcription` for transcription sessions.
        audio: Configuration for input and output audio.
        include: Additional fields to include in server outputs.

            `item.input_audio_transcription.logprobs`: Include logprobs for input audio
            transcription.
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: RealtimeTranscriptionSessionCreateRequestType

    audio: RealtimeTranscriptionSessionCreateRequestAudio | Unset = UNSET

    include: list[RealtimeTranscriptionSessionCreateRequestIncludeItem] | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        if self.audio is not UNSET:
            out["audio"] = self.audio.to_dict()
        if self.include is not UNSET:
            out["include"] = list(self.include)

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        _type_ = src_dict.get("type", UNSET)
        if _type_ is UNSET:
            raise _validation.missing("type")
        if _type_.__class__ is not str:
            raise _validation.wrong_type("type", "string", _type_)

        _audio = src_dict.get("audio", UNSET)
        if _audio is not UNSET:
            try:
                _audio = RealtimeTranscriptionSessionCreateRequestAudio.from_dict(_audio)
            except _validation.ModelValidationError as exc:
                raise _validation.within("audio", exc) from None

        _include = src_dict.get("include", UNSET)
        if _include is not UNSET:
            if _include.__class__ is not list:
                raise _validation.wrong_type("include", "array", _include)
            for _i_include, _x_include in enumerate(_include):
                if _x_include.__class__ is not str:
                    raise _validation.wrong_type(
                        _validation.item("include", _i_include), "string", _x_include
                    )

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.type = _type_
        obj.audio = _audio
        obj.include = _include
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
