from typing import Literal

AudioPCMAType = Literal["audio/pcma"]

AUDIO_PCMA_TYPE_VALUES: frozenset[AudioPCMAType] = frozenset(
    {
        "audio/pcma",
    }
)
