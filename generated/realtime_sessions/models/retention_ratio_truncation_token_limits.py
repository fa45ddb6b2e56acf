from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "post_instructions",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class RetentionRatioTruncationTokenLimits:
    """Optional custom token limits for this truncation strategy. If not provided, the model's
    default token limits will be used.

    Attributes:
        post_instructions: Maximum tokens allowed in the conversation after instructions (which including tool
            definitions). For example, setting this to 5,000 would mean that truncation would
            occur when the conversation exceeds 5,000 tokens after instructions. This cannot be
            higher than the model's context window size minus the maximum output tokens.
        additional_properties: fields the schema does not declare, kept as received.
    """

    post_instructions: int | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.post_instructions is not UNSET:
            out["post_instructions"] = self.post_instructions
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_retention_ratio_truncation_token_limits(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RetentionRatioTruncationTokenLimits)


def parse_retention_ratio_truncation_token_limits(
    cls: type[_Model], src_dict: Mapping[str, Any]
) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _post_instructions = src_dict.get("post_instructions", UNSET)
    if _post_instructions is not UNSET:
        _known += 1
        if _post_instructions.__class__ is not int:
            raise _validation.wrong_type("post_instructions", "integer", _post_instructions)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.post_instructions = _post_instructions
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
