"""`spec-diff OLD NEW`: classify the changes to POST /realtime/sessions between two specs.

    python -m spectools spec-diff OLD NEW [--format text|markdown|json] [--fail-on breaking|any|never]

OLD and NEW are files (the project's fragment or a full upstream description) or `git:REF` (the
project's fragment and overlays at a revision). Exit 0 when no change reaches `--fail-on`, 1 when
one does, 2 when an input is unusable (the CLI prints SpecError's one-line reason).

Pipeline: `drift_load` (sides -> resolved fragments) -> `drift_compare` (changes, each classified
by the table in `drift_rules`) -> `drift_report` (text, markdown, JSON).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .drift_compare import compare_operation
from .drift_load import load_pair
from .drift_report import FORMATS, render, write_text
from .drift_rules import Change, Severity
from .sync import DEFAULT_SOURCE, OPERATION

__all__ = ["bench_spec_diff", "diff_documents", "diff_specs", "fails", "main"]

# `--fail-on` -> the lowest severity that fails; None never fails.
FAIL_ON: dict[str, Severity | None] = {
    "breaking": Severity.BREAKING,
    "any": Severity.INFO,
    "never": None,
}


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes to the operation between two already loaded (and overlaid) documents."""
    return compare_operation(old, new, *OPERATION)


def diff_specs(
    old: str, new: str, *, repo: Path | None = None, overlays: bool = True
) -> list[Change]:
    """The changes between two named sides (paths or `git:REF`, resolved in `repo`)."""
    old_doc, new_doc = load_pair(old, new, repo or Path.cwd(), overlays=overlays)
    return diff_documents(old_doc, new_doc)


def fails(changes: Sequence[Change], fail_on: str) -> bool:
    threshold = FAIL_ON[fail_on]
    return threshold is not None and any(c.severity.rank >= threshold.rank for c in changes)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m spectools spec-diff",
        description="Classify changes to POST /realtime/sessions: breaking, non-breaking, info.",
    )
    parser.add_argument("old", help="file (fragment or full description) or git:REF")
    parser.add_argument("new", help="file (fragment or full description) or git:REF")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument("--fail-on", choices=list(FAIL_ON), default="breaking")
    parser.add_argument("--no-overlays", action="store_true", help="compare without overlays")
    parser.add_argument("--repo", type=Path, help="git repository for git:REF (default: cwd)")
    args = parser.parse_args(argv)

    changes = diff_specs(args.old, args.new, repo=args.repo, overlays=not args.no_overlays)
    if args.format == "text":
        write_text(changes, sys.stdout)
    else:
        sys.stdout.write(render(changes, args.format))
    return 1 if fails(changes, args.fail_on) else 0


def bench_spec_diff(
    old: str | Path = DEFAULT_SOURCE, new: str | Path = DEFAULT_SOURCE, *, repeat: int = 3
) -> dict[str, float]:
    """Seconds to diff two full upstream descriptions end to end (load, extract, compare)."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        diff_specs(str(old), str(new), overlays=False)
        timings.append(time.perf_counter() - start)
    return {"best_s": min(timings), "median_s": statistics.median(timings), "repeat": repeat}
