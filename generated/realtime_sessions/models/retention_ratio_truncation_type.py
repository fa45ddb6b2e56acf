from typing import Literal, TypeAlias

RetentionRatioTruncationType: TypeAlias = Literal["retention_ratio"] | str

RETENTION_RATIO_TRUNCATION_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "retention_ratio",
    }
)
