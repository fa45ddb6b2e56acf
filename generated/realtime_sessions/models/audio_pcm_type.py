from typing import Literal, TypeAlias

AudioPCMType: TypeAlias = Literal["audio/pcm"] | str

AUDIO_PCM_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "audio/pcm",
    }
)
