from typing import Literal, TypeAlias

RealtimeSessionCreateResponseOutputModalitiesItem: TypeAlias = Literal["audio", "text"] | str

REALTIME_SESSION_CREATE_RESPONSE_OUTPUT_MODALITIES_ITEM_VALUES: frozenset[str] = frozenset(
    {
        "audio",
        "text",
    }
)
