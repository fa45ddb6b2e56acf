from typing import Literal

NoiseReductionType = Literal["far_field", "near_field"]

NOISE_REDUCTION_TYPE_VALUES: frozenset[NoiseReductionType] = frozenset(
    {
        "far_field",
        "near_field",
    }
)
