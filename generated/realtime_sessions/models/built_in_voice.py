from typing import Literal, TypeAlias

BuiltInVoice: TypeAlias = (
    Literal["alloy", "ash", "ballad", "cedar", "coral", "echo", "marin", "sage", "shimmer", "verse"]
    | str
)

BUILT_IN_VOICE_VALUES: frozenset[str] = frozenset(
    {
        "alloy",
        "ash",
        "ballad",
        "cedar",
        "coral",
        "echo",
        "marin",
        "sage",
        "shimmer",
        "verse",
    }
)
