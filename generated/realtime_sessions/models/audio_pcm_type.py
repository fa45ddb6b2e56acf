from typing import Literal

AudioPCMType = Literal["audio/pcm"]

AUDIO_PCM_TYPE_VALUES: frozenset[AudioPCMType] = frozenset(
    {
        "audio/pcm",
    }
)
