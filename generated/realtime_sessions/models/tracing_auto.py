from typing import Literal

TracingAuto = Literal["auto"]

TRACING_AUTO_VALUES: frozenset[TracingAuto] = frozenset(
    {
        "auto",
    }
)
