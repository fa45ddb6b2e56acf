from typing import Literal, TypeAlias

ModalityParam: TypeAlias = Literal["audio", "text"] | str

MODALITY_PARAM_VALUES: frozenset[str] = frozenset(
    {
        "audio",
        "text",
    }
)
