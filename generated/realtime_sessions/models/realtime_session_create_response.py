from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.mcp_tool import MCPTool, parse_mcp_tool
from ..models.prompt_reference import PromptReference, parse_prompt_reference
from ..models.realtime_function_tool import RealtimeFunctionTool, parse_realtime_function_tool
from ..models.realtime_reasoning_configuration import (
    RealtimeReasoningConfiguration,
    parse_realtime_reasoning_configuration,
)
from ..models.realtime_session_create_response_audio import (
    RealtimeSessionCreateResponseAudio,
    parse_realtime_session_create_response_audio,
)
from ..models.realtime_session_create_response_include_type_0_item import (
    RealtimeSessionCreateResponseIncludeType0Item,
)
from ..models.realtime_session_create_response_max_output_tokens_type_1 import (
    RealtimeSessionCreateResponseMaxOutputTokensType1,
)
from ..models.realtime_session_create_response_model_type_1 import (
    RealtimeSessionCreateResponseModelType1,
)
from ..models.realtime_session_create_response_object import (
    RealtimeSessionCreateResponseObject,
)
from ..models.realtime_session_create_response_output_modalities_item import (
    RealtimeSessionCreateResponseOutputModalitiesItem,
)
from ..models.realtime_session_create_response_realtime_tracing_auto import (
    RealtimeSessionCreateResponseRealtimeTracingAuto,
)
from ..models.realtime_session_create_response_type import (
    RealtimeSessionCreateResponseType,
)
from ..models.realtime_tracing_configuration import (
    RealtimeTracingConfiguration,
    parse_realtime_tracing_configuration,
)
from ..models.retention_ratio_truncation import (
    RetentionRatioTruncation,
    parse_retention_ratio_truncation,
)
from ..models.tool_choice_function import ToolChoiceFunction, parse_tool_choice_function
from ..models.tool_choice_mcp import ToolChoiceMCP, parse_tool_choice_mcp
from ..models.tool_choice_mode import ToolChoiceMode
from ..models.truncation_strategy import TruncationStrategy
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "object",
        "expires_at",
        "output_modalities",
        "model",
        "instructions",
        "audio",
        "include",
        "tracing",
        "tools",
        "tool_choice",
        "reasoning",
        "max_output_tokens",
        "truncation",
        "prompt",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class RealtimeSessionCreateResponse:
    """A Realtime session configuration object.

    Attributes:
        type: The type of session to create. Always `realtime` for the Realtime API.
        id: Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object: The object type. Always `realtime.session`.
        expires_at: Expiration timestamp for the session, in seconds since epoch.
        output_modalities: The set of modalities the model can respond with. It defaults to `["audio"]`,
            indicating
            that the model will respond with audio plus a transcript. `["text"]` can be used to
            make
            the model respond with text only. It is not possible to request both `text` and
            `audio` at the same time.
        model: The Realtime model used for this session.
        instructions: The default system instructions (i.e. system message) prepended to model calls. This
            field allows the client to guide the model on desired responses. The model can be
            instructed on response content and format, (e.g. "be extremely succinct", "act
            friendly", "here are examples of good responses") and on audio behavior (e.g. "talk
            quickly", "inject emotion into your voice", "laugh frequently"). The instructions
            are not guaranteed to be followed by the model, but they provide guidance to the
            model on the desired behavior.

            Note that the server sets default instructions which will be used if this field is
            not set and are visible in the `session.created` event at the start of the session.
        audio: Configuration for input and output audio.
        include: Additional fields to include in server outputs.

            `item.input_audio_transcription.logprobs`: Include logprobs for input audio
            transcription.
        tracing: tracing
        tools: Tools available to the model.
        tool_choice: How the model chooses tools. Provide one of the string modes or force a specific
            function/MCP tool.
        reasoning: Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
        max_output_tokens: Maximum number of output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        truncation: When the number of tokens in a conversation exceeds the model's input token limit,
            the conversation be truncated, meaning messages (starting from the oldest) will not
            be included in the model's context. A 32k context model with 4,096 max output tokens
            can only include 28,224 tokens in the context before truncation occurs.

            Clients can configure truncation behavior to truncate with a lower max token limit,
            which is an effective way to control token usage and cost.

            Truncation will reduce the number of cached tokens on the next turn (busting the
            cache), since messages are dropped from the beginning of the context. However,
            clients can also configure truncation to retain messages up to a fraction of the
            maximum context size, which will reduce the need for future truncations and thus
            improve the cache rate.

            Truncation can be disabled entirely, which means the server will never truncate but
            would instead return an error if the conversation exceeds the model's input token
            limit.
        prompt: prompt
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: RealtimeSessionCreateResponseType

    id: str

    object: RealtimeSessionCreateResponseObject

    expires_at: int | Unset = UNSET

    output_modalities: list[RealtimeSessionCreateResponseOutputModalitiesItem] | Unset = UNSET

    model: RealtimeSessionCreateResponseModelType1 | str | Unset = UNSET

    instructions: str | Unset = UNSET

    audio: RealtimeSessionCreateResponseAudio | Unset = UNSET

    include: list[RealtimeSessionCreateResponseIncludeType0Item] | None | Unset = UNSET

    tracing: (
        None
        | RealtimeSessionCreateResponseRealtimeTracingAuto
        | RealtimeTracingConfiguration
        | Unset
    ) = UNSET

    tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET

    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceMode | Unset = UNSET

    reasoning: RealtimeReasoningConfiguration | Unset = UNSET

    max_output_tokens: int | RealtimeSessionCreateResponseMaxOutputTokensType1 | Unset = UNSET

    truncation: RetentionRatioTruncation | TruncationStrategy | Unset = UNSET

    prompt: None | PromptReference | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        out["id"] = self.id
        out["object"] = self.object
        if self.expires_at is not UNSET:
            out["expires_at"] = self.expires_at
        if self.output_modalities is not UNSET:
            out["output_modalities"] = list(self.output_modalities)

        if self.model is not UNSET:
            out["model"] = self.model

        if self.instructions is not UNSET:
            out["instructions"] = self.instructions
        if self.audio is not UNSET:
            out["audio"] = self.audio.to_dict()
        if self.include is not UNSET:
            out["include"] = self.include

        if self.tracing is not UNSET:
            out["tracing"] = (
                self.tracing.to_dict()
                if isinstance(self.tracing, RealtimeTracingConfiguration)
                else self.tracing
            )

        if self.tools is not UNSET:
            _out_tools = []
            for _x_tools in self.tools:
                _y_tools = (
                    _x_tools.to_dict()
                    if isinstance(_x_tools, (RealtimeFunctionTool, MCPTool))
                    else _x_tools
                )

                _out_tools.append(_y_tools)
            out["tools"] = _out_tools

        if self.tool_choice is not UNSET:
            out["tool_choice"] = (
                self.tool_choice.to_dict()
                if isinstance(self.tool_choice, (ToolChoiceFunction, ToolChoiceMCP))
                else self.tool_choice
            )

        if self.reasoning is not UNSET:
            out["reasoning"] = self.reasoning.to_dict()
        if self.max_output_tokens is not UNSET:
            out["max_output_tokens"] = self.max_output_tokens

        if self.truncation is not UNSET:
            out["truncation"] = (
                self.truncation.to_dict()
                if isinstance(self.truncation, RetentionRatioTruncation)
                else self.truncation
            )

        if self.prompt is not UNSET:
            out["prompt"] = (
                self.prompt.to_dict() if isinstance(self.prompt, PromptReference) else self.prompt
            )

        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_realtime_session_create_response(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=RealtimeSessionCreateResponse)


def parse_realtime_session_create_response(
    cls: type[_Model], src_dict: Mapping[str, Any]
) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 3  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is UNSET:
        raise _validation.missing("type")
    if _type_.__class__ is not str:
        raise _validation.wrong_type("type", "string", _type_)

    _id = src_dict.get("id", UNSET)
    if _id is UNSET:
        raise _validation.missing("id")
    if _id.__class__ is not str:
        raise _validation.wrong_type("id", "string", _id)

    _object_ = src_dict.get("object", UNSET)
    if _object_ is UNSET:
        raise _validation.missing("object")
    if _object_.__class__ is not str:
        raise _validation.wrong_type("object", "string", _object_)

    _expires_at = src_dict.get("expires_at", UNSET)
    if _expires_at is not UNSET:
        _known += 1
        if _expires_at.__class__ is not int:
            raise _validation.wrong_type("expires_at", "integer", _expires_at)

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

    _model = src_dict.get("model", UNSET)
    if _model is not UNSET:
        _known += 1
        if _model.__class__ is str:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("model", "string", _model)

    _instructions = src_dict.get("instructions", UNSET)
    if _instructions is not UNSET:
        _known += 1
        if _instructions.__class__ is not str:
            raise _validation.wrong_type("instructions", "string", _instructions)

    _audio = src_dict.get("audio", UNSET)
    if _audio is not UNSET:
        _known += 1
        try:
            _audio = parse_realtime_session_create_response_audio(
                RealtimeSessionCreateResponseAudio, _audio
            )
        except _validation.ModelValidationError as exc:
            raise _validation.within("audio", exc) from None

    _include = src_dict.get("include", UNSET)
    if _include is not UNSET:
        _known += 1
        if _include.__class__ is list:
            for _i_include_type_0, _x_include_type_0 in enumerate(_include):
                if _x_include_type_0.__class__ is not str:
                    raise _validation.wrong_type(
                        _validation.item("include", _i_include_type_0), "string", _x_include_type_0
                    )

        elif _include is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("include", "array or null", _include)

    _tracing = src_dict.get("tracing", UNSET)
    if _tracing is not UNSET:
        _known += 1
        if _tracing.__class__ is str:
            pass  # the test above is the whole check for this kind
        elif _tracing.__class__ is dict:
            try:
                _tracing = parse_realtime_tracing_configuration(
                    RealtimeTracingConfiguration, _tracing
                )
            except _validation.ModelValidationError as exc:
                raise _validation.within("tracing", exc) from None

        elif _tracing is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("tracing", "string or object or null", _tracing)

    _tools = src_dict.get("tools", UNSET)
    if _tools is not UNSET:
        _known += 1
        if _tools.__class__ is not list:
            raise _validation.wrong_type("tools", "array", _tools)
        _items_tools = []
        for _i_tools, _x_tools in enumerate(_tools):
            if _x_tools.__class__ is dict:
                _tag_tools_item = _x_tools.get("type")
                if _tag_tools_item == "function":
                    try:
                        _x_tools = parse_realtime_function_tool(RealtimeFunctionTool, _x_tools)
                    except _validation.ModelValidationError as exc:
                        raise _validation.within(_validation.item("tools", _i_tools), exc) from None

                elif _tag_tools_item == "mcp":
                    try:
                        _x_tools = parse_mcp_tool(MCPTool, _x_tools)
                    except _validation.ModelValidationError as exc:
                        raise _validation.within(_validation.item("tools", _i_tools), exc) from None

                else:  # a tag no branch knows yet, or none: the first object branch that takes it
                    _x_tools = _validation.first_fitting(
                        _validation.item("tools", _i_tools),
                        _x_tools,
                        (
                            (RealtimeFunctionTool, parse_realtime_function_tool),
                            (MCPTool, parse_mcp_tool),
                        ),
                    )
            else:
                raise _validation.wrong_type(
                    _validation.item("tools", _i_tools), "object", _x_tools
                )

            _items_tools.append(_x_tools)
        _tools = _items_tools

    _tool_choice = src_dict.get("tool_choice", UNSET)
    if _tool_choice is not UNSET:
        _known += 1
        if _tool_choice.__class__ is str:
            pass  # the test above is the whole check for this kind
        elif _tool_choice.__class__ is dict:
            _tag_tool_choice = _tool_choice.get("type")
            if _tag_tool_choice == "function":
                try:
                    _tool_choice = parse_tool_choice_function(ToolChoiceFunction, _tool_choice)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("tool_choice", exc) from None

            elif _tag_tool_choice == "mcp":
                try:
                    _tool_choice = parse_tool_choice_mcp(ToolChoiceMCP, _tool_choice)
                except _validation.ModelValidationError as exc:
                    raise _validation.within("tool_choice", exc) from None

            else:  # a tag no branch knows yet, or none: the first object branch that takes it
                _tool_choice = _validation.first_fitting(
                    "tool_choice",
                    _tool_choice,
                    (
                        (ToolChoiceFunction, parse_tool_choice_function),
                        (ToolChoiceMCP, parse_tool_choice_mcp),
                    ),
                )
        else:
            raise _validation.wrong_type("tool_choice", "string or object", _tool_choice)

    _reasoning = src_dict.get("reasoning", UNSET)
    if _reasoning is not UNSET:
        _known += 1
        try:
            _reasoning = parse_realtime_reasoning_configuration(
                RealtimeReasoningConfiguration, _reasoning
            )
        except _validation.ModelValidationError as exc:
            raise _validation.within("reasoning", exc) from None

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

    _truncation = src_dict.get("truncation", UNSET)
    if _truncation is not UNSET:
        _known += 1
        if _truncation.__class__ is str:
            pass  # the test above is the whole check for this kind
        elif _truncation.__class__ is dict:
            try:
                _truncation = parse_retention_ratio_truncation(
                    RetentionRatioTruncation, _truncation
                )
            except _validation.ModelValidationError as exc:
                raise _validation.within("truncation", exc) from None

        else:
            raise _validation.wrong_type("truncation", "string or object", _truncation)

    _prompt = src_dict.get("prompt", UNSET)
    if _prompt is not UNSET:
        _known += 1
        if _prompt.__class__ is dict:
            try:
                _prompt = parse_prompt_reference(PromptReference, _prompt)
            except _validation.ModelValidationError as exc:
                raise _validation.within("prompt", exc) from None

        elif _prompt is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("prompt", "object or null", _prompt)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.id = _id
    obj.object = _object_
    obj.expires_at = _expires_at
    obj.output_modalities = _output_modalities
    obj.model = _model
    obj.instructions = _instructions
    obj.audio = _audio
    obj.include = _include
    obj.tracing = _tracing
    obj.tools = _tools
    obj.tool_choice = _tool_choice
    obj.reasoning = _reasoning
    obj.max_output_tokens = _max_output_tokens
    obj.truncation = _truncation
    obj.prompt = _prompt
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
