from typing import Literal, TypeAlias

MCPToolMCPToolApprovalSetting: TypeAlias = Literal["always", "never"] | str

MCP_TOOL_MCP_TOOL_APPROVAL_SETTING_VALUES: frozenset[str] = frozenset(
    {
        "always",
        "never",
    }
)
