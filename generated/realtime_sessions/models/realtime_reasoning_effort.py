from typing import Literal, TypeAlias

RealtimeReasoningEffort: TypeAlias = Literal["high", "low", "medium", "minimal", "xhigh"] | str

REALTIME_REASONING_EFFORT_VALUES: frozenset[str] = frozenset(
    {
        "high",
        "low",
        "medium",
        "minimal",
        "xhigh",
    }
)
