from typing import Literal, TypeAlias

ToolChoiceMode: TypeAlias = Literal["auto", "none", "required"] | str

TOOL_CHOICE_MODE_VALUES: frozenset[str] = frozenset(
    {
        "auto",
        "none",
        "required",
    }
)
