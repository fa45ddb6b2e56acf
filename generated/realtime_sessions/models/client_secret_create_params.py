from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.client_secret_expiration import ClientSecretExpiration
from ..models.realtime_session_create_request import RealtimeSessionCreateRequest
from ..models.realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "expires_after",
        "session",
    }
)


@attrs.define(slots=True, eq=True, repr=True)
class ClientSecretCreateParams:
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime).

    Attributes:
        expires_after: Configuration for the client secret expiration. Expiration refers to the time after
            which
            a client secret will no longer be valid for creating sessions. The session itself
            may
            continue after that time once started. A secret can be used to create multiple
            sessions
            until it expires.
        session: Session configuration to use for the client secret. Choose either a realtime
            session or a transcription session.
        additional_properties: fields the schema does not declare, kept as received.
    """

    expires_after: ClientSecretExpiration | Unset = UNSET

    session: RealtimeSessionCreateRequest | RealtimeTranscriptionSessionCreateRequest | Unset = (
        UNSET
    )

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.expires_after is not UNSET:
            out["expires_after"] = self.expires_after.to_dict()
        if self.session is not UNSET:
            out["session"] = (
                self.session.to_dict()
                if isinstance(
                    self.session,
                    (RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest),
                )
                else self.session
            )

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        _expires_after = src_dict.get("expires_after", UNSET)
        if _expires_after is not UNSET:
            try:
                _expires_after = ClientSecretExpiration.from_dict(_expires_after)
            except _validation.ModelValidationError as exc:
                raise _validation.within("expires_after", exc) from None

        _session = src_dict.get("session", UNSET)
        if _session is not UNSET:
            if _session.__class__ is dict and _session.get("type") == "realtime":
                try:
                    _session = RealtimeSessionCreateRequest.from_dict(_session)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("session", exc) from None

            elif _session.__class__ is dict and _session.get("type") == "transcription":
                try:
                    _session = RealtimeTranscriptionSessionCreateRequest.from_dict(_session)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("session", exc) from None

            elif _session.__class__ is dict:
                try:
                    _session = RealtimeSessionCreateRequest.from_dict(_session)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("session", exc) from None

            else:
                raise _validation.wrong_type("session", "object", _session)

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.expires_after = _expires_after
        obj.session = _session
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
