"""Import time, two ways: cold imports in fresh interpreters, and `-X importtime` in one process.

1. wall time of `python -c "import X"` minus the median wall time of `python -c pass`: what a
   user's command pays, but interpreter start-up (~15 ms) and its noise sit on both sides;
2. `python -X importtime -c "import realtime_sessions"`: the package's cumulative import time
   against httpx's own, both read from the same process, so nothing else is in the ratio.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import subprocess
import sys
import time

from .harness import Case, Section, Settings, Target, interleave, subprocess_environment

__all__ = ["bench_cold_import", "bench_importtime", "cumulative_import_times", "import_times"]

PACKAGE = "realtime_sessions"
COLD_TARGET = 1.15
IMPORTTIME_TARGET = 1.10  # issue 15: within 1.10x httpx's own cumulative import time
_IMPORTTIME_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|\s*(\S+)\s*$")


def _modules() -> tuple[dict[str, str], list[str]]:
    modules = {"import httpx": "httpx", f"import {PACKAGE}": PACKAGE}
    notes = []
    if importlib.util.find_spec("openai") is None:
        notes.append("import openai: skipped, openai is not installed")
    else:
        modules["import openai"] = "openai"
    return modules, notes


def bench_cold_import(settings: Settings) -> Section:
    section = Section(
        title="Cold import (fresh interpreter per sample)",
        unit="ms",
        floor="import httpx",
        method=(
            'wall time of `python -c "import X"` minus the median wall time of `python -c pass`, '
            "same interpreter and environment, .pyc files warm (one untimed run first)"
        ),
        targets=[Target(f"import {PACKAGE}", COLD_TARGET, versus="import httpx")],
    )
    modules, section.notes = _modules()
    env = subprocess_environment()

    def timed(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        return time.perf_counter() - start

    for code in ["pass", *(f"import {m}" for m in modules.values())]:
        timed(code)  # compile .pyc, warm the page cache

    def case(name: str, code: str) -> Case:
        return Case(name, lambda n: [timed(code) for _ in range(n)])

    cases = [case("python -c pass", "pass")]
    cases += [case(name, f"import {module}") for name, module in modules.items()]
    scratch = Section("", "s", None, "")
    interleave(scratch, cases, settings.import_runs, 1)
    floor = statistics.median(scratch.samples["python -c pass"])
    for name in modules:
        section.add(name, [max(t - floor, 1e-6) for t in scratch.samples[name]])
    section.notes.append(
        f"`python -c pass` itself: median {floor * 1e3:.1f} ms (subtracted from every sample)"
    )
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, httpx; print(' '.join(m for m in ('click', 'rich', 'pygments') "
            "if m in sys.modules))",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if probe:
        section.notes.append(
            f"`import httpx` here also imports {probe} (httpx's optional CLI, present because "
            "other tools installed them): the floor is heavier than in a bare install, where "
            "ours' fixed extra cost weighs more in the ratio"
        )
    return section


def import_times(module: str, env: dict[str, str] | None = None) -> dict[str, tuple[float, float]]:
    """Module name -> (self, cumulative) import time in seconds, from one `python -X importtime`
    run of `import module`: every module listed was imported beneath it."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        env=env or subprocess_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    times: dict[str, tuple[float, float]] = {}
    for line in completed.stderr.splitlines():
        if match := _IMPORTTIME_LINE.match(line):  # the first import is the real one
            times.setdefault(match[3], (int(match[1]) / 1e6, int(match[2]) / 1e6))
    return times


def _cumulative(times: dict[str, tuple[float, float]]) -> dict[str, float]:
    """`import_times`' answer with the cumulative times only."""
    return {name: cumulative for name, (_, cumulative) in times.items()}


def cumulative_import_times(module: str, env: dict[str, str] | None = None) -> dict[str, float]:
    """Module name -> cumulative import time in seconds, from one `python -X importtime` run."""
    return _cumulative(import_times(module, env))


def bench_importtime(settings: Settings) -> Section:
    ours = f"{PACKAGE} (cumulative)"
    section = Section(
        title="Import time inside one process (`python -X importtime`)",
        unit="ms",
        floor="httpx (cumulative, inside import realtime_sessions)",
        method=(
            f'`python -X importtime -c "import X"`, {settings.import_runs} runs per module, '
            "interleaved; cumulative microseconds of X and of the httpx it imports, read from "
            "the same process (importtime's own bookkeeping inflates both alike)"
        ),
        targets=[
            Target(
                ours,
                IMPORTTIME_TARGET,
                versus="httpx (cumulative, inside import realtime_sessions)",
            )
        ],
    )
    modules, section.notes = _modules()
    env = subprocess_environment()
    per_process: dict[str, list[float]] = {}
    without_httpx: set[str] = set()
    shares: dict[str, list[float]] = {"own": [], "typing": []}  # of httpx's cumulative time
    for module in modules.values():
        cumulative_import_times(module, env)  # .pyc files warm

    def case(module: str) -> Case:
        def run(n: int) -> list[float]:
            for _ in range(n):
                both = import_times(module, env)
                times = _cumulative(both)
                if module == "httpx":
                    section.add("httpx (cumulative, on its own)", [times["httpx"]])
                    continue
                section.add(f"{module} (cumulative)", [times[module]])
                if "httpx" not in times:  # openai 3.x brought its own HTTP stack
                    without_httpx.add(module)
                    continue
                section.add(f"httpx (cumulative, inside import {module})", [times["httpx"]])
                per_process.setdefault(module, []).append(times[module] / times["httpx"])
                if module == PACKAGE:
                    own = sum(mine for name, (mine, _) in both.items() if name.startswith(PACKAGE))
                    shares["own"].append(own / times["httpx"])
                    shares["typing"].append(times.get("typing", 0.0) / times["httpx"])
            return []

        return Case(module, run)

    interleave(section, [case(m) for m in modules.values()], settings.import_runs, 1)
    section.notes += [
        f"`import {module}` does not import httpx" for module in sorted(without_httpx)
    ]
    for module, ratios in per_process.items():
        section.notes.append(
            f"{module} / its httpx, per process: median {statistics.median(ratios):.2f}x "
            f"(min {min(ratios):.2f}x, max {max(ratios):.2f}x)"
        )
    if shares["own"]:
        section.notes.append(
            f"what {PACKAGE} adds to its httpx, per process (medians, as a share of httpx's "
            f"time): its own modules' self time {statistics.median(shares['own']):.1%}; "
            f"`typing` {statistics.median(shares['typing']):.1%}, which httpx imports too but "
            f"which is charged to {PACKAGE} because its `__init__` imports it first"
        )
    return section
