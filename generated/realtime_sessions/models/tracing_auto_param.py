from typing import Literal, TypeAlias

TracingAutoParam: TypeAlias = Literal["auto"] | str

TRACING_AUTO_PARAM_VALUES: frozenset[str] = frozenset(
    {
        "auto",
    }
)
