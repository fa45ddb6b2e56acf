from typing import Literal, TypeAlias

Modality: TypeAlias = Literal["audio", "text"] | str

MODALITY_VALUES: frozenset[str] = frozenset(
    {
        "audio",
        "text",
    }
)
