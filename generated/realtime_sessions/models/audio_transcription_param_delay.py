from typing import Literal, TypeAlias

AudioTranscriptionParamDelay: TypeAlias = Literal["high", "low", "medium", "minimal", "xhigh"] | str

AUDIO_TRANSCRIPTION_PARAM_DELAY_VALUES: frozenset[str] = frozenset(
    {
        "high",
        "low",
        "medium",
        "minimal",
        "xhigh",
    }
)
