from typing import Literal, TypeAlias

CallableToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str

CALLABLE_TOOL_ALLOWED_CALLER_VALUES: frozenset[str] = frozenset(
    {
        "direct",
        "programmatic",
    }
)
