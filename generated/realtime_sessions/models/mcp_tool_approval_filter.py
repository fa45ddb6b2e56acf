from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.mcp_tool_filter import MCPToolFilter, parse_mcp_tool_filter
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
        return parse_mcp_tool_approval_filter(cls, src_dict)


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=MCPToolApprovalFilter)


def parse_mcp_tool_approval_filter(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _always = src_dict.get("always", UNSET)
    if _always is not UNSET:
        _known += 1
        try:
            _always = parse_mcp_tool_filter(MCPToolFilter, _always)
        except _validation.ModelValidationError as exc:
            raise _validation.within("always", exc) from None

    _never = src_dict.get("never", UNSET)
    if _never is not UNSET:
        _known += 1
        try:
            _never = parse_mcp_tool_filter(MCPToolFilter, _never)
        except _validation.ModelValidationError as exc:
            raise _validation.within("never", exc) from None

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.always = _always
    obj.never = _never
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        raise _validation.unknown_field(next(iter(d)))
    return obj
