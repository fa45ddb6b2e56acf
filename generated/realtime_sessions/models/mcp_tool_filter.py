from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "tool_names",
        "read_only",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class MCPToolFilter:
    """A filter object to specify which tools are allowed.

    Attributes:
        tool_names: List of allowed tool names.
        read_only: Indicates whether or not a tool modifies data or is read-only. If an
            MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specif
            ication/2025-06-18/schema#toolannotations-readonlyhint),
            it will match this filter.
    """

    tool_names: list[str] | Unset = UNSET

    read_only: bool | Unset = UNSET

    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = {}
        if self.tool_names is not UNSET:
            out["tool_names"] = list(self.tool_names)

        if self.read_only is not UNSET:
            out["read_only"] = self.read_only
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_mcp_tool_filter(cls, src_dict)


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=MCPToolFilter)


def parse_mcp_tool_filter(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _tool_names = src_dict.get("tool_names", UNSET)
    if _tool_names is not UNSET:
        _known += 1
        if _tool_names.__class__ is not list:
            raise _validation.wrong_type("tool_names", "array", _tool_names)
        for _i_tool_names, _x_tool_names in enumerate(_tool_names):
            if _x_tool_names.__class__ is not str:
                raise _validation.wrong_type(
                    _validation.item("tool_names", _i_tool_names), "string", _x_tool_names
                )

    _read_only = src_dict.get("read_only", UNSET)
    if _read_only is not UNSET:
        _known += 1
        if _read_only.__class__ is not bool:
            raise _validation.wrong_type("read_only", "boolean", _read_only)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.tool_names = _tool_names
    obj.read_only = _read_only
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        raise _validation.unknown_field(next(iter(d)))
    return obj
