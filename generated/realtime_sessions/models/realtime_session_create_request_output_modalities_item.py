from typing import Literal, TypeAlias

RealtimeSessionCreateRequestOutputModalitiesItem: TypeAlias = Literal["audio", "text"] | str

REALTIME_SESSION_CREATE_REQUEST_OUTPUT_MODALITIES_ITEM_VALUES: frozenset[str] = frozenset(
    {
        "audio",
        "text",
    }
)
