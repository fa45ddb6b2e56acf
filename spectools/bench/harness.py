"""What every section shares: settings, the table of samples, interleaved rounds, timers."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "API_KEY",
    "Case",
    "Section",
    "Settings",
    "Target",
    "batch_timer",
    "each_async_timer",
    "each_timer",
    "interleave",
    "log",
    "machine",
    "quantile",
    "subprocess_environment",
    "version",
]

API_KEY = "sk-bench"


@dataclass(frozen=True)
class Settings:
    smoke: bool = False
    import_runs: int = 20
    parse_rounds: int = 200
    parse_batch: int = 100
    memory_objects: int = 2000  # parsed responses held at once per memory sample
    memory_runs: int = 5
    calls: int = 2000
    round_size: int = 200
    warmup_calls: int = 100
    mock_requests: int = 2000  # per server and concurrency
    mock_round: int = 250  # requests per server before the other one takes its turn
    mock_warmup: int = 500  # per server (Prism's JIT needs it)
    mock_concurrency: tuple[int, ...] = (1, 20)
    regenerate_runs: int = 3
    spec_diff_repeat: int = 3

    @classmethod
    def smoke_settings(cls) -> Settings:
        """Tiny counts: every section runs, no number means anything."""
        return cls(
            smoke=True,
            import_runs=2,
            parse_rounds=3,
            parse_batch=5,
            memory_objects=20,
            memory_runs=1,
            calls=20,
            round_size=10,
            warmup_calls=2,
            mock_requests=40,
            mock_round=20,
            mock_warmup=5,
            mock_concurrency=(1, 4),
            regenerate_runs=1,
            spec_diff_repeat=1,
        )

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Target:
    """A goal for one case: `metric` of `case` over that of `versus` within `limit` (a ratio),
    or, without `versus`, the median within `limit` seconds."""

    case: str
    limit: float
    versus: str | None = None
    metric: str = "median"  # or a name in Section.extras, e.g. "req/s"
    higher_is_better: bool = False  # throughput: case / versus >= limit

    def describe(self) -> str:
        if self.versus is None:
            return f"<= {self.limit:g} s"
        sign = ">=" if self.higher_is_better else "<="
        what = "" if self.metric == "median" else f" ({self.metric})"
        return f"{sign} {self.limit:.2f}x {self.versus}{what}"


@dataclass
class Section:
    """One table: samples per case (seconds, or bytes for unit "B"), one case the floor, and
    per-case figures beyond median and p90 (`extras`, e.g. requests/s) in their own columns."""

    title: str
    unit: str  # "ms", "us" or "s" for times (samples are seconds), "B" for bytes
    floor: str | None
    method: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    extras: dict[str, dict[str, float]] = field(default_factory=dict)  # case -> column -> value
    tail: float = 0.9  # the second quantile shown (p90; p99 for request latencies)

    def add(self, name: str, values: Sequence[float]) -> None:
        if values:
            self.samples.setdefault(name, []).extend(values)

    def skip(self, reason: str) -> None:
        self.notes.append(f"skipped: {reason}")


@dataclass
class Case:
    name: str
    run: Callable[[int], list[float]]  # run(n) -> n samples


def quantile(values: Sequence[float], q: float) -> float:
    """The q-quantile, q a whole percentile (0.5, 0.9, 0.99), interpolated between samples."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def interleave(section: Section, cases: Sequence[Case], total: int, per_round: int) -> None:
    """Run every case `total` times in rounds of `per_round`; rotate the order each round, so
    that machine noise (other processes, frequency changes) hits every case alike."""
    done = 0
    round_number = 0
    while cases and done < total:
        n = min(per_round, total - done)
        shift = round_number % len(cases)
        for case in [*cases[shift:], *cases[:shift]]:
            section.add(case.name, case.run(n))
        done += n
        round_number += 1


def batch_timer(fn: Callable[[], object], batch: int) -> Callable[[int], list[float]]:
    """n samples, each the mean of `batch` calls (calls this fast cannot be timed singly)."""

    def run(n: int) -> list[float]:
        out = []
        clock = time.perf_counter_ns
        for _ in range(n):
            start = clock()
            for _ in range(batch):
                fn()
            out.append((clock() - start) / batch / 1e9)
        return out

    return run


def each_timer(fn: Callable[[], object]) -> Callable[[int], list[float]]:
    """n samples, each one call timed on its own."""

    def run(n: int) -> list[float]:
        out = []
        clock = time.perf_counter
        for _ in range(n):
            start = clock()
            fn()
            out.append(clock() - start)
        return out

    return run


def each_async_timer(
    loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[object]]
) -> Callable[[int], list[float]]:
    """`each_timer` for a coroutine function, run on `loop`."""

    async def batch(n: int) -> list[float]:
        out = []
        clock = time.perf_counter
        for _ in range(n):
            start = clock()
            await fn()
            out.append(clock() - start)
        return out

    def run(n: int) -> list[float]:
        return loop.run_until_complete(batch(n))

    return run


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average() -> list[float] | None:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def machine() -> dict[str, Any]:
    affinity = getattr(os, "sched_getaffinity", None)
    return {
        "cpu_model": _cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": len(affinity(0)) if affinity is not None else os.cpu_count(),
        "platform": platform.platform(),
        "load_average_at_start": load_average(),
    }


def version(distribution: str) -> str | None:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(distribution)
    except PackageNotFoundError:
        return None


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def subprocess_environment() -> dict[str, str]:
    """The environment of a timed child process: .pyc files are written and used, as after
    `pip install` (pip compiles them); an inherited PYTHONDONTWRITEBYTECODE would make every
    sample compile each module it imports from source."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
