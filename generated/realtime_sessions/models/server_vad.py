from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

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
        "create_response",
        "interrupt_response",
        "idle_timeout_ms",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class ServerVAD:
    """Server-side voice activity detection (VAD) which flips on when user speech is detected and
    off after a period of silence.

    Attributes:
        type: Type of turn detection, `server_vad` to turn on simple Server VAD.
        threshold: Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this
            defaults to 0.5. A
            higher threshold will require louder audio to activate the model, and
            thus might perform better in noisy environments.
        prefix_padding_ms: Used only for `server_vad` mode. Amount of audio to include before the VAD detected
            speech (in
            milliseconds). Defaults to 300ms.
        silence_duration_ms: Used only for `server_vad` mode. Duration of silence to detect speech stop (in
            milliseconds). Defaults
            to 500ms. With shorter values the model will respond more quickly,
            but may jump in on short pauses from the user.
        create_response: Whether or not to automatically generate a response when a VAD stop event occurs. If
            `interrupt_response` is set to `false` this may fail to create a response if the
            model is already responding.

            If both `create_response` and `interrupt_response` are set to `false`, the model
            will never respond automatically but VAD events will still be emitted.
        interrupt_response: Whether or not to automatically interrupt (cancel) any ongoing response with output
            to the default
            conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If
            `true` then the response will be cancelled, otherwise it will continue until
            complete.

            If both `create_response` and `interrupt_response` are set to `false`, the model
            will never respond automatically but VAD events will still be emitted.
        idle_timeout_ms: idle_timeout_ms
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: Literal["server_vad"] | str

    threshold: float | Unset = UNSET

    prefix_padding_ms: int | Unset = UNSET

    silence_duration_ms: int | Unset = UNSET

    create_response: bool | Unset = UNSET

    interrupt_response: bool | Unset = UNSET

    idle_timeout_ms: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        if self.threshold is not UNSET:
            out["threshold"] = self.threshold
        if self.prefix_padding_ms is not UNSET:
            out["prefix_padding_ms"] = self.prefix_padding_ms
        if self.silence_duration_ms is not UNSET:
            out["silence_duration_ms"] = self.silence_duration_ms
        if self.create_response is not UNSET:
            out["create_response"] = self.create_response
        if self.interrupt_response is not UNSET:
            out["interrupt_response"] = self.interrupt_response
        if self.idle_timeout_ms is not UNSET:
            out["idle_timeout_ms"] = self.idle_timeout_ms

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_server_vad(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=ServerVAD)


def parse_server_vad(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 1  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is UNSET:
        raise _validation.missing("type")
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

    _idle_timeout_ms = src_dict.get("idle_timeout_ms", UNSET)
    if _idle_timeout_ms is not UNSET:
        _known += 1
        if _idle_timeout_ms.__class__ is int:
            pass  # the test above is the whole check for this kind
        elif _idle_timeout_ms is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("idle_timeout_ms", "integer or null", _idle_timeout_ms)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.threshold = _threshold
    obj.prefix_padding_ms = _prefix_padding_ms
    obj.silence_duration_ms = _silence_duration_ms
    obj.create_response = _create_response
    obj.interrupt_response = _interrupt_response
    obj.idle_timeout_ms = _idle_timeout_ms
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
