from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.prompt_variables import PromptVariables, parse_prompt_variables
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "version",
        "variables",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class PromptReference:
    """Reference to a prompt template and its variables.
    [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-
    prompts).

    Attributes:
        id: The unique identifier of the prompt template to use.
        version: version
        variables: variables
        additional_properties: fields the schema does not declare, kept as received.
    """

    id: str

    version: None | str | Unset = UNSET

    variables: None | PromptVariables | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["id"] = self.id
        if self.version is not UNSET:
            out["version"] = self.version

        if self.variables is not UNSET:
            out["variables"] = (
                self.variables.to_dict()
                if isinstance(self.variables, PromptVariables)
                else self.variables
            )

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_prompt_reference(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=PromptReference)


def parse_prompt_reference(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 1  # declared keys present: the required ones, then each optional found
    _id = src_dict.get("id", UNSET)
    if _id is UNSET:
        raise _validation.missing("id")
    if _id.__class__ is not str:
        raise _validation.wrong_type("id", "string", _id)

    _version = src_dict.get("version", UNSET)
    if _version is not UNSET:
        _known += 1
        if _version.__class__ is str:
            pass  # the test above is the whole check for this kind
        elif _version is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("version", "string or null", _version)

    _variables = src_dict.get("variables", UNSET)
    if _variables is not UNSET:
        _known += 1
        if _variables.__class__ is dict:
            try:
                _variables = parse_prompt_variables(PromptVariables, _variables)
            except _validation.ModelValidationError as exc:
                raise _validation.within("variables", exc) from None

        elif _variables is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("variables", "object or null", _variables)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.id = _id
    obj.version = _version
    obj.variables = _variables
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
