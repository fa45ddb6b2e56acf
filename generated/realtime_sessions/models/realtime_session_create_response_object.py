from typing import Literal, TypeAlias

RealtimeSessionCreateResponseObject: TypeAlias = Literal["realtime.session"] | str

REALTIME_SESSION_CREATE_RESPONSE_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "realtime.session",
    }
)
