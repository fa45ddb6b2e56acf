from typing import Literal

RetentionRatioTruncationType = Literal["retention_ratio"]

RETENTION_RATIO_TRUNCATION_TYPE_VALUES: frozenset[RetentionRatioTruncationType] = frozenset(
    {
        "retention_ratio",
    }
)
