"""The UNSET sentinel: a field the server did not send (distinct from an explicit `null`)."""

import enum
from typing import Final, Literal

__all__ = ["UNSET", "Unset"]


class Unset(enum.Enum):
    """The type of `UNSET`. A one-member enum, so `x is not UNSET` narrows types for checkers."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET
