from typing import Literal

FileInputDetail = Literal["auto", "high", "low"]

FILE_INPUT_DETAIL_VALUES: frozenset[FileInputDetail] = frozenset(
    {
        "auto",
        "high",
        "low",
    }
)
