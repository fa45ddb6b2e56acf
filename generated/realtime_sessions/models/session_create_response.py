from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.client_secret import ClientSecret, parse_client_secret
from ..models.include_item import IncludeItem
from ..models.max_output_tokens_inf import MaxOutputTokensInf
from ..models.modality import Modality
from ..models.realtime_function_tool import RealtimeFunctionTool, parse_realtime_function_tool
from ..models.session_audio import SessionAudio, parse_session_audio
from ..models.tracing_auto import TracingAuto
from ..models.tracing_configuration import TracingConfiguration, parse_tracing_configuration
from ..models.turn_detection import TurnDetection, parse_turn_detection
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "expires_at",
        "include",
        "model",
        "output_modalities",
        "instructions",
        "audio",
        "tracing",
        "turn_detection",
        "tools",
        "tool_choice",
        "max_output_tokens",
        "client_secret",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class SessionCreateResponse:
    """A Realtime session configuration object.

    Attributes:
        id: Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object: The object type. Always `realtime.session`.
        expires_at: Expiration timestamp for the session, in seconds since epoch.
        include: Additional fields to include in server outputs.
            - `item.input_audio_transcription.logprobs`: Include logprobs for input audio
            transcription.
        model: The Realtime model used for this session.
        output_modalities: The set of modalities the model can respond with. To disable audio,
            set this to ["text"].
        instructions: The default system instructions (i.e. system message) prepended to model
            calls. This field allows the client to guide the model on desired
            responses. The model can be instructed on response content and format,
            (e.g. "be extremely succinct", "act friendly", "here are examples of good
            responses") and on audio behavior (e.g. "talk quickly", "inject emotion
            into your voice", "laugh frequently"). The instructions are not guaranteed
            to be followed by the model, but they provide guidance to the model on the
            desired behavior.

            Note that the server sets default instructions which will be used if this
            field is not set and are visible in the `session.created` event at the
            start of the session.
        audio: Configuration for input and output audio for the session.
        tracing: Configuration options for tracing. Set to null to disable tracing. Once
            tracing is enabled for a session, the configuration cannot be modified.

            `auto` will create a trace for the session with default values for the
            workflow name, group id, and metadata.
        turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server
            VAD means that the model will detect the start and end of speech based on
            audio volume and respond at the end of user speech.
        tools: Tools (functions) available to the model.
        tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or
            specify a function.
        max_output_tokens: Maximum number of output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        client_secret: Ephemeral key returned by the API. Use it in client environments to authenticate
            connections to the Realtime API.
        additional_properties: fields the schema does not declare, kept as received.
    """

    id: str | Unset = UNSET

    object: str | Unset = UNSET

    expires_at: int | Unset = UNSET

    include: list[IncludeItem] | Unset = UNSET

    model: str | Unset = UNSET

    output_modalities: list[Modality] | Unset = UNSET

    instructions: str | Unset = UNSET

    audio: SessionAudio | Unset = UNSET

    tracing: None | TracingAuto | TracingConfiguration | Unset = UNSET

    turn_detection: None | TurnDetection | Unset = UNSET

    tools: list[RealtimeFunctionTool] | Unset = UNSET

    tool_choice: str | Unset = UNSET

    max_output_tokens: int | MaxOutputTokensInf | Unset = UNSET

    client_secret: ClientSecret | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    _request_id: str | None = attrs.field(init=False, default=None, repr=False, eq=False)
    """`x-request-id` of the response this came from (the id OpenAI support asks for)."""
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            out["id"] = self.id
        if self.object is not UNSET:
            out["object"] = self.object
        if self.expires_at is not UNSET:
            out["expires_at"] = self.expires_at
        if self.include is not UNSET:
            out["include"] = list(self.include)

        if self.model is not UNSET:
            out["model"] = self.model
        if self.output_modalities is not UNSET:
            out["output_modalities"] = list(self.output_modalities)

        if self.instructions is not UNSET:
            out["instructions"] = self.instructions
        if self.audio is not UNSET:
            out["audio"] = self.audio.to_dict()
        if self.tracing is not UNSET:
            out["tracing"] = (
                self.tracing.to_dict()
                if isinstance(self.tracing, TracingConfiguration)
                else self.tracing
            )

        if self.turn_detection is not UNSET:
            out["turn_detection"] = (
                self.turn_detection.to_dict()
                if isinstance(self.turn_detection, TurnDetection)
                else self.turn_detection
            )

        if self.tools is not UNSET:
            _out_tools = []
            for _x_tools in self.tools:
                _y_tools = _x_tools.to_dict()
                _out_tools.append(_y_tools)
            out["tools"] = _out_tools

        if self.tool_choice is not UNSET:
            out["tool_choice"] = self.tool_choice
        if self.max_output_tokens is not UNSET:
            out["max_output_tokens"] = self.max_output_tokens

        if self.client_secret is not UNSET:
            out["client_secret"] = self.client_secret.to_dict()
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_session_create_response(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=SessionCreateResponse)


