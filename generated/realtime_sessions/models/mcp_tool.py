from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
)
from ..models.mcp_tool_approval_filter import MCPToolApprovalFilter, parse_mcp_tool_approval_filter
from ..models.mcp_tool_connector_id import MCPToolConnectorId
from ..models.mcp_tool_filter import MCPToolFilter, parse_mcp_tool_filter
from ..models.mcp_tool_headers_type_0 import MCPToolHeadersType0, parse_mcp_tool_headers_type_0
from ..models.mcp_tool_mcp_tool_approval_setting import (
    MCPToolMCPToolApprovalSetting,
)
from ..models.mcp_tool_type import MCPToolType
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "server_label",
        "server_url",
        "connector_id",
        "tunnel_id",
        "authorization",
        "server_description",
        "headers",
        "allowed_tools",
        "allowed_callers",
        "require_approval",
        "defer_loading",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class MCPTool:
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](https://platform.openai.com/docs/guides/tools-remote-
    mcp).

    Attributes:
        type: The type of the MCP tool. Always `mcp`.
        server_label: A label for this MCP server, used to identify it in tool calls.
        server_url: The URL for the MCP server. One of `server_url`, `connector_id`, or
            `tunnel_id` must be provided.
        connector_id: Identifier for service connectors, like those available in ChatGPT. One of
            `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
            about service connectors [here](https://platform.openai.com/docs/guides/tools-
            remote-mcp#connectors).

            Currently supported `connector_id` values are:

            - Dropbox: `connector_dropbox`
            - Gmail: `connector_gmail`
            - Google Calendar: `connector_googlecalendar`
            - Google Drive: `connector_googledrive`
            - Microsoft Teams: `connector_microsoftteams`
            - Outlook Calendar: `connector_outlookcalendar`
            - Outlook Email: `connector_outlookemail`
            - SharePoint: `connector_sharepoint`
        tunnel_id: The Secure MCP Tunnel ID to use instead of a direct server URL. One of
            `server_url`, `connector_id`, or `tunnel_id` must be provided.
        authorization: An OAuth access token that can be used with a remote MCP server, either
            with a custom MCP server URL or a service connector. Your application
            must handle the OAuth authorization flow and provide the token here.
        server_description: Optional description of the MCP server, used to provide more context.
        headers: headers
        allowed_tools: allowed_tools
        allowed_callers: allowed_callers
        require_approval: require_approval
        defer_loading: Whether this MCP tool is deferred and discovered via tool search.
        additional_properties: fields the schema does not declare, kept as received.
    """

    type: MCPToolType

    server_label: str

    server_url: str | Unset = UNSET

    connector_id: MCPToolConnectorId | Unset = UNSET

    tunnel_id: str | Unset = UNSET

    authorization: str | Unset = UNSET

    server_description: str | Unset = UNSET

    headers: MCPToolHeadersType0 | None | Unset = UNSET

    allowed_tools: list[str] | MCPToolFilter | None | Unset = UNSET

    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET

    require_approval: MCPToolApprovalFilter | MCPToolMCPToolApprovalSetting | None | Unset = UNSET

    defer_loading: bool | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["type"] = self.type
        out["server_label"] = self.server_label
        if self.server_url is not UNSET:
            out["server_url"] = self.server_url
        if self.connector_id is not UNSET:
            out["connector_id"] = self.connector_id
        if self.tunnel_id is not UNSET:
            out["tunnel_id"] = self.tunnel_id
        if self.authorization is not UNSET:
            out["authorization"] = self.authorization
        if self.server_description is not UNSET:
            out["server_description"] = self.server_description
        if self.headers is not UNSET:
            out["headers"] = (
                self.headers.to_dict()
                if isinstance(self.headers, MCPToolHeadersType0)
                else self.headers
            )

        if self.allowed_tools is not UNSET:
            out["allowed_tools"] = (
                self.allowed_tools.to_dict()
                if isinstance(self.allowed_tools, MCPToolFilter)
                else self.allowed_tools
            )

        if self.allowed_callers is not UNSET:
            out["allowed_callers"] = self.allowed_callers

        if self.require_approval is not UNSET:
            out["require_approval"] = (
                self.require_approval.to_dict()
                if isinstance(self.require_approval, MCPToolApprovalFilter)
                else self.require_approval
            )

        if self.defer_loading is not UNSET:
            out["defer_loading"] = self.defer_loading
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_mcp_tool(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=MCPTool)


def parse_mcp_tool(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 2  # declared keys present: the required ones, then each optional found
    _type_ = src_dict.get("type", UNSET)
    if _type_ is UNSET:
        raise _validation.missing("type")
    if _type_.__class__ is not str:
        raise _validation.wrong_type("type", "string", _type_)

    _server_label = src_dict.get("server_label", UNSET)
    if _server_label is UNSET:
        raise _validation.missing("server_label")
    if _server_label.__class__ is not str:
        raise _validation.wrong_type("server_label", "string", _server_label)

    _server_url = src_dict.get("server_url", UNSET)
    if _server_url is not UNSET:
        _known += 1
        if _server_url.__class__ is not str:
            raise _validation.wrong_type("server_url", "string", _server_url)

    _connector_id = src_dict.get("connector_id", UNSET)
    if _connector_id is not UNSET:
        _known += 1
        if _connector_id.__class__ is not str:
            raise _validation.wrong_type("connector_id", "string", _connector_id)

    _tunnel_id = src_dict.get("tunnel_id", UNSET)
    if _tunnel_id is not UNSET:
        _known += 1
        if _tunnel_id.__class__ is not str:
            raise _validation.wrong_type("tunnel_id", "string", _tunnel_id)

    _authorization = src_dict.get("authorization", UNSET)
    if _authorization is not UNSET:
        _known += 1
        if _authorization.__class__ is not str:
            raise _validation.wrong_type("authorization", "string", _authorization)

    _server_description = src_dict.get("server_description", UNSET)
    if _server_description is not UNSET:
        _known += 1
        if _server_description.__class__ is not str:
            raise _validation.wrong_type("server_description", "string", _server_description)

    _headers = src_dict.get("headers", UNSET)
    if _headers is not UNSET:
        _known += 1
        if _headers.__class__ is dict:
            try:
                _headers = parse_mcp_tool_headers_type_0(MCPToolHeadersType0, _headers)
            except _validation.ModelValidationError as exc:
                raise _validation.within("headers", exc) from None

        elif _headers is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("headers", "object or null", _headers)

    _allowed_tools = src_dict.get("allowed_tools", UNSET)
    if _allowed_tools is not UNSET:
        _known += 1
        if _allowed_tools.__class__ is list:
            for (
                _i_allowed_tools_type_0_mcp_allowed_tools,
                _x_allowed_tools_type_0_mcp_allowed_tools,
            ) in enumerate(_allowed_tools):
                if _x_allowed_tools_type_0_mcp_allowed_tools.__class__ is not str:
                    raise _validation.wrong_type(
                        _validation.item(
                            "allowed_tools", _i_allowed_tools_type_0_mcp_allowed_tools
                        ),
                        "string",
                        _x_allowed_tools_type_0_mcp_allowed_tools,
                    )

        elif _allowed_tools.__class__ is dict:
            try:
                _allowed_tools = parse_mcp_tool_filter(MCPToolFilter, _allowed_tools)
            except _validation.ModelValidationError as exc:
                raise _validation.within("allowed_tools", exc) from None

        elif _allowed_tools is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("allowed_tools", "array or object or null", _allowed_tools)

    _allowed_callers = src_dict.get("allowed_callers", UNSET)
    if _allowed_callers is not UNSET:
        _known += 1
        if _allowed_callers.__class__ is list:
            for _i_allowed_callers_type_0, _x_allowed_callers_type_0 in enumerate(_allowed_callers):
                if _x_allowed_callers_type_0.__class__ is not str:
                    raise _validation.wrong_type(
                        _validation.item("allowed_callers", _i_allowed_callers_type_0),
                        "string",
                        _x_allowed_callers_type_0,
                    )

        elif _allowed_callers is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("allowed_callers", "array or null", _allowed_callers)

    _require_approval = src_dict.get("require_approval", UNSET)
    if _require_approval is not UNSET:
        _known += 1
        if _require_approval.__class__ is dict:
            try:
                _require_approval = parse_mcp_tool_approval_filter(
                    MCPToolApprovalFilter, _require_approval
                )
            except _validation.ModelValidationError as exc:
                raise _validation.within("require_approval", exc) from None

        elif _require_approval.__class__ is str:
            pass  # the test above is the whole check for this kind
        elif _require_approval is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type(
                "require_approval", "object or string or null", _require_approval
            )

    _defer_loading = src_dict.get("defer_loading", UNSET)
    if _defer_loading is not UNSET:
        _known += 1
        if _defer_loading.__class__ is not bool:
            raise _validation.wrong_type("defer_loading", "boolean", _defer_loading)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.type = _type_
    obj.server_label = _server_label
    obj.server_url = _server_url
    obj.connector_id = _connector_id
    obj.tunnel_id = _tunnel_id
    obj.authorization = _authorization
    obj.server_description = _server_description
    obj.headers = _headers
    obj.allowed_tools = _allowed_tools
    obj.allowed_callers = _allowed_callers
    obj.require_approval = _require_approval
    obj.defer_loading = _defer_loading
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
