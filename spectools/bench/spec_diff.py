"""`spec-diff` of two copies of the 3 MB upstream description, as `spec-diff OLD NEW` runs it."""

from __future__ import annotations

import importlib
import shutil
import time
from pathlib import Path

from ..project import DEFAULT_SOURCE
from .harness import Section, Settings, Target

__all__ = ["bench_spec_diff"]

UPSTREAM = DEFAULT_SOURCE
CASE = "spec-diff upstream upstream-copy"
LIMIT_SECONDS = 3.0


def bench_spec_diff(settings: Settings, workdir: Path, upstream: Path = UPSTREAM) -> Section:
    section = Section(
        title="spec-diff of two full upstream descriptions",
        unit="s",
        floor=None,
        targets=[Target(CASE, LIMIT_SECONDS)],
        method=(
            "`spectools.drift.diff_specs(OLD, NEW)`: load both 3 MB descriptions, extract the "
            "operation, read both through the project's overlays and compare, raw and overlaid; "
            "NEW is a byte copy of OLD at another path"
        ),
    )
    if not upstream.is_file():
        section.skip(f"{upstream} is absent")
        return section
    try:
        diff_specs = importlib.import_module("spectools.drift").diff_specs
    except (ImportError, AttributeError) as exc:
        section.skip(f"spectools.drift.diff_specs unavailable: {exc!r}")
        return section
    copy_path = workdir / "upstream-copy.yaml"
    shutil.copyfile(upstream, copy_path)
    for _ in range(settings.spec_diff_repeat):
        start = time.perf_counter()
        diff_specs(str(upstream), str(copy_path))
        section.add(CASE, [time.perf_counter() - start])
    return section
