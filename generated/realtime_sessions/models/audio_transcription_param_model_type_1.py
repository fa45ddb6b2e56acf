from typing import Literal, TypeAlias

AudioTranscriptionParamModelType1: TypeAlias = (
    Literal[
        "gpt-4o-mini-transcribe",
        "gpt-4o-mini-transcribe-2025-12-15",
        "gpt-4o-transcribe",
        "gpt-4o-transcribe-diarize",
        "gpt-live-transcribe",
        "gpt-realtime-whisper",
        "gpt-transcribe",
        "whisper-1",
    ]
    | str
)

AUDIO_TRANSCRIPTION_PARAM_MODEL_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "gpt-4o-mini-transcribe",
        "gpt-4o-mini-transcribe-2025-12-15",
        "gpt-4o-transcribe",
        "gpt-4o-transcribe-diarize",
        "gpt-live-transcribe",
        "gpt-realtime-whisper",
        "gpt-transcribe",
        "whisper-1",
    }
)
