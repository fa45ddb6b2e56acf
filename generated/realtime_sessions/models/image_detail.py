from typing import Literal, TypeAlias

ImageDetail: TypeAlias = Literal["auto", "high", "low", "original"] | str

IMAGE_DETAIL_VALUES: frozenset[str] = frozenset(
    {
        "auto",
        "high",
        "low",
        "original",
    }
)
