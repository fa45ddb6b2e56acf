from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.realtime_transcription_session_create_response_audio import (
    RealtimeTranscriptionSessionCreateResponseAudio,
    parse_realtime_transcription_session_create_response_audio,
)
from ..models.realtime_transcription_session_create_response_include_item import (
    RealtimeTranscriptionSessionCreateResponseIncludeItem,
)
from ..models.realtime_transcription_session_create_response_type import (
    RealtimeTranscriptionSessionCreateResponseType,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "object",
        "expires_at",
        "include",
        "audio",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class RealtimeTranscriptionSessionCreateResponse:
    """A Realtime transcription session configuration object.

    Attributes:
        type: The type of session. Always `transcription` for transcription sessions.
        id: Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object: The object type. Always `realtime.transcription_session`.
        expires_at: Expiration timestamp for the session, in seconds since epoch.
        include: Additional fields to include in server outputs.
            - `item.input_audio_transcription.logprobs`: Include logprobs for input audio
            transcription.
        audio: Configuration for input audio for the session.
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: RealtimeTranscriptionSessionCreateResponseType

    id: str

    object: str

    expires_at: int | Unset = UNSET

    include: list[RealtimeTranscriptionSessionCreateResponseIncludeItem] | Unset = UNSET

    audio: RealtimeTranscriptionSessionCreateResponseAudio | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        out["id"] = self.id
        out["object"] = self.object
        if self.expires_at is not UNSET:
            out["expires_at"] = self.expires_at
        if self.include is not UNSET:
            out["include"] = list(self.include)

        if self.audio is not UNSET:
            out["audio"] = self.audio.to_dict()
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_realtime_transcription_session_create_response(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RealtimeTranscriptionSessionCreateResponse)


def parse_realtime_transcription_session_create_response(
    cls: type[_Model], src_dict: Mapping[str, Any]
) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 3  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is UNSET:
        raise _validation.missing("type")
    if _type_.__class__ is not str:
        raise _validation.wrong_type("type", "string", _type_)

    _id = src_dict.get("id", UNSET)
    if _id is UNSET:
        raise _validation.missing("id")
    if _id.__class__ is not str:
        raise _validation.wrong_type("id", "string", _id)

    _object_ = src_dict.get("object", UNSET)
    if _object_ is UNSET:
        raise _validation.missing("object")
    if _object_.__class__ is not str:
        raise _validation.wrong_type("object", "string", _object_)

    _expires_at = src_dict.get("expires_at", UNSET)
    if _expires_at is not UNSET:
        _known += 1
        if _expires_at.__class__ is not int:
            raise _validation.wrong_type("expires_at", "integer", _expires_at)

    _include = src_dict.get("include", UNSET)
    if _include is not UNSET:
        _known += 1
        if _include.__class__ is not list:
            raise _validation.wrong_type("include", "array", _include)
        for _i_include, _x_include in enumerate(_include):
            if _x_include.__class__ is not str:
                raise _validation.wrong_type(
                    _validation.item("include", _i_include), "string", _x_include
                )

    _audio = src_dict.get("audio", UNSET)
    if _audio is not UNSET:
        _known += 1
        try:
            _audio = parse_realtime_transcription_session_create_response_audio(
                RealtimeTranscriptionSessionCreateResponseAudio, _audio
            )
        except _validation.ModelValidationError as exc:
            raise _validation.within("audio", exc) from None

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.id = _id
    obj.object = _object_
    obj.expires_at = _expires_at
    obj.include = _include
    obj.audio = _audio
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
