from typing import Literal, TypeAlias

PromptCacheBreakpointConfigMode: TypeAlias = Literal["explicit"] | str

PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES: frozenset[str] = frozenset(
    {
        "explicit",
    }
)
