from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.tool_choice_function_type import (
    ToolChoiceFunctionType,
)
from ..types import UNSET

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class ToolChoiceFunction:
    """Use this option to force the model to call a specific function.

    Attributes:
        type: For function calling, the type is always `function`.
        name: The name of the function to call.
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: ToolChoiceFunctionType

    name: str

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        out["name"] = self.name
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

        _name = src_dict.get("name", UNSET)
        if _name is UNSET:
            raise _validation.missing("name")
        if _name.__class__ is not str:
            raise _validation.wrong_type("name", "string", _name)

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.type = _type_
        obj.name = _name
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
