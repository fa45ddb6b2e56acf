from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.realtime_tracing_configuration_metadata import (
    RealtimeTracingConfigurationMetadata,
    parse_realtime_tracing_configuration_metadata,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "workflow_name",
        "group_id",
        "metadata",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class RealtimeTracingConfiguration:
    """Granular configuration for tracing.

    Attributes:
        workflow_name: The name of the workflow to attach to this trace. This is used to
            name the trace in the Traces Dashboard.
        group_id: The group id to attach to this trace to enable filtering and
            grouping in the Traces Dashboard.
        metadata: The arbitrary metadata to attach to this trace to enable
            filtering in the Traces Dashboard.
        additional_properties: fields the schema does not declare, kept as received.
    """

    workflow_name: str | Unset = UNSET

    group_id: str | Unset = UNSET

    metadata: RealtimeTracingConfigurationMetadata | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.workflow_name is not UNSET:
            out["workflow_name"] = self.workflow_name
        if self.group_id is not UNSET:
            out["group_id"] = self.group_id
        if self.metadata is not UNSET:
            out["metadata"] = self.metadata.to_dict()
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_realtime_tracing_configuration(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RealtimeTracingConfiguration)


def parse_realtime_tracing_configuration(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _workflow_name = src_dict.get("workflow_name", UNSET)
    if _workflow_name is not UNSET:
        _known += 1
        if _workflow_name.__class__ is not str:
            raise _validation.wrong_type("workflow_name", "string", _workflow_name)

    _group_id = src_dict.get("group_id", UNSET)
    if _group_id is not UNSET:
        _known += 1
        if _group_id.__class__ is not str:
            raise _validation.wrong_type("group_id", "string", _group_id)

    _metadata = src_dict.get("metadata", UNSET)
    if _metadata is not UNSET:
        _known += 1
        try:
            _metadata = parse_realtime_tracing_configuration_metadata(
                RealtimeTracingConfigurationMetadata, _metadata
            )
        except _validation.ModelValidationError as exc:
            raise _validation.within("metadata", exc) from None

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.workflow_name = _workflow_name
    obj.group_id = _group_id
    obj.metadata = _metadata
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
