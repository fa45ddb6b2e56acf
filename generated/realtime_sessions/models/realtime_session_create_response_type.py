from typing import Literal, TypeAlias

RealtimeSessionCreateResponseType: TypeAlias = Literal["realtime"] | str

REALTIME_SESSION_CREATE_RESPONSE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "realtime",
    }
)
