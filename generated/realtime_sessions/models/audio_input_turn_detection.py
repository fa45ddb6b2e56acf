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
        "type",
        "threshold",
        "prefix_padding_ms",
        "silence_duration_ms",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class AudioInputTurnDetection:
    """Configuration for turn detection.

    Attributes:
        type: Type of turn detection, only `server_vad` is currently supported.
        threshold: threshold
        prefix_padding_ms: prefix_padding_ms
        silence_duration_ms: silence_duration_ms
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: str | Unset = UNSET

    threshold: float | Unset = UNSET

    prefix_padding_ms: int | Unset = UNSET

    silence_duration_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.type is not UNSET:
            out["type"] = self.type
        if self.threshold is not UNSET:
            out["threshold"] = self.threshold
        if self.prefix_padding_ms is not UNSET:
            out["prefix_padding_ms"] = self.prefix_padding_ms
        if self.silence_duration_ms is not UNSET:
            out["silence_duration_ms"] = self.silence_duration_ms
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_audio_input_turn_detection(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=AudioInputTurnDetection)


def parse_audio_input_turn_detection(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is not UNSET:
        _known += 1
        if _type_.__class__ is not str:
            raise _validation.wrong_type("type", "string", _type_)

    _threshold = src_dict.get("threshold", UNSET)
    if _threshold is not UNSET:
        _known += 1
        if _threshold.__class__ is not float and _threshold.__class__ is not int:
            raise _validation.wrong_type("threshold", "number", _threshold)

    _prefix_padding_ms = src_dict.get("prefix_padding_ms", UNSET)
    if _prefix_padding_ms is not UNSET:
        _known += 1
        if _prefix_padding_ms.__class__ is not int:
            raise _validation.wrong_type("prefix_padding_ms", "integer", _prefix_padding_ms)

    _silence_duration_ms = src_dict.get("silence_duration_ms", UNSET)
    if _silence_duration_ms is not UNSET:
        _known += 1
        if _silence_duration_ms.__class__ is not int:
            raise _validation.wrong_type("silence_duration_ms", "integer", _silence_duration_ms)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.threshold = _threshold
    obj.prefix_padding_ms = _prefix_padding_ms
    obj.silence_duration_ms = _silence_duration_ms
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
