from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.file_input_detail import FileInputDetail
from ..models.input_file_content_type import InputFileContentType
from ..models.prompt_cache_breakpoint_config import (
    PromptCacheBreakpointConfig,
    parse_prompt_cache_breakpoint_config,
)
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "file_id",
        "filename",
        "file_data",
        "prompt_cache_breakpoint",
        "file_url",
        "detail",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class InputFileContent:
    """A file input to the model.

    Attributes:
        type: The type of the input item. Always `input_file`.
        file_id: file_id
        filename: The name of the file to be sent to the model.
        file_data: The content of the file to be sent to the model.
        prompt_cache_breakpoint: Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
            from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
            token block.
        file_url: The URL of the file to be sent to the model.
        detail: detail
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: InputFileContentType

    file_id: None | str | Unset = UNSET

    filename: str | Unset = UNSET

    file_data: str | Unset = UNSET

    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET

    file_url: str | Unset = UNSET

    detail: FileInputDetail | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        if self.file_id is not UNSET:
            out["file_id"] = self.file_id

        if self.filename is not UNSET:
            out["filename"] = self.filename
        if self.file_data is not UNSET:
            out["file_data"] = self.file_data
        if self.prompt_cache_breakpoint is not UNSET:
            out["prompt_cache_breakpoint"] = self.prompt_cache_breakpoint.to_dict()
        if self.file_url is not UNSET:
            out["file_url"] = self.file_url
        if self.detail is not UNSET:
            out["detail"] = self.detail
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_input_file_content(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=InputFileContent)


def parse_input_file_content(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 1  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is UNSET:
        raise _validation.missing("type")
    if _type_.__class__ is not str:
        raise _validation.wrong_type("type", "string", _type_)

    _file_id = src_dict.get("file_id", UNSET)
    if _file_id is not UNSET:
        _known += 1
        if _file_id.__class__ is str:
            pass  # the test above is the whole check for this kind
        elif _file_id is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("file_id", "string or null", _file_id)

    _filename = src_dict.get("filename", UNSET)
    if _filename is not UNSET:
        _known += 1
        if _filename.__class__ is not str:
            raise _validation.wrong_type("filename", "string", _filename)

    _file_data = src_dict.get("file_data", UNSET)
    if _file_data is not UNSET:
        _known += 1
        if _file_data.__class__ is not str:
            raise _validation.wrong_type("file_data", "string", _file_data)

    _prompt_cache_breakpoint = src_dict.get("prompt_cache_breakpoint", UNSET)
    if _prompt_cache_breakpoint is not UNSET:
        _known += 1
        try:
            _prompt_cache_breakpoint = parse_prompt_cache_breakpoint_config(
                PromptCacheBreakpointConfig, _prompt_cache_breakpoint
            )
        except _validation.ModelValidationError as exc:
            raise _validation.within("prompt_cache_breakpoint", exc) from None

    _file_url = src_dict.get("file_url", UNSET)
    if _file_url is not UNSET:
        _known += 1
        if _file_url.__class__ is not str:
            raise _validation.wrong_type("file_url", "string", _file_url)

    _detail = src_dict.get("detail", UNSET)
    if _detail is not UNSET:
        _known += 1
        if _detail.__class__ is not str:
            raise _validation.wrong_type("detail", "string", _detail)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.file_id = _file_id
    obj.filename = _filename
    obj.file_data = _file_data
    obj.prompt_cache_breakpoint = _prompt_cache_breakpoint
    obj.file_url = _file_url
    obj.detail = _detail
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
