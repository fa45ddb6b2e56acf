from typing import Literal, TypeAlias

RealtimeSessionCreateResponseRealtimeTracingAuto: TypeAlias = Literal["auto"] | str

REALTIME_SESSION_CREATE_RESPONSE_REALTIME_TRACING_AUTO_VALUES: frozenset[str] = frozenset(
    {
        "auto",
    }
)
