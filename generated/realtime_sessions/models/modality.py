from typing import Literal

Modality = Literal["audio", "text"]

MODALITY_VALUES: frozenset[Modality] = frozenset(
    {
        "audio",
        "text",
    }
)
