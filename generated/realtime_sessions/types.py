"""The UNSET sentinel: a field the server did not send (distinct from an explicit `null`).

    session.client_secret.value              # mypy: "Unset" has no attribute "value"
    if session.client_secret is not UNSET:   # narrows to ClientSecret
        session.client_secret.value

UNSET has no attribute a model has: reading one raises AttributeError instead of giving a
plausible value (an Enum member would answer `.value` with 'UNSET'). Type checkers see a PEP 661
sentinel (`typing_extensions.sentinel`, `builtins.sentinel` from Python 3.15), which is what
lets mypy narrow `x is not UNSET` and flag unguarded attribute access; at run time it is the one
instance of the final class `Unset`, so the package needs no typing_extensions. Test for it with
`is UNSET` / `is not UNSET`.
"""

from typing import TYPE_CHECKING, Any, Literal, final

__all__ = ["UNSET", "Unset"]

if TYPE_CHECKING:
    from typing import TypeAlias

    from typing_extensions import sentinel

    UNSET = sentinel("UNSET")
    Unset: TypeAlias = UNSET
else:

    @final
    class Unset:
        """The type of `UNSET`, a field the server did not send; `UNSET` is its only instance."""

        __slots__ = ()

        def __new__(cls) -> "Unset":
            return UNSET

        def __bool__(self) -> Literal[False]:
            return False

        def __repr__(self) -> str:
            return "UNSET"

        def __reduce__(self) -> str:
            return "UNSET"  # pickled as the module global: identity survives a round trip

        def __copy__(self) -> "Unset":
            return self

        def __deepcopy__(self, memo: Any) -> "Unset":
            return self

    UNSET = object.__new__(Unset)
