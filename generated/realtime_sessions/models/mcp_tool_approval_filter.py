from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import attrs

from .. import _validation
from ..models.mcp_tool_filter import MCPToolFilter
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "always",
        "never",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class MCPToolApprovalFilter:
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

    Attributes:
        always: A filter object to specify which tools are allowed.
        never: A filter object to specify which tools are allowed.
    """

    always: MCPToolFilter | Unset = UNSET

    never: MCPToolFilter | Unset = UNSET

    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = {}
        if self.always is not UNSET:
            out["always"] = self.always.to_dict()
        if self.never is not UNSET:
            out["never"] = self.never.to_dict()
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _validation.wrong_type("", "object", src_dict)
        _always = src_dict.get("always", UNSET)
        if _always is not UNSET:
            try:
                _always = MCPToolFilter.from_dict(_always)
            except _validation.ModelValidationError as exc:
                raise _validation.within("always", exc) from None

        _never = src_dict.get("never", UNSET)
        if _never is not UNSET:
            try:
                _never = MCPToolFilter.from_dict(_never)
            except _validation.ModelValidationError as exc:
                raise _validation.within("never", exc) from None

        # Every field is set here, as __init__ would: a call with one keyword per field costs
        # several times these stores, and is most of model building for small objects.
        obj = object.__new__(cls)
        obj.always = _always
        obj.never = _never
        # Keys the schema does not declare: one C-level subset test on the common path.
        if not _FIELDS.issuperset(src_dict):
            d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
            raise _validation.unknown_field(next(iter(d)))
        return obj
