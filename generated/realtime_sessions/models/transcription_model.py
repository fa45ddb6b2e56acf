from typing import Literal, TypeAlias

TranscriptionModel: TypeAlias = (
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

TRANSCRIPTION_MODEL_VALUES: frozenset[str] = frozenset(
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
