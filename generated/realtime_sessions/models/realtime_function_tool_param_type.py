from typing import Literal

RealtimeFunctionToolParamType = Literal["function"]

REALTIME_FUNCTION_TOOL_PARAM_TYPE_VALUES: frozenset[RealtimeFunctionToolParamType] = frozenset(
    {
        "function",
    }
)
