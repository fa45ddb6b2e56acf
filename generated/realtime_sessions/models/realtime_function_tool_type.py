from typing import Literal, TypeAlias

RealtimeFunctionToolType: TypeAlias = Literal["function"] | str

REALTIME_FUNCTION_TOOL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "function",
    }
)
