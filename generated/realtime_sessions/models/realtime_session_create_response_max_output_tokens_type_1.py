from typing import Literal, TypeAlias

RealtimeSessionCreateResponseMaxOutputTokensType1: TypeAlias = Literal["inf"] | str

REALTIME_SESSION_CREATE_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "inf",
    }
)
