from typing import Literal, TypeAlias

MaxOutputTokensInf: TypeAlias = Literal["inf"] | str

MAX_OUTPUT_TOKENS_INF_VALUES: frozenset[str] = frozenset(
    {
        "inf",
    }
)
