from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.input_file_content import InputFileContent, parse_input_file_content
from ..models.input_image_content import InputImageContent, parse_input_image_content
from ..models.input_text_content import InputTextContent, parse_input_text_content


@attrs.define(slots=True, eq=True, repr=False)
class PromptVariables:
    """Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.

        additional_properties: fields the schema does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = {}
        for _key, _value in self.additional_properties.items():
            out[_key] = (
                _value.to_dict()
                if isinstance(_value, (InputTextContent, InputImageContent, InputFileContent))
                else _value
            )

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_prompt_variables(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=PromptVariables)


def parse_prompt_variables(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = dict(src_dict)
        _extra: dict[str, Any] = {}
        for _key, _raw in d.items():
            if _raw.__class__ is str:
                pass  # the test above is the whole check for this kind
            elif _raw.__class__ is dict:
                _tag_additional_property = _raw.get("type")
                if _tag_additional_property == "input_text":
                    try:
                        _raw = parse_input_text_content(InputTextContent, _raw)
                    except _validation.ModelValidationError as exc:
                        raise _validation.within(_key, exc) from None

                elif _tag_additional_property == "input_image":
                    try:
                        _raw = parse_input_image_content(InputImageContent, _raw)
                    except _validation.ModelValidationError as exc:
                        raise _validation.within(_key, exc) from None

                elif _tag_additional_property == "input_file":
                    try:
                        _raw = parse_input_file_content(InputFileContent, _raw)
                    except _validation.ModelValidationError as exc:
                        raise _validation.within(_key, exc) from None

                else:  # a tag no branch knows yet, or none: the first object branch that takes it
                    _raw = _validation.first_fitting(
                        _key,
                        _raw,
                        (
                            (InputTextContent, parse_input_text_content),
                            (InputImageContent, parse_input_image_content),
                            (InputFileContent, parse_input_file_content),
                        ),
                    )
            else:
                raise _validation.wrong_type(_key, "string or object", _raw)

            _extra[_key] = _raw
        obj.additional_properties = _extra

    return obj
