from typing import Literal, TypeAlias

ToolChoiceMCPType: TypeAlias = Literal["mcp"] | str

TOOL_CHOICE_MCP_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "mcp",
    }
)
