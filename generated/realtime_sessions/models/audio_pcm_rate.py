from typing import Literal, TypeAlias

AudioPCMRate: TypeAlias = Literal[24000] | int

AUDIO_PCM_RATE_VALUES: frozenset[int] = frozenset(
    {
        24000,
    }
)
