from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..types import UNSET

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
    }
)


@attrs.define(slots=True, eq=True, repr=True)
class CustomVoice:
    """Custom voice reference.

    Attributes:
        id: The custom voice ID, e.g. `voice_1234`.
    """

    id: str

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = {}
        out["id"] = self.id
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        _id = src_dict.get("id", UNSET)
        if _id is UNSET:
            raise _validation.missing("id")
        if _id.__class__ is not str:
            raise _validation.wrong_type("id", "string", _id)

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.id = _id
        # Keys the schema does not declare: one C-level subset test on the common path.
        if not _FIELDS.issuperset(src_dict):
            d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
            raise _validation.unknown_field(next(iter(d)))
        return obj
