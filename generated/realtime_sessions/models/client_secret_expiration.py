from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.client_secret_expiration_anchor import (
    ClientSecretExpirationAnchor,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "anchor",
        "seconds",
    }
)


@attrs.define(slots=True, eq=True, repr=True)
class ClientSecretExpiration:
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.

    Attributes:
        anchor: The anchor point for the client secret expiration, meaning that `seconds` will be
            added to the `created_at` time of the client secret to produce an expiration
            timestamp. Only `created_at` is currently supported.
        seconds: The number of seconds from the anchor point to the expiration. Select a value
            between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not
            specified.
        additional_properties: fields the schema does not declare, kept as received.
    """

    anchor: ClientSecretExpirationAnchor | Unset = UNSET

    seconds: int | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.anchor is not UNSET:
            out["anchor"] = self.anchor
        if self.seconds is not UNSET:
            out["seconds"] = self.seconds
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        _anchor = src_dict.get("anchor", UNSET)
        if _anchor is not UNSET:
            if _anchor.__class__ is not str:
                raise _validation.wrong_type("anchor", "string", _anchor)

        _seconds = src_dict.get("seconds", UNSET)
        if _seconds is not UNSET:
            if _seconds.__class__ is not int:
                raise _validation.wrong_type("seconds", "integer", _seconds)

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.anchor = _anchor
        obj.seconds = _seconds
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
