"""`spec-diff OLD NEW`: classify the changes to the bound operations between two specs.

    python -m spectools spec-diff OLD NEW [--format text|markdown|json]
        [--fail-on breaking|any|never] [--output FILE] [--no-overlays] [--repo DIR]

OLD and NEW are files (the project's fragment or a full upstream description) or `git:REF` (the
project's fragment and overlays at a revision). Changes are reported per bound operation
(`openapi/operations.yaml`); an operation one side lacks is reported added or removed. Exit 0 when nothing reaches `--fail-on`, 1 when
a change does (or a side's own overlays are stale), 2 when an input is unusable. With `--format
json` the output is always exactly one JSON document, an `{"error": ...}` one for unusable
input, so that a machine can tell the cases apart even where exit codes are folded (nox).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from ..project import ROOT, Operation, operations
from ..specio import SpecError
from .diff.operation import ModelNames, compare_operation, endpoint_change
from .formatters import FORMATS, render, render_error, write_text
from .load import InputError, ReadSide, load_pair, model_names
from .masking import hidden_changes
from .model import Change, DriftReport, Severity

__all__ = ["FAIL_ON", "diff_documents", "diff_sides", "diff_specs", "main"]

# `--fail-on` -> the lowest severity that fails; None never fails.
FAIL_ON: dict[str, Severity | None] = {
    "breaking": Severity.BREAKING,
    "any": Severity.INFO,
    "never": None,
}


def _has(doc: dict[str, Any], op: Operation) -> bool:
    return op.method in ((doc.get("paths") or {}).get(op.path) or {})


def diff_documents(
    old: dict[str, Any],
    new: dict[str, Any],
    names: Callable[[Operation], ModelNames] | None = None,
) -> list[Change]:
    """The changes to every bound operation between two already loaded (and overlaid)
    documents, each labelled with its operation, operation by operation."""
    changes: list[Change] = []
    for op in operations():
        if _has(old, op) and _has(new, op):
            model_names = names(op) if names is not None else None
            found = compare_operation(old, new, op.path, op.method, model_names, op.roots)
        elif _has(old, op) or _has(new, op):
            found = [endpoint_change(old, new, op.path, op.method, op.roots)]
        else:
            continue
        changes += [replace(change, operation=op.label) for change in found]
    return changes


def diff_sides(
    old: ReadSide, new: ReadSide, notes: Sequence[str] = (), repo: Path = ROOT
) -> DriftReport:
    """The report for two sides read through their overlays: the changes users of the client
    see, plus every upstream change the overlays hide (see `masking`)."""
    names = model_names(old, new, repo)
    changes = diff_documents(old.document, new.document, names)
    if old.overlays_from != "none" or new.overlays_from != "none":
        raw = diff_documents(old.side.fragment, new.side.fragment, names)
        changes += hidden_changes(raw, changes, old, new)
    return DriftReport(tuple(changes), (old.report(), new.report()), tuple(notes))


def diff_specs(
    old: str, new: str, *, repo: Path | None = None, overlays: bool = True
) -> DriftReport:
    """The report for two named sides (paths or `git:REF`, resolved in `repo`, by default the
    repository this package belongs to)."""
    root = repo or ROOT
    old_side, new_side, notes = load_pair(old, new, root, overlays=overlays)
    return diff_sides(old_side, new_side, notes, root)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise SpecError(f"usage: {message}")


def _wants_json(argv: Sequence[str]) -> bool:
    pairs = zip(argv, [*argv[1:], ""], strict=True)
    return any(a == "--format=json" or (a == "--format" and b == "json") for a, b in pairs)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"--output {output}: cannot write ({exc.strerror})") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = _Parser(
        prog="python -m spectools spec-diff",
        description="Classify changes to the bound operations: breaking, non-breaking, info.",
    )
    parser.add_argument("old", help="file (fragment or full description) or git:REF")
    parser.add_argument("new", help="file (fragment or full description) or git:REF")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument("--fail-on", choices=list(FAIL_ON), default="breaking")
    parser.add_argument("--output", type=Path, help="write the report here, not to stdout")
    parser.add_argument("--no-overlays", action="store_true", help="compare without overlays")
    parser.add_argument(
        "--repo", type=Path, help="repository for git:REF and the project's overlays"
    )
    argv = list(sys.argv[1:] if argv is None else argv)
    if "-h" in argv or "--help" in argv:
        parser.print_help()
        return 0
    try:
        args = parser.parse_args(argv)
        report = diff_specs(args.old, args.new, repo=args.repo, overlays=not args.no_overlays)
    except SpecError as exc:
        role = exc.role if isinstance(exc, InputError) else None
        print(f"error: {exc}", file=sys.stderr)
        if _wants_json(argv):
            with contextlib.suppress(SpecError):  # the reason is on stderr already
                _emit(render_error(str(exc), role), _output_of(argv))
        return 2
    if args.format == "text" and args.output is None:
        write_text(report, sys.stdout)
    else:
        try:
            _emit(render(report, args.format), args.output)
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    return 1 if report.fails(FAIL_ON[args.fail_on]) else 0


def _output_of(argv: Sequence[str]) -> Path | None:
    """`--output FILE` even when the rest of the command line did not parse."""
    for index, arg in enumerate(argv):
        if arg.startswith("--output="):
            return Path(arg.split("=", 1)[1])
        if arg == "--output" and index + 1 < len(argv):
            return Path(argv[index + 1])
    return None
