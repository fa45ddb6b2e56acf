from typing import Literal

IncludeItem = Literal["item.input_audio_transcription.logprobs"]

INCLUDE_ITEM_VALUES: frozenset[IncludeItem] = frozenset(
    {
        "item.input_audio_transcription.logprobs",
    }
)
