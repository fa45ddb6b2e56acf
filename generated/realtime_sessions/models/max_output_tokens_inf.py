from typing import Literal

MaxOutputTokensInf = Literal["inf"]

MAX_OUTPUT_TOKENS_INF_VALUES: frozenset[MaxOutputTokensInf] = frozenset(
    {
        "inf",
    }
)
