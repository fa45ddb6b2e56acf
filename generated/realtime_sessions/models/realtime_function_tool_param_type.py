from typing import Literal, TypeAlias

RealtimeFunctionToolParamType: TypeAlias = Literal["function"] | str

REALTIME_FUNCTION_TOOL_PARAM_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "function",
    }
)
