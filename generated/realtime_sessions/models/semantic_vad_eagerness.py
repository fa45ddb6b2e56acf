from typing import Literal, TypeAlias

SemanticVADEagerness: TypeAlias = Literal["auto", "high", "low", "medium"] | str

SEMANTIC_VAD_EAGERNESS_VALUES: frozenset[str] = frozenset(
    {
        "auto",
        "high",
        "low",
        "medium",
    }
)
