from typing import Literal

ImageDetail = Literal["auto", "high", "low", "original"]

IMAGE_DETAIL_VALUES: frozenset[ImageDetail] = frozenset(
    {
        "auto",
        "high",
        "low",
        "original",
    }
)
