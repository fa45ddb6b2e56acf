from typing import Literal

RealtimeFunctionToolType = Literal["function"]

REALTIME_FUNCTION_TOOL_TYPE_VALUES: frozenset[RealtimeFunctionToolType] = frozenset(
    {
        "function",
    }
)
