from typing import Literal

TranscriptionModel = Literal[
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-live-transcribe",
    "gpt-realtime-whisper",
    "gpt-transcribe",
    "whisper-1",
]

TRANSCRIPTION_MODEL_VALUES: frozenset[TranscriptionModel] = frozenset(
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
