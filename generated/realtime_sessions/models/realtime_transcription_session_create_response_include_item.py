from typing import Literal, TypeAlias

RealtimeTranscriptionSessionCreateResponseIncludeItem: TypeAlias = (
    Literal["item.input_audio_transcription.logprobs"] | str
)

REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_INCLUDE_ITEM_VALUES: frozenset[str] = frozenset(
    {
        "item.input_audio_transcription.logprobs",
    }
)
