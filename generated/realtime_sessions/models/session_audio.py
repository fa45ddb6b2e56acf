from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.session_audio_input import SessionAudioInput
from ..models.session_audio_output import SessionAudioOutput
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class SessionAudio:
    """Configuration for input and output audio for the session.

    Attributes:
        input: input
        output: output
        additional_properties: fields the schema does not declare, kept as received.
    """

    input: SessionAudioInput | Unset = UNSET

    output: SessionAudioOutput | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.input is not UNSET:
            out["input"] = self.input.to_dict()
        if self.output is not UNSET:
            out["output"] = self.output.to_dict()
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        _input_ = src_dict.get("input", UNSET)
        if _input_ is not UNSET:
            try:
                _input_ = SessionAudioInput.from_dict(_input_)
            except _validation.ModelValidationError as exc:
                raise _validation.within("input", exc) from None

        _output = src_dict.get("output", UNSET)
        if _output is not UNSET:
            try:
                _output = SessionAudioOutput.from_dict(_output)
            except _validation.ModelValidationError as exc:
                raise _validation.within("output", exc) from None

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.input = _input_
        obj.output = _output
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
