from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset({})


@attrs.define(slots=True, eq=True, repr=False)
class MCPToolHeadersType0:
    """Optional HTTP headers to send to the MCP server. Use for authentication
    or other purposes.

        additional_properties: fields the schema does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.additional_properties = {}
        # Keys the schema does not declare: one C-level subset test on the common path.
        if not _FIELDS.issuperset(src_dict):
            d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
            _extra: dict[str, Any] = {}
            for _key, _raw in d.items():
                if _raw.__class__ is not str:
                    raise _validation.wrong_type(_key, "string", _raw)

                _extra[_key] = _raw
            obj.additional_properties = _extra

        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
