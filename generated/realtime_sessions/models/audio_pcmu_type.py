from typing import Literal

AudioPCMUType = Literal["audio/pcmu"]

AUDIO_PCMU_TYPE_VALUES: frozenset[AudioPCMUType] = frozenset(
    {
        "audio/pcmu",
    }
)
