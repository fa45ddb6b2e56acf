"""One bound operation's reference page, in Markdown that reads the same on GitHub and in the
MkDocs site: method and path, the Deprecated badge and the successor, the request's parameters
and the response model as trees (type in words, every enum value, description, limits, the
Python that reads each field and the class holding it, the overlays that changed it) and an
example request and response.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..overlays import ActionResult
from ..project import Operation, absolute_doc_links
from .tree import Field, Shape

__all__ = ["Citations", "Example", "OperationPage", "page_name", "render_page"]

INDENT = "    "  # Python-Markdown nests a list item's blocks by four spaces (GitHub agrees)
# Footprint steps that lead into another field's schema: its own citations, not this one's.
_STRUCTURE = frozenset({"properties", "items", "oneOf", "anyOf", "allOf"})
BADGE = '<span class="api-badge api-badge-deprecated">Deprecated</span>'


def page_name(op: Operation) -> str:
    """`/realtime/client_secrets` -> `realtime-client-secrets.md`."""
    return op.path.strip("/").replace("/", "-").replace("_", "-") + ".md"


class Citations:
    """Which overlay actions wrote into which schema: matched to fields by JSON pointer."""

    def __init__(self, results: Iterable[ActionResult]) -> None:
        self._written = [
            (pointer, result)
            for result in results
            for pointer in result.footprint
            if not pointer.endswith("/title")  # names only: the class column shows them
        ]

    def for_shape(self, shape: Shape) -> list[ActionResult]:
        """The actions that changed this schema itself (not the fields below it)."""
        found: list[ActionResult] = []
        for pointer, result in self._written:
            for mine in shape.pointers:
                rest = pointer[len(mine) :]
                inside = pointer.startswith(mine) and (pointer == mine or rest.startswith("/"))
                if inside and _STRUCTURE.isdisjoint(rest.split("/")) and result not in found:
                    found.append(result)
        return found


@dataclass(frozen=True)
class Example:
    """A request or response body from the spec, checked against its schema."""

    name: str
    summary: str
    value: Any


@dataclass(frozen=True)
class OperationPage:
    """What one page shows, gathered by `build.py` (spec, package and overlays already read)."""

    op: Operation
    title: str  # "Create session"
    summary: str
    deprecated: bool
    successor: Operation | None
    successor_label: str | None
    request: Shape
    response: Shape
    variable: str  # the name the response is read through: `session`
    request_examples: list[Example]
    response_examples: list[Example]
    overlay_titles: Mapping[str, str]  # overlay file -> its info.title
    citations: Citations


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}" if fence == "`" else f"{fence} {text} {fence}"


def _indented(text: str, indent: str) -> list[str]:
    text = absolute_doc_links(text)
    return [f"{indent}{line}".rstrip() for line in text.splitlines()]


def _anchor(where: str, path: list[str]) -> str:
    return ".".join([where, *path])


def _branch_step(shape: Shape, index: int) -> str:
    return "~" + "_".join((shape.title or str(index)).split())


def _cite(page: OperationPage, shape: Shape, indent: str) -> list[str]:
    lines: list[str] = []
    for result in page.citations.for_shape(shape):
        action = result.action
        title = page.overlay_titles.get(action.overlay, "")
        why = str(action.spec.get("description") or "").strip()
        name = action.overlay.removesuffix(".yaml")
        lines += [
            "",
            f"{indent}Changed by overlay `{name}` ({title}), action {action.number}"
            + (f": {why}" if why and why != title else ""),
        ]
    return lines


def _details(page: OperationPage, field_or_shape: Field | Shape, indent: str) -> list[str]:
    """The paragraphs under an entry: description, values, limits, Python, overlays."""
    shape = field_or_shape.shape if isinstance(field_or_shape, Field) else field_or_shape
    lines: list[str] = []
    if shape.description:
        lines += ["", *_indented(shape.description, indent)]
    values = shape.enum or [v for b in shape.branches for v in b.enum if not b.description]
    if values:
        shown = ", ".join(_code(json.dumps(v, ensure_ascii=False)) for v in values)
        lines += ["", f"{indent}Values: {shown}"]
    if shape.limits:
        lines += ["", f"{indent}Limits: {', '.join(shape.limits)}"]
    if shape.default is not ...:
        lines += ["", f"{indent}Default: {_code(json.dumps(shape.default, ensure_ascii=False))}"]
    python = field_or_shape.python if isinstance(field_or_shape, Field) else None
    if python is not None and python.holder:
        lines += [
            "",
            f"{indent}Python: {_code(python.expression)}, {_code(str(python.annotation))},"
            f" on {_code(python.holder)}",
        ]
    elif python is not None:
        lines += ["", f"{indent}Python: {_code(python.expression)}"]
    return lines + _cite(page, shape, indent)


def _shows(branch: Shape) -> bool:
    """A union branch gets its own entry when it has more to say than its type label."""
    return bool(branch.properties or branch.branches or branch.description)


def _entries(
    page: OperationPage, shape: Shape, where: str, path: list[str], depth: int
) -> list[str]:
    """The fields and union branches below `shape`, as a nested list."""
    indent = INDENT * depth
    lines: list[str] = []
    for field in shape.properties:
        here = [*path, field.name]
        need = "required" if field.required else "optional"
        lines += [
            "",
            f'{indent}- <a id="{_anchor(where, here)}"></a>**{_code(field.name)}**:'
            f" {need} {field.shape.named_label()}",
            *_details(page, field, indent + INDENT),
            *_children(page, field.shape, where, here, depth + 1),
        ]
    return lines


def _children(
    page: OperationPage, shape: Shape, where: str, path: list[str], depth: int
) -> list[str]:
    indent = INDENT * depth
    lines = _entries(page, shape, where, path, depth)
    shown = [(i, b) for i, b in enumerate(shape.branches) if _shows(b)]
    if shown:
        lines += ["", f"{indent}One of the following:"]
        for index, branch in shown:
            here = [*path, _branch_step(branch, index)]
            title = f"**{_code(branch.title)}** " if branch.title else ""
            lines += [
                "",
                f'{indent}- <a id="{_anchor(where, here)}"></a>{title}{branch.label()}',
                *_details(page, branch, indent + INDENT),
                *_children(page, branch, where, here, depth + 1),
            ]
    if shape.items is not None:
        items = shape.items
        if items.description and (items.properties or items.branches):
            lines += ["", f"{indent}Each item: {' '.join(items.description.split())}"]
        lines += _children(page, items, where, path, depth)
    return lines


def _tree(page: OperationPage, shape: Shape, name: str, where: str) -> list[str]:
    lines = [f"**{_code(name)}** {shape.label()}", *_details(page, shape, "")]
    return lines + _children(page, shape, where, [], 0)


def python_literal(value: Any, indent: str = "") -> str:
    """A JSON value as Python source, in ruff's style: double quotes, one item a line when long."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a Python string literal
    if not isinstance(value, dict | list):
        return repr(value)
    inner = indent + INDENT
    if isinstance(value, dict):
        items = [f"{python_literal(k)}: {python_literal(v, inner)}" for k, v in value.items()]
        opening, closing = "{", "}"
    else:
        items = [python_literal(v, inner) for v in value]
        opening, closing = "[", "]"
    flat = f"{opening}{', '.join(items)}{closing}"
    if len(flat) + len(indent) <= 72 and "\n" not in flat:
        return flat
    return "\n".join([opening, *(f"{inner}{item}," for item in items), f"{indent}{closing}"])


