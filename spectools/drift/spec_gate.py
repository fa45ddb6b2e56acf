"""`spec-gate`: fail when `openapi/` changed in a breaking way that nobody acknowledged.

    python -m spectools spec-gate [--base REF] [--repo DIR]

Compares `openapi/` (fragment + overlays) at the base revision with the working tree, so a
breaking upstream change can land only on purpose: each breaking change, including an upstream
change the overlays hide, must be acknowledged by naming its JSON pointer in a list entry of
`openapi/ACKNOWLEDGED-BREAKING.md` (`` - `/paths/...` why ``). Stale overlays (ones the working
tree's fragment no longer matches) fail the gate too: they cannot be acknowledged, only revised.
The base is `--base`, else the merge base with the default branch when that is an earlier
commit, else `HEAD~1`; with no earlier revision, or none holding `openapi/fragment.yaml`, the
gate passes and says why.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from ..project import ROOT
from ..specio import SpecError
from .formatters import write_text
from .load import FRAGMENT_IN_REPO, git
from .model import Change, Severity
from .spec_diff import diff_specs

__all__ = ["ACK_FILE", "acknowledged_pointers", "find_base", "main", "unacknowledged"]

ACK_FILE = "openapi/ACKNOWLEDGED-BREAKING.md"
_DEFAULT_BRANCHES = ("origin/HEAD", "origin/main", "main")
# An acknowledgement is a list item whose first code span is a JSON pointer.
_ACK_ENTRY = re.compile(r"^\s*[-*]\s+`(/[^`]*)`", re.MULTILINE)


def acknowledged_pointers(text: str) -> set[str]:
    return set(_ACK_ENTRY.findall(text))


def unacknowledged(changes: Sequence[Change], acknowledged: set[str]) -> list[Change]:
    return [c for c in changes if c.severity is Severity.BREAKING and c.pointer not in acknowledged]


def _commit(repo: Path, ref: str) -> str | None:
    try:
        return git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip()
    except SpecError:
        return None


def find_base(repo: Path) -> str | None:
    """The merge base with the default branch if it is an earlier commit, else HEAD~1, else None."""
    head = _commit(repo, "HEAD")
    if head is None:
        return None
    for branch in _DEFAULT_BRANCHES:
        if _commit(repo, branch) is None:
            continue
        base = git(repo, "merge-base", "HEAD", branch).strip()
        if base and base != head:  # on the default branch itself, check the latest commit
            return base
    return "HEAD~1" if _commit(repo, "HEAD~1") else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m spectools spec-gate",
        description="Fail on breaking changes to openapi/ not listed in " + ACK_FILE,
    )
    parser.add_argument("--base", help="revision to compare with (default: merge base or HEAD~1)")
    parser.add_argument(
        "--repo", type=Path, default=ROOT, help="repository (default: the one spectools is in)"
    )
    args = parser.parse_args(argv)

    repo = Path(git(args.repo, "rev-parse", "--show-toplevel").strip())
    base = args.base or find_base(repo)
    if base is None:
        print("spec-gate: no earlier revision to compare with; passing.")
        return 0
    if _commit(repo, base) is None:
        raise SpecError(f"--base {base}: unknown revision {base}")
    if not git(repo, "ls-tree", "--name-only", base, FRAGMENT_IN_REPO).strip():
        print(f"spec-gate: {base} has no {FRAGMENT_IN_REPO}; nothing to compare, passing.")
        return 0

    report = diff_specs(f"git:{base}", str(repo / FRAGMENT_IN_REPO), repo=repo)
    ack_path = repo / ACK_FILE
    acknowledged = (
        acknowledged_pointers(ack_path.read_text(encoding="utf-8")) if ack_path.is_file() else set()
    )
    missing = unacknowledged(report.changes, acknowledged)
    print(f"spec-gate: openapi/ at {base} → working tree")
    write_text(report, sys.stdout)  # ends with the one summary line both verdicts below rely on
    breaking = sum(c.severity is Severity.BREAKING for c in report.changes)
    stale = report.stale_sides
    if not missing and not stale:
        print(f"spec-gate: passed ({breaking} breaking change(s), all acknowledged).")
        return 0
    if stale:
        print(
            "spec-gate: failed: the working tree's overlays are stale (listed above); revise them."
        )
    if missing:
        print(
            f"spec-gate: failed: {len(missing)} of {breaking} breaking change(s) not acknowledged."
            f" If intended, add to {ACK_FILE}:"
        )
        for change in missing:
            print(f"- `{change.pointer}` {change.kind}: <why this is accepted>")
    return 1
