from typing import Literal

MaxResponseOutputTokensInf = Literal["inf"]

MAX_RESPONSE_OUTPUT_TOKENS_INF_VALUES: frozenset[MaxResponseOutputTokensInf] = frozenset(
    {
        "inf",
    }
)
