from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..types import UNSET

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "value",
        "expires_at",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class ClientSecret:
    """Ephemeral key returned by the API. Use it in client environments to authenticate
    connections to the Realtime API.

    Attributes:
        value: Ephemeral key usable in client environments to authenticate connections
            to the Realtime API. Use this in client-side environments rather than
            a standard API token, which should only be used server-side.
        expires_at: Timestamp for when the token expires. Currently, all tokens expire
            after one minute.
        additional_properties: fields the schema does not declare, kept as received.
    """

    value: str = attrs.field(repr=_validation.masked_repr)

    expires_at: int

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["value"] = self.value
        out["expires_at"] = self.expires_at
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_client_secret(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=ClientSecret)


def parse_client_secret(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 2  # declared keys present: the required ones, then each optional found
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

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.value = _value
    obj.expires_at = _expires_at
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
