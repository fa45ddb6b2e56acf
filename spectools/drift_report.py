"""Spec-drift reports: text for terminals, markdown for pull requests, JSON for machines."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from .drift_rules import Change, Severity
from .specio import dump_json

__all__ = [
    "FORMATS",
    "render",
    "render_json",
    "render_markdown",
    "render_text",
    "summary",
    "write_text",
]

_ORDER = (Severity.BREAKING, Severity.NON_BREAKING, Severity.INFO)
_STYLES = {Severity.BREAKING: "bold red", Severity.NON_BREAKING: "yellow", Severity.INFO: "dim"}
_MARKDOWN_HEADINGS = {
    Severity.BREAKING: "❌ Breaking",
    Severity.NON_BREAKING: "⚠️ Non-breaking",
    Severity.INFO: "📝 Info",
}


def summary(changes: Sequence[Change]) -> str:
    if not changes:
        return "no changes"
    return ", ".join(f"{sum(c.severity is s for c in changes)} {s.value}" for s in _ORDER)


def _grouped(changes: Sequence[Change]) -> list[tuple[Severity, list[Change]]]:
    groups = [(s, [c for c in changes if c.severity is s]) for s in _ORDER]
    return [(s, group) for s, group in groups if group]


def _text_lines(changes: Sequence[Change]) -> list[tuple[str, str]]:
    """(line, rich style) pairs; the plain renderer ignores the style."""
    lines: list[tuple[str, str]] = []
    for severity, group in _grouped(changes):
        lines.append((f"{severity.value.upper()} ({len(group)})", _STYLES[severity]))
        for change in group:
            lines.append((f"  {change.kind}  {change.pointer}", _STYLES[severity]))
            lines.append((f"      {change.message}", ""))
            if change.symbols:
                lines.append((f"      → {', '.join(change.symbols)}", "cyan"))
        lines.append(("", ""))
    lines.append((f"Spec drift: {summary(changes)}", "bold"))
    return lines


def render_text(changes: Sequence[Change]) -> str:
    return "\n".join(line for line, _ in _text_lines(changes)) + "\n"


def write_text(changes: Sequence[Change], stream: TextIO = sys.stdout) -> None:
    """Coloured (rich) when `stream` is a terminal and rich is installed; plain otherwise."""
    if stream.isatty():
        try:
            from rich.console import Console
            from rich.text import Text
        except ImportError:  # rich comes with the `mock` group; plain text is just as complete
            pass
        else:
            console = Console(file=stream, highlight=False, soft_wrap=True)
            for line, style in _text_lines(changes):
                console.print(Text(line, style=style))
            return
    stream.write(render_text(changes))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(changes: Sequence[Change]) -> str:
    out = [f"## Spec drift: {summary(changes)}", ""]
    for severity, group in _grouped(changes):
        heading = f"{_MARKDOWN_HEADINGS[severity]} ({len(group)})"
        folded = severity is Severity.INFO  # documentation-only noise stays out of the way
        out += [f"<details><summary>{heading}</summary>", ""] if folded else [f"### {heading}", ""]
        out += ["| Kind | Pointer | Why | Generated symbols |", "| --- | --- | --- | --- |"]
        for c in group:
            symbols = ", ".join(f"`{s}`" for s in c.symbols)
            out.append(
                f"| `{c.kind}` | `{_cell(c.pointer)}` | {_cell(c.message)} | {_cell(symbols)} |"
            )
        out += ["", "</details>", ""] if folded else [""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_json(changes: Sequence[Change]) -> str:
    breaking = any(c.severity is Severity.BREAKING for c in changes)
    return dump_json({"breaking": breaking, "changes": [c.as_json() for c in changes]})


FORMATS = {"text": render_text, "markdown": render_markdown, "json": render_json}


def render(changes: Sequence[Change], fmt: str) -> str:
    return FORMATS[fmt](changes)
