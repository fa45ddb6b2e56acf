from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.retention_ratio_truncation_token_limits import (
    RetentionRatioTruncationTokenLimits,
    parse_retention_ratio_truncation_token_limits,
)
from ..models.retention_ratio_truncation_type import (
    RetentionRatioTruncationType,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "retention_ratio",
        "token_limits",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class RetentionRatioTruncation:
    """Retain a fraction of the conversation tokens when the conversation exceeds the input token
    limit. This allows you to amortize truncations across multiple turns, which can help improve
    cached token usage.

    Attributes:
        type: Use retention ratio truncation.
        retention_ratio: Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the
            conversation exceeds the input token limit. Setting this to `0.8` means that
            messages will be dropped until 80% of the maximum allowed tokens are used. This
            helps reduce the frequency of truncations and improve cache rates.
        token_limits: Optional custom token limits for this truncation strategy. If not provided, the
            model's default token limits will be used.
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: RetentionRatioTruncationType

    retention_ratio: float

    token_limits: RetentionRatioTruncationTokenLimits | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        out["retention_ratio"] = self.retention_ratio
        if self.token_limits is not UNSET:
            out["token_limits"] = self.token_limits.to_dict()
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_retention_ratio_truncation(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RetentionRatioTruncation)


def parse_retention_ratio_truncation(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 2  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is UNSET:
        raise _validation.missing("type")
    if _type_.__class__ is not str:
        raise _validation.wrong_type("type", "string", _type_)

    _retention_ratio = src_dict.get("retention_ratio", UNSET)
    if _retention_ratio is UNSET:
        raise _validation.missing("retention_ratio")
    if _retention_ratio.__class__ is not float and _retention_ratio.__class__ is not int:
        raise _validation.wrong_type("retention_ratio", "number", _retention_ratio)

    _token_limits = src_dict.get("token_limits", UNSET)
    if _token_limits is not UNSET:
        _known += 1
        try:
            _token_limits = parse_retention_ratio_truncation_token_limits(
                RetentionRatioTruncationTokenLimits, _token_limits
            )
        except _validation.ModelValidationError as exc:
            raise _validation.within("token_limits", exc) from None

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.retention_ratio = _retention_ratio
    obj.token_limits = _token_limits
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