def parse_session_create_response(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _id = src_dict.get("id", UNSET)
    if _id is not UNSET:
        _known += 1
        if _id.__class__ is not str:
            raise _validation.wrong_type("id", "string", _id)

    _object_ = src_dict.get("object", UNSET)
    if _object_ is not UNSET:
        _known += 1
        if _object_.__class__ is not str:
            raise _validation.wrong_type("object", "string", _object_)

    _expires_at = src_dict.get("expires_at", UNSET)
    if _expires_at is not UNSET:
        _known += 1
        if _expires_at.__class__ is not int:
            raise _validation.wrong_type("expires_at", "integer", _expires_at)

    _include = src_dict.get("include", UNSET)
    if _include is not UNSET:
        _known += 1
        if _include.__class__ is not list:
            raise _validation.wrong_type("include", "array", _include)
        for _i_include, _x_include in enumerate(_include):
            if _x_include.__class__ is not str:
                raise _validation.wrong_type(
                    _validation.item("include", _i_include), "string", _x_include
                )

    _model = src_dict.get("model", UNSET)
    if _model is not UNSET:
        _known += 1
        if _model.__class__ is not str:
            raise _validation.wrong_type("model", "string", _model)

    _output_modalities = src_dict.get("output_modalities", UNSET)
    if _output_modalities is not UNSET:
        _known += 1
        if _output_modalities.__class__ is not list:
            raise _validation.wrong_type("output_modalities", "array", _output_modalities)
        for _i_output_modalities, _x_output_modalities in enumerate(_output_modalities):
            if _x_output_modalities.__class__ is not str:
                raise _validation.wrong_type(
                    _validation.item("output_modalities", _i_output_modalities),
                    "string",
                    _x_output_modalities,
                )

    _instructions = src_dict.get("instructions", UNSET)
    if _instructions is not UNSET:
        _known += 1
        if _instructions.__class__ is not str:
            raise _validation.wrong_type("instructions", "string", _instructions)

    _audio = src_dict.get("audio", UNSET)
    if _audio is not UNSET:
        _known += 1
        try:
            _audio = parse_session_audio(SessionAudio, _audio)
        except _validation.ModelValidationError as exc:
            raise _validation.within("audio", exc) from None

    _tracing = src_dict.get("tracing", UNSET)
    if _tracing is not UNSET:
        _known += 1
        if _tracing.__class__ is str:
            pass  # the test above is the whole check for this kind
        elif _tracing.__class__ is dict:
            try:
                _tracing = parse_tracing_configuration(TracingConfiguration, _tracing)
            except _validation.ModelValidationError as exc:
                raise _validation.within("tracing", exc) from None

        elif _tracing is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("tracing", "string or object or null", _tracing)

    _turn_detection = src_dict.get("turn_detection", UNSET)
    if _turn_detection is not UNSET:
        _known += 1
        if _turn_detection.__class__ is dict:
            try:
                _turn_detection = parse_turn_detection(TurnDetection, _turn_detection)
            except _validation.ModelValidationError as exc:
                raise _validation.within("turn_detection", exc) from None

        elif _turn_detection is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("turn_detection", "object or null", _turn_detection)

    _tools = src_dict.get("tools", UNSET)
    if _tools is not UNSET:
        _known += 1
        if _tools.__class__ is not list:
            raise _validation.wrong_type("tools", "array", _tools)
        _items_tools = []
        for _i_tools, _x_tools in enumerate(_tools):
            try:
                _x_tools = parse_realtime_function_tool(RealtimeFunctionTool, _x_tools)
            except _validation.ModelValidationError as exc:
                raise _validation.within(_validation.item("tools", _i_tools), exc) from None

            _items_tools.append(_x_tools)
        _tools = _items_tools

    _tool_choice = src_dict.get("tool_choice", UNSET)
    if _tool_choice is not UNSET:
        _known += 1
        if _tool_choice.__class__ is not str:
            raise _validation.wrong_type("tool_choice", "string", _tool_choice)

    _max_output_tokens = src_dict.get("max_output_tokens", UNSET)
    if _max_output_tokens is not UNSET:
        _known += 1
        if _max_output_tokens.__class__ is int:
            pass  # the test above is the whole check for this kind
        elif _max_output_tokens.__class__ is str:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type(
                "max_output_tokens", "integer or string", _max_output_tokens
            )

    _client_secret = src_dict.get("client_secret", UNSET)
    if _client_secret is not UNSET:
        _known += 1
        try:
            _client_secret = parse_client_secret(ClientSecret, _client_secret)
        except _validation.ModelValidationError as exc:
            raise _validation.within("client_secret", exc) from None

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.id = _id
    obj.object = _object_
    obj.expires_at = _expires_at
    obj.include = _include
    obj.model = _model
    obj.output_modalities = _output_modalities
    obj.instructions = _instructions
    obj.audio = _audio
    obj.tracing = _tracing
    obj.turn_detection = _turn_detection
    obj.tools = _tools
    obj.tool_choice = _tool_choice
    obj.max_output_tokens = _max_output_tokens
    obj.client_secret = _client_secret
    obj.additional_properties = {}
    obj._request_id = None  # the client sets it from the response's headers
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
