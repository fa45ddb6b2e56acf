"""The UNSET sentinel: a field the server did not send (distinct from an explicit `null`)."""

from typing import Final, Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of `UNSET`. Falsy, a singleton, and shown as `UNSET`."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()
