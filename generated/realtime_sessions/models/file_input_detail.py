from typing import Literal, TypeAlias

FileInputDetail: TypeAlias = Literal["auto", "high", "low"] | str

FILE_INPUT_DETAIL_VALUES: frozenset[str] = frozenset(
    {
        "auto",
        "high",
        "low",
    }
)
