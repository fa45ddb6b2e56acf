from typing import Literal

TruncationStrategy = Literal["auto", "disabled"]

TRUNCATION_STRATEGY_VALUES: frozenset[TruncationStrategy] = frozenset(
    {
        "auto",
        "disabled",
    }
)
