from typing import Literal, TypeAlias

RealtimeSessionCreateRequestType: TypeAlias = Literal["realtime"] | str

REALTIME_SESSION_CREATE_REQUEST_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "realtime",
    }
)
