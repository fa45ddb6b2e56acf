from typing import Literal, TypeAlias

IncludeItem: TypeAlias = Literal["item.input_audio_transcription.logprobs"] | str

INCLUDE_ITEM_VALUES: frozenset[str] = frozenset(
    {
        "item.input_audio_transcription.logprobs",
    }
)
