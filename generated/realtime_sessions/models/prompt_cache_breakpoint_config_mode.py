from typing import Literal

PromptCacheBreakpointConfigMode = Literal["explicit"]

PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES: frozenset[PromptCacheBreakpointConfigMode] = frozenset(
    {
        "explicit",
    }
)
