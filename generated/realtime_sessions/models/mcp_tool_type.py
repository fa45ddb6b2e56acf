from typing import Literal, TypeAlias

MCPToolType: TypeAlias = Literal["mcp"] | str

MCP_TOOL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "mcp",
    }
)
