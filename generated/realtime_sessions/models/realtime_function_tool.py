from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.function_parameters import FunctionParameters, parse_function_parameters
from ..models.realtime_function_tool_type import (
    RealtimeFunctionToolType,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "description",
        "parameters",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class RealtimeFunctionTool:
    """Attributes:
    type: The type of the tool, i.e. `function`.
    name: The name of the function.
    description: The description of the function, including guidance on when and how
        to call it, and guidance about what to tell the user when calling
        (if anything).
    parameters: Parameters of the function in JSON Schema.
    additional_properties: fields the schema does not declare, kept as received.
    """

    type: RealtimeFunctionToolType | Unset = UNSET

    name: str | Unset = UNSET

    description: str | Unset = UNSET

    parameters: FunctionParameters | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.type is not UNSET:
            out["type"] = self.type
        if self.name is not UNSET:
            out["name"] = self.name
        if self.description is not UNSET:
            out["description"] = self.description
        if self.parameters is not UNSET:
            out["parameters"] = self.parameters.to_dict()
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_realtime_function_tool(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RealtimeFunctionTool)


def parse_realtime_function_tool(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is not UNSET:
        _known += 1
        if _type_.__class__ is not str:
            raise _validation.wrong_type("type", "string", _type_)

    _name = src_dict.get("name", UNSET)
    if _name is not UNSET:
        _known += 1
        if _name.__class__ is not str:
            raise _validation.wrong_type("name", "string", _name)

    _description = src_dict.get("description", UNSET)
    if _description is not UNSET:
        _known += 1
        if _description.__class__ is not str:
            raise _validation.wrong_type("description", "string", _description)

    _parameters = src_dict.get("parameters", UNSET)
    if _parameters is not UNSET:
        _known += 1
        try:
            _parameters = parse_function_parameters(FunctionParameters, _parameters)
        except _validation.ModelValidationError as exc:
            raise _validation.within("parameters", exc) from None

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.name = _name
    obj.description = _description
    obj.parameters = _parameters
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
