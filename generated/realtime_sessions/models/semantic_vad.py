from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.semantic_vad_eagerness import SemanticVADEagerness
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "eagerness",
        "create_response",
        "interrupt_response",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class SemanticVAD:
    """Server-side semantic turn detection which uses a model to determine when the user has
    finished speaking.

    Attributes:
        type: Type of turn detection, `semantic_vad` to turn on Semantic VAD.
        eagerness: Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will
            wait longer for the user to continue speaking, `high` will respond more quickly.
            `auto` is the default and is equivalent to `medium`. `low`, `medium`, and `high`
            have max timeouts of 8s, 4s, and 2s respectively.
        create_response: Whether or not to automatically generate a response when a VAD stop event occurs.
        interrupt_response: Whether or not to automatically interrupt any ongoing response with output to the
            default
            conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: Literal["semantic_vad"] | str

    eagerness: SemanticVADEagerness | Unset = UNSET

    create_response: bool | Unset = UNSET

    interrupt_response: bool | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        if self.eagerness is not UNSET:
            out["eagerness"] = self.eagerness
        if self.create_response is not UNSET:
            out["create_response"] = self.create_response
        if self.interrupt_response is not UNSET:
            out["interrupt_response"] = self.interrupt_response
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_semantic_vad(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=SemanticVAD)


def parse_semantic_vad(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 1  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is UNSET:
        raise _validation.missing("type")
    if _type_.__class__ is not str:
        raise _validation.wrong_type("type", "string", _type_)

    _eagerness = src_dict.get("eagerness", UNSET)
    if _eagerness is not UNSET:
        _known += 1
        if _eagerness.__class__ is not str:
            raise _validation.wrong_type("eagerness", "string", _eagerness)

    _create_response = src_dict.get("create_response", UNSET)
    if _create_response is not UNSET:
        _known += 1
        if _create_response.__class__ is not bool:
            raise _validation.wrong_type("create_response", "boolean", _create_response)

    _interrupt_response = src_dict.get("interrupt_response", UNSET)
    if _interrupt_response is not UNSET:
        _known += 1
        if _interrupt_response.__class__ is not bool:
            raise _validation.wrong_type("interrupt_response", "boolean", _interrupt_response)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.eagerness = _eagerness
    obj.create_response = _create_response
    obj.interrupt_response = _interrupt_response
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
