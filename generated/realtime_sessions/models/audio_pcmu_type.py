from typing import Literal, TypeAlias

AudioPCMUType: TypeAlias = Literal["audio/pcmu"] | str

AUDIO_PCMU_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "audio/pcmu",
    }
)
