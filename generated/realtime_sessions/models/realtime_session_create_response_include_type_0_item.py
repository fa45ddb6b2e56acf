from typing import Literal, TypeAlias

RealtimeSessionCreateResponseIncludeType0Item: TypeAlias = (
    Literal["item.input_audio_transcription.logprobs"] | str
)

REALTIME_SESSION_CREATE_RESPONSE_INCLUDE_TYPE_0_ITEM_VALUES: frozenset[str] = frozenset(
    {
        "item.input_audio_transcription.logprobs",
    }
)
