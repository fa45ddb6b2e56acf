"""Spec-drift reports: text for terminals, markdown for pull requests, JSON for machines.

Changes are grouped by operation (`POST /realtime/sessions`), then by severity. The JSON
document is the machine-readable contract (docs/spec-drift.md): one object with `breaking`,
`stale_overlays`, `summary`, `operations` (each with its own summary), `changes` (each naming its
`operation`), `sides` and `notes`, or, when an input is unusable,
`{"error": ..., "input": "old" | "new" | null}`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from ..specio import dump_json
from .model import Change, DriftReport, Severity, SideReport

__all__ = [
    "FORMATS",
    "render",
    "render_error",
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
_STALE = (
    "STALE OVERLAYS: upstream no longer matches these actions; revise them (regenerate fails too)"
)


def summary(report: DriftReport) -> str:
    """One line of counts; the gate and every format print this same line."""
    if not report.changes:
        text = "no changes"
    else:
        counts = report.counts()
        text = ", ".join(f"{counts[s.value]} {s.value}" for s in _ORDER)
        if counts["hidden"]:
            text += f" ({counts['hidden']} hidden by overlays)"
    stale = sum(len(side.not_applied) for side in report.stale_sides)
    return f"{text}; {stale} stale overlay action(s)" if stale else text


def _grouped(changes: Sequence[Change]) -> list[tuple[Severity, list[Change]]]:
    groups = [(s, [c for c in changes if c.severity is s]) for s in _ORDER]
    return [(s, group) for s, group in groups if group]


def _by_operation(report: DriftReport) -> list[tuple[str, list[Change]]]:
    return [
        (name, [c for c in report.changes if c.operation == name]) for name in report.operations
    ]


def _operation_line(report: DriftReport, operation: str) -> str:
    counts = report.counts(operation)
    return f"{operation or 'the operation'}: " + ", ".join(
        f"{counts[s.value]} {s.value}" for s in _ORDER
    )


def _side_line(side: SideReport) -> str:
    total = side.applied + len(side.not_applied)
    if side.overlays == "none":
        return f"{side.role} ({side.source}): read as written"
    return (
        f"{side.role} ({side.source}): overlays {side.overlays}, "
        f"{side.applied} of {total} action(s) applied"
    )


def _not_applied(side: SideReport) -> list[str]:
    return [f"{side.role}: {a} ({target}): {why}" for a, target, why in side.not_applied]


def _text_lines(report: DriftReport) -> list[tuple[str, str]]:
    """(line, rich style) pairs; the plain renderer ignores the style."""
    lines: list[tuple[str, str]] = []
    if report.stale_sides:
        lines.append((_STALE, "bold red"))
        lines += [(f"  {line}", "") for side in report.stale_sides for line in _not_applied(side)]
        lines.append(("", ""))
    for operation, changes in _by_operation(report):
        lines.append((f"== {_operation_line(report, operation)}", "bold"))
        for severity, group in _grouped(changes):
            lines.append((f"{severity.value.upper()} ({len(group)})", _STYLES[severity]))
            for change in group:
                tag = "  [hidden by overlays]" if change.hidden else ""
                lines.append((f"  {change.kind}  {change.pointer}{tag}", _STYLES[severity]))
                lines.append((f"      {change.message}", ""))
                if change.symbols:
                    lines.append((f"      → {', '.join(change.symbols)}", "cyan"))
            lines.append(("", ""))
    for side in report.sides:
        lines.append((_side_line(side), "dim"))
        if not side.stale:
            lines += [(f"  did not apply: {line}", "dim") for line in _not_applied(side)]
    lines += [(f"note: {note}", "dim") for note in report.notes]
    lines.append((f"Spec drift: {summary(report)}", "bold"))
    return lines


def render_text(report: DriftReport) -> str:
    return "\n".join(line for line, _ in _text_lines(report)) + "\n"


def write_text(report: DriftReport, stream: TextIO = sys.stdout) -> None:
    """Coloured (rich) when `stream` is a terminal and rich is installed; plain otherwise."""
    if stream.isatty():
        try:
            from rich.console import Console
            from rich.text import Text
        except ImportError:  # rich comes with the `mock` group; plain text is just as complete
            pass
        else:
            console = Console(file=stream, highlight=False, soft_wrap=True)
            for line, style in _text_lines(report):
                console.print(Text(line, style=style))
            return
    stream.write(render_text(report))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: DriftReport) -> str:
    out = [f"## Spec drift: {summary(report)}", ""]
    if report.stale_sides:
        out += [f"**{_STALE}**", ""]
        out += [f"- {_cell(line)}" for side in report.stale_sides for line in _not_applied(side)]
        out.append("")
    for operation, changes in _by_operation(report):
        out += [f"### `{operation or 'the operation'}`", "", _operation_line(report, operation), ""]
        for severity, group in _grouped(changes):
            heading = f"{_MARKDOWN_HEADINGS[severity]} ({len(group)})"
            folded = severity is Severity.INFO  # documentation-only noise stays out of the way
            out += (
                [f"<details><summary>{heading}</summary>", ""]
                if folded
                else [f"#### {heading}", ""]
            )
            out += ["| Kind | Pointer | Why | Generated symbols |", "| --- | --- | --- | --- |"]
            for c in group:
                symbols = ", ".join(f"`{s}`" for s in c.symbols)
                kind = f"`{c.kind}` (hidden)" if c.hidden else f"`{c.kind}`"
                out.append(
                    f"| {kind} | `{_cell(c.pointer)}` | {_cell(c.message)} | {_cell(symbols)} |"
                )
            out += ["", "</details>", ""] if folded else [""]
    details = [
        line
        for side in report.sides
        for line in [_side_line(side), *([] if side.stale else _not_applied(side))]
    ]
    details += [f"note: {note}" for note in report.notes]
    if details:
        out += ["<details><summary>How the sides were read</summary>", ""]
        out += [f"- {_cell(line)}" for line in details]
        out += ["", "</details>", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_json(report: DriftReport) -> str:
    return dump_json(report.as_json())


def render_error(message: str, role: str | None) -> str:
    """The JSON document for unusable input: what is wrong, and with which side."""
    return dump_json({"error": message, "input": role})


FORMATS = {"text": render_text, "markdown": render_markdown, "json": render_json}


def render(report: DriftReport, fmt: str) -> str:
    return FORMATS[fmt](report)
