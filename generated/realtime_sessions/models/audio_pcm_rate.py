from typing import Literal

AudioPCMRate = Literal[24000]

AUDIO_PCM_RATE_VALUES: frozenset[AudioPCMRate] = frozenset(
    {
        24000,
    }
)
