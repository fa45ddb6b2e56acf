from typing import Literal, TypeAlias

ToolChoiceFunctionType: TypeAlias = Literal["function"] | str

TOOL_CHOICE_FUNCTION_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "function",
    }
)
