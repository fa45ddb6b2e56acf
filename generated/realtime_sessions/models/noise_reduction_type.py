from typing import Literal, TypeAlias

NoiseReductionType: TypeAlias = Literal["far_field", "near_field"] | str

NOISE_REDUCTION_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "far_field",
        "near_field",
    }
)