def _python_call(page: OperationPage, example: Example) -> str:
    op = page.op
    arguments = [
        f"{INDENT * 2}{key}={python_literal(value, INDENT * 2)},"
        for key, value in example.value.items()
    ]
    return "\n".join(
        [
            f"from realtime_sessions import {op.client}",
            "",
            f"with {op.client}() as client:",
            f"    {page.variable} = client.{op.call}(",
            *arguments,
            "    )",
        ]
    )


def _examples(page: OperationPage) -> Iterator[str]:
    for example in page.request_examples:
        yield f"### Request: {example.summary or example.name}"
        yield ""
        yield f"```python\n{_python_call(page, example)}\n```"
        yield ""
        yield f"sends `{page.op.label}` with the body"
        yield ""
        yield f"```json\n{json.dumps(example.value, indent=2, ensure_ascii=False)}\n```"
        yield ""
    for example in page.response_examples:
        yield f"### Response: {example.summary or example.name}"
        yield ""
        yield f"```json\n{json.dumps(example.value, indent=2, ensure_ascii=False)}\n```"
        yield ""


def render_page(page: OperationPage) -> str:
    op = page.op
    head = [
        "<!-- Generated from the resolved fragment (openapi/fragment.yaml + overlays) and the"
        " package by `nox -s docs`; do not edit. -->",
        "",
        f"# {page.title}" + (f" {BADGE}" if page.deprecated else ""),
        "",
        f"**`{op.label}`** · Python: `{op.client}.{op.call}` / `{op.async_client}.{op.call}`"
        f" → `{op.response}`",
        "",
    ]
    if page.deprecated:
        instead = (
            f"`{page.successor.client}.{page.successor.call}` (`{page.successor.label}`,"
            f" [reference]({page_name(page.successor)}))"
            if page.successor
            else f"`{page.successor_label}`"
            if page.successor_label
            else "its successor"
        )
        head += [
            f"> **Deprecated.** Use {instead} instead. `{op.client}.{op.call}()` warns once per"
            " process with a `DeprecationWarning` naming it.",
            "",
        ]
    head += [*_indented(page.summary, ""), ""]
    body = [
        "## Request parameters",
        "",
        f"Keyword arguments of `{op.client}.{op.call}(...)` (typed by `{op.params}`): the JSON"
        " names of the request body. Nested objects are plain dicts; the client checks them"
        " against the schema (types, enum values, limits) before anything is sent.",
        "",
        *_tree(page, page.request, op.params, "request"),
        "",
        "## Response",
        "",
        f"`{op.client}.{op.call}()` returns a `{op.response}` (attrs classes from"
        " `realtime_sessions.models`). A field the server left out is `UNSET`; fields the"
        " schema does not declare are kept in `additional_properties`.",
        "",
        *_tree(page, page.response, op.response, "response"),
        "",
        "## Examples",
        "",
        "From the spec (after overlays); each one validates against its schema.",
        "",
        *_examples(page),
    ]
    return "\n".join(head + body).rstrip() + "\n"
