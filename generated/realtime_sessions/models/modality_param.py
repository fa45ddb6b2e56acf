from typing import Literal

ModalityParam = Literal["audio", "text"]

MODALITY_PARAM_VALUES: frozenset[ModalityParam] = frozenset(
    {
        "audio",
        "text",
    }
)
