from typing import Literal, TypeAlias

TruncationStrategy: TypeAlias = Literal["auto", "disabled"] | str

TRUNCATION_STRATEGY_VALUES: frozenset[str] = frozenset(
    {
        "auto",
        "disabled",
    }
)
