from typing import Literal, TypeAlias

RealtimeTranscriptionSessionCreateRequestType: TypeAlias = Literal["transcription"] | str

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "transcription",
    }
)
