from typing import Literal

TracingAutoParam = Literal["auto"]

TRACING_AUTO_PARAM_VALUES: frozenset[TracingAutoParam] = frozenset(
    {
        "auto",
    }
)
