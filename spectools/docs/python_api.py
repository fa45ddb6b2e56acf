"""Which Python expression reads each field, and which class holds it: found by introspecting
the generated package (attrs fields and type hints of the classes it exports), never re-derived
from schema titles, so a page cannot name a class or attribute the code does not have.

Request fields are documented as the keyword arguments and dict keys of `create(...)`: their
names are the JSON names.
"""

from __future__ import annotations

import types
import typing
from typing import Any

import attrs

from ..naming import class_name, python_identifier
from ..specio import SpecError
from .tree import Field, PythonField, Shape

__all__ = ["DocsError", "annotate_arguments", "annotate_response", "format_annotation"]


class DocsError(SpecError):
    """The reference cannot be written: the schema and the generated package disagree."""


def format_annotation(hint: Any) -> str:
    """A type hint as the source spells it: `list[RealtimeFunctionTool] | Unset`."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(format_annotation(arg) for arg in args)
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    if origin is not None:
        return f"{origin.__name__}[{', '.join(format_annotation(arg) for arg in args)}]"
    if hint is type(None):
        return "None"
    return str(getattr(hint, "__name__", hint))


def _members(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [m for arg in typing.get_args(hint) for m in _members(arg)]
    return [hint]


def _classes(hint: Any) -> list[type]:
    return [m for m in _members(hint) if isinstance(m, type) and attrs.has(m)]


def _item_hint(hint: Any) -> Any:
    """`list[X] | Unset` -> X (a union of the item types of every list member)."""
    items = [typing.get_args(m)[0] for m in _members(hint) if typing.get_origin(m) is list]
    return typing.Union[tuple(items)] if items else None  # noqa: UP007 - built at run time


def _declared(cls: type) -> set[str]:
    # the schema's properties are the constructor's arguments; additional_properties and a
    # response's _request_id are set otherwise
    return {f.name for f in attrs.fields(cls) if f.init}


def _class_for(shape: Shape, candidates: list[type], expression: str) -> type:
    """The one candidate class whose attributes are exactly the object's properties (by title
    when several have the same attributes, as the three audio formats' `{type}` do)."""
    wanted = {python_identifier(f.name) for f in shape.properties}
    matching = [c for c in candidates if _declared(c) == wanted]
    if len(matching) > 1 and shape.title:
        matching = [c for c in matching if c.__name__ == class_name(shape.title)]
    if len(matching) != 1:
        names = ", ".join(c.__name__ for c in candidates) or "no attrs class"
        raise DocsError(
            f"`{expression}`: no single class among {names} declares exactly the schema's"
            f" properties {sorted(wanted)}; regenerate the package"
        )
    return matching[0]


def _annotate(shape: Shape, hint: Any, expression: str, exported: Any) -> None:
    if shape.recursive:
        return
    if shape.properties:
        cls = _class_for(shape, _classes(hint), expression)
        if getattr(exported, cls.__name__, None) is not cls:
            raise DocsError(f"class {cls.__name__} (`{expression}`) is not exported by the package")
        hints = typing.get_type_hints(cls)
        for field in shape.properties:
            attribute = python_identifier(field.name)
            if attribute not in hints:
                raise DocsError(f"{cls.__name__} has no attribute {attribute!r} for {field.name!r}")
            reads = f"{expression}.{attribute}"
            field.python = PythonField(reads, cls.__name__, format_annotation(hints[attribute]))
            _annotate(field.shape, hints[attribute], reads, exported)
    for branch in shape.branches:
        _annotate(branch, hint, expression, exported)
    if shape.items is not None:
        _annotate(shape.items, _item_hint(hint), f"{expression}[0]", exported)


def annotate_response(shape: Shape, cls: type, variable: str, exported: Any) -> None:
    """Set `python` on every field below `shape`, the schema of `cls` (read as `variable`);
    `exported` is the module that exports the model classes. DocsError where they disagree."""
    _annotate(shape, cls, variable, exported)


def _fields(shape: Shape) -> list[Field]:
    found = list(shape.properties)
    for branch in shape.branches:
        found += _fields(branch)
    return found


def annotate_arguments(shape: Shape, call: str) -> None:
    """Request fields: `create(voice=...)` at the top, then dict keys: `turn_detection["type"]`."""

    def visit(inner: Shape, prefix: str) -> None:
        for field in _fields(inner):
            reads = f'{prefix}["{field.name}"]'
            field.python = PythonField(reads)
            visit(field.shape, reads)
            if field.shape.items is not None:
                visit(field.shape.items, f"{reads}[0]")

    for field in _fields(shape):
        field.python = PythonField(f"{call}({field.name}=...)")
        visit(field.shape, field.name)
        if field.shape.items is not None:
            visit(field.shape.items, f"{field.name}[0]")
