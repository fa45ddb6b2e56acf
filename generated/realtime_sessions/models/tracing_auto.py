from typing import Literal, TypeAlias

TracingAuto: TypeAlias = Literal["auto"] | str

TRACING_AUTO_VALUES: frozenset[str] = frozenset(
    {
        "auto",
    }
)
