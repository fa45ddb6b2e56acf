"""`python -m spectools regenerate --output TMP` in a subprocess, wall time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from ..project import ROOT
from .harness import Section, Settings, Target, subprocess_environment

__all__ = ["bench_regenerate"]

CASE = "python -m spectools regenerate"
LIMIT_SECONDS = 5.0


def bench_regenerate(settings: Settings, workdir: Path) -> Section:
    section = Section(
        title="regenerate (openapi/ + templates/ -> package)",
        unit="s",
        floor=None,
        targets=[Target(CASE, LIMIT_SECONDS)],
        method="wall time of `python -m spectools regenerate --output TMP` in a subprocess, .pyc files warm (one untimed run first)",
    )
    env = subprocess_environment()
    samples = []
    for number in range(settings.regenerate_runs + 1):  # the first, untimed, writes the .pyc files
        target = workdir / f"regenerate-{number}"
        start = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, "-m", "spectools", "regenerate", "--output", str(target)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if completed.returncode != 0:
            reason = (completed.stderr.strip().splitlines() or ["?"])[-1]
            section.skip(f"regenerate failed here: {reason}")
            return section
        samples.append(time.perf_counter() - start)
        shutil.rmtree(target, ignore_errors=True)
    section.add(CASE, samples[1:])
    return section
