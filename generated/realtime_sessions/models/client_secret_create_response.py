from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.realtime_session_create_response import (
    RealtimeSessionCreateResponse,
    parse_realtime_session_create_response,
)
from ..models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
    parse_realtime_transcription_session_create_response,
)
from ..types import UNSET

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "value",
        "expires_at",
        "session",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class ClientSecretCreateResponse:
    """Response from creating a session and client secret for the Realtime API.

    Attributes:
        value: The generated client secret value.
        expires_at: Expiration timestamp for the client secret, in seconds since epoch.
        session: The session configuration for either a realtime or transcription session.
        additional_properties: fields the schema does not declare, kept as received.
    """

    value: str = attrs.field(repr=_validation.masked_repr)

    expires_at: int

    session: RealtimeSessionCreateResponse | RealtimeTranscriptionSessionCreateResponse

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    _request_id: str | None = attrs.field(init=False, default=None, repr=False, eq=False)
    """`x-request-id` of the response this came from (the id OpenAI support asks for)."""
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["value"] = self.value
        out["expires_at"] = self.expires_at
        out["session"] = (
            self.session.to_dict()
            if isinstance(
                self.session,
                (RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse),
            )
            else self.session
        )

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_client_secret_create_response(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=ClientSecretCreateResponse)


def parse_client_secret_create_response(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 3  # declared keys present: the required ones, then each optional found
    _value = src_dict.get("value", UNSET)
    if _value is UNSET:
        raise _validation.missing("value")
    if _value.__class__ is not str:
        raise _validation.wrong_type("value", "string", _value)

    _expires_at = src_dict.get("expires_at", UNSET)
    if _expires_at is UNSET:
        raise _validation.missing("expires_at")
    if _expires_at.__class__ is not int:
        raise _validation.wrong_type("expires_at", "integer", _expires_at)

    _session = src_dict.get("session", UNSET)
    if _session is UNSET:
        raise _validation.missing("session")
    if _session.__class__ is dict:
        _tag_session = _session.get("type")
        if _tag_session == "realtime":
            try:
                _session = parse_realtime_session_create_response(
                    RealtimeSessionCreateResponse, _session
                )
            except _validation.ModelValidationError as exc:
                raise _validation.within("session", exc) from None

        elif _tag_session == "transcription":
            try:
                _session = parse_realtime_transcription_session_create_response(
                    RealtimeTranscriptionSessionCreateResponse, _session
                )
            except _validation.ModelValidationError as exc:
                raise _validation.within("session", exc) from None

        else:  # a tag no branch knows yet, or none: the first object branch that takes it
            _session = _validation.first_fitting(
                "session",
                _session,
                (
                    (RealtimeSessionCreateResponse, parse_realtime_session_create_response),
                    (
                        RealtimeTranscriptionSessionCreateResponse,
                        parse_realtime_transcription_session_create_response,
                    ),
                ),
            )
    else:
        raise _validation.wrong_type("session", "object", _session)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.value = _value
    obj.expires_at = _expires_at
    obj.session = _session
    obj.additional_properties = {}
    obj._request_id = None  # the client sets it from the response's headers
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
