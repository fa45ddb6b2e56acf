from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.input_text_content_type import InputTextContentType
from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
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
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
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
            try:
                _prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                    _prompt_cache_breakpoint
                )
            except _validation.ModelValidationError as exc:
                raise _validation.within("prompt_cache_breakpoint", exc) from None

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.type = _type_
        obj.text = _text
        obj.prompt_cache_breakpoint = _prompt_cache_breakpoint
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
