from typing import Literal, TypeAlias

RealtimeSessionCreateRequestMaxOutputTokensType1: TypeAlias = Literal["inf"] | str

REALTIME_SESSION_CREATE_REQUEST_MAX_OUTPUT_TOKENS_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "inf",
    }
)
