from typing import Literal, TypeAlias

AudioPCMAType: TypeAlias = Literal["audio/pcma"] | str

AUDIO_PCMA_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "audio/pcma",
    }
)
