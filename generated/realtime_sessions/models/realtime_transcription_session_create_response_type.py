from typing import Literal, TypeAlias

RealtimeTranscriptionSessionCreateResponseType: TypeAlias = Literal["transcription"] | str

REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "transcription",
    }
)
