from typing import Literal, TypeAlias

RealtimeTranscriptionSessionCreateRequestIncludeItem: TypeAlias = (
    Literal["item.input_audio_transcription.logprobs"] | str
)

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INCLUDE_ITEM_VALUES: frozenset[str] = frozenset(
    {
        "item.input_audio_transcription.logprobs",
    }
)
