from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object


@attrs.define(slots=True, eq=True, repr=False)
class TracingMetadata:
    """The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard.

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
        return parse_tracing_metadata(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=TracingMetadata)


def parse_tracing_metadata(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = dict(src_dict)
        obj.additional_properties = d
    return obj
