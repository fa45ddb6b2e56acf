from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.input_text_content_type import InputTextContentType
from ..models.prompt_cache_breakpoint_config import (
    PromptCacheBreakpointConfig,
    parse_prompt_cache_breakpoint_config,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "prompt_cache_breakpoint",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class InputTextContent:
    """A text input to the model.

    Attributes:
        type: The type of the input item. Always `input_text`.
        text: The text input to the model.
        prompt_cache_breakpoint: Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
            from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
            token block.
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: InputTextContentType

    text: str

    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        out["text"] = self.text
        if self.prompt_cache_breakpoint is not UNSET:
            out["prompt_cache_breakpoint"] = self.prompt_cache_breakpoint.to_dict()
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_input_text_content(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=InputTextContent)


def parse_input_text_content(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 2  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is UNSET:
        raise _validation.missing("type")
    if _type_.__class__ is not str:
        raise _validation.wrong_type("type", "string", _type_)

    _text = src_dict.get("text", UNSET)
    if _text is UNSET:
        raise _validation.missing("text")
    if _text.__class__ is not str:
        raise _validation.wrong_type("text", "string", _text)

    _prompt_cache_breakpoint = src_dict.get("prompt_cache_breakpoint", UNSET)
    if _prompt_cache_breakpoint is not UNSET:
        _known += 1
        try:
            _prompt_cache_breakpoint = parse_prompt_cache_breakpoint_config(
                PromptCacheBreakpointConfig, _prompt_cache_breakpoint
            )
        except _validation.ModelValidationError as exc:
            raise _validation.within("prompt_cache_breakpoint", exc) from None

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.text = _text
    obj.prompt_cache_breakpoint = _prompt_cache_breakpoint
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
