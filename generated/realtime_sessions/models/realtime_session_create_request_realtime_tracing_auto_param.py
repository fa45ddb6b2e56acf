from typing import Literal, TypeAlias

RealtimeSessionCreateRequestRealtimeTracingAutoParam: TypeAlias = Literal["auto"] | str

REALTIME_SESSION_CREATE_REQUEST_REALTIME_TRACING_AUTO_PARAM_VALUES: frozenset[str] = frozenset(
    {
        "auto",
    }
)
