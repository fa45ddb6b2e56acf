from typing import Literal, TypeAlias

MaxResponseOutputTokensInf: TypeAlias = Literal["inf"] | str

MAX_RESPONSE_OUTPUT_TOKENS_INF_VALUES: frozenset[str] = frozenset(
    {
        "inf",
    }
)
