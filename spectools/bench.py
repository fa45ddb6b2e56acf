"""`bench`: the generated client against raw httpx, raw openapi-python-client and the openai SDK.

    python -m spectools bench [--smoke] [--output-dir DIR] [--calls N] [--import-runs N]

Everything is measured in one run, each reference interleaved with ours in rounds (the order
rotating every round) so that machine noise hits all of them alike:

 1. import   cold `import X` in fresh interpreters: wall time of `python -c "import X"` minus
             the median wall time of `python -c pass` (floor: `import httpx`);
 2. parse    a `SessionCreateResponse` body with every field set (floor: `json.loads`); the
             target is on *model building*: `from_dict` of the already decoded dict;
    serialise `to_dict()` / `model_dump()` of the parsed objects (reference: `json.dumps`);
 3. loopback `POST /realtime/sessions` against a keep-alive HTTP/1.1 server on 127.0.0.1
             (`spectools.bench_server`, its own process, TCP_NODELAY), every call timed on its
             own (floor: `httpx.Client.post(...).json()`);
 4. regenerate `python -m spectools regenerate --output TMP` in a subprocess, wall time;
 5. spec-diff  `spectools.drift.diff_specs` on two copies of the upstream description, as
             `spec-diff OLD NEW` runs it (overlays on both sides, hidden-change check).

Results: a table on stdout, `DIR/latest.json` and `DIR/README.md` (default `bench-results/`;
with `--smoke`, tiny counts and a temporary directory unless `--output-dir` is given). References
that are not installed (openai, openapi-python-client) are skipped with the reason in the output.
A missed target is reported, never an error: the exit status is 0 whenever the bench ran.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import functools
import importlib
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .bench_body import full_response_body
from .project import ROOT

__all__ = ["Settings", "main", "run"]

DEFAULT_OUTPUT = ROOT / "bench-results"
UPSTREAM = ROOT.parent / "shared" / "upstream" / "openapi.yaml"
REQUEST = {"model": "gpt-realtime", "voice": "marin"}
API_KEY = "sk-bench"

# (section, case, floor case, allowed ratio) and absolute targets in seconds.
RATIO_TARGETS: list[tuple[str, str, str, float]] = [
    ("import", "import realtime_sessions", "import httpx", 1.15),
    ("parse", "ours: from_dict(decoded)  [model building]", "json.loads(raw)", 2.0),
    ("loopback", "ours: RealtimeSessions.create", "httpx.Client.post + .json()", 1.10),
    ("loopback", "ours: AsyncRealtimeSessions.create", "httpx.AsyncClient.post + .json()", 1.10),
]
SECONDS_TARGETS: dict[str, float] = {"regenerate": 5.0, "spec_diff": 3.0}


@dataclass(frozen=True)
class Settings:
    smoke: bool = False
    import_runs: int = 20
    parse_rounds: int = 200
    parse_batch: int = 100
    calls: int = 2000
    round_size: int = 200
    warmup_calls: int = 100
    regenerate_runs: int = 3
    spec_diff_repeat: int = 3

    @classmethod
    def smoke_settings(cls) -> Settings:
        return cls(
            smoke=True,
            import_runs=2,
            parse_rounds=3,
            parse_batch=5,
            calls=20,
            round_size=10,
            warmup_calls=2,
            regenerate_runs=1,
            spec_diff_repeat=1,
        )


@dataclass
class Section:
    """One table: cases with per-operation samples in seconds, one of them the floor."""

    title: str
    unit: str  # "ms", "us" or "s" for display; samples are always seconds
    floor: str | None
    method: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, values: Sequence[float]) -> None:
        self.samples.setdefault(name, []).extend(values)


@dataclass
class Case:
    name: str
    run: Callable[[int], list[float]]  # run(n) -> n per-operation samples, seconds


# --------------------------------------------------------------------------------- helpers


def _quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _interleave(section: Section, cases: Sequence[Case], total: int, per_round: int) -> None:
    """Run every case `total` times in rounds of `per_round`; rotate the order each round."""
    if not cases:
        return
    done = 0
    round_number = 0
    while done < total:
        n = min(per_round, total - done)
        shift = round_number % len(cases)
        for case in [*cases[shift:], *cases[:shift]]:
            section.add(case.name, case.run(n))
        done += n
        round_number += 1


def _import_module(name: str) -> Any:
    return importlib.import_module(name)


def _first_attr(root: Any, paths: Sequence[str]) -> tuple[str, Any]:
    for path in paths:
        target = root
        try:
            for part in path.split("."):
                target = getattr(target, part)
        except AttributeError:
            continue
        return path, target
    raise AttributeError(f"none of {', '.join(paths)}")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(distribution: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def _machine() -> dict[str, Any]:
    affinity = getattr(os, "sched_getaffinity", None)
    return {
        "cpu_model": _cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": len(affinity(0)) if affinity is not None else os.cpu_count(),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()]
        if hasattr(os, "getloadavg")
        else None,
    }


# --------------------------------------------------------------------------------- 1. import


def bench_import(settings: Settings) -> Section:
    section = Section(
        title="Cold import (fresh interpreter per sample)",
        unit="ms",
        floor="import httpx",
        method=(
            'wall time of `python -c "import X"` minus the median wall time of `python -c pass`, '
            "same interpreter and environment, .pyc files warm (one untimed run first)"
        ),
    )
    modules = {"import httpx": "httpx", "import realtime_sessions": "realtime_sessions"}
    if importlib.util.find_spec("openai") is None:
        section.notes.append("import openai: skipped, openai is not installed")
    else:
        modules["import openai"] = "openai"
    # .pyc files are written and used, as after `pip install` (pip compiles them): an inherited
    # PYTHONDONTWRITEBYTECODE would make every sample of a source-tree package compile it.
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def timed(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        return time.perf_counter() - start

    for code in ["pass", *(f"import {m}" for m in modules.values())]:
        timed(code)  # compile .pyc, warm the page cache
    baseline: list[float] = []
    raw: dict[str, list[float]] = {name: [] for name in modules}

    def case(name: str, module: str) -> Case:
        return Case(name, lambda n: [timed(f"import {module}") for _ in range(n)])

    cases = [Case("python -c pass", lambda n: [timed("pass") for _ in range(n)])]
    cases += [case(name, module) for name, module in modules.items()]
    scratch = Section("", "", None, "")
    _interleave(scratch, cases, settings.import_runs, 1)
    baseline = scratch.samples["python -c pass"]
    floor = statistics.median(baseline)
    for name in modules:
        raw[name] = scratch.samples[name]
        section.add(name, [max(t - floor, 1e-6) for t in raw[name]])
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


# --------------------------------------------------------------------------------- 2. parse


def _batch(fn: Callable[[], object], batch: int) -> Callable[[int], list[float]]:
    """n samples, each the mean of `batch` calls (calls this fast cannot be timed singly)."""

    def run(n: int) -> list[float]:
        out = []
        clock = time.perf_counter
        for _ in range(n):
            start = clock()
            for _ in range(batch):
                fn()
            out.append((clock() - start) / batch)
        return out

    return run


def _generate_raw_opc(spec: dict[str, Any], workdir: Path) -> Any:
    """openapi-python-client, no custom templates, same resolved fragment -> `raw_client`."""
    from .generate import prepare_for_generators

    spec_path = workdir / "resolved.json"
    spec_path.write_text(json.dumps(prepare_for_generators(spec)), encoding="utf-8")
    config = workdir / "raw-config.yaml"
    config.write_text("package_name_override: raw_client\npost_hooks: []\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec_path),
            "--meta",
            "none",
            "--output-path",
            str(workdir / "raw_client"),
            "--config",
            str(config),
        ],
        check=True,
        capture_output=True,
        cwd=workdir,
    )
    sys.path.insert(0, str(workdir))
    return _import_module("raw_client")


@dataclass
class Clients:
    """Handles on everything measured; None (with a reason in `skipped`) when unavailable."""

    ours: Any
    raw_opc: Any = None
    openai: Any = None
    skipped: list[str] = field(default_factory=list)


def load_clients(spec: dict[str, Any], workdir: Path) -> Clients:
    clients = Clients(ours=_import_module("realtime_sessions"))
    if importlib.util.find_spec("openapi_python_client") is None:
        clients.skipped.append("raw openapi-python-client: openapi_python_client not importable")
    else:
        try:
            clients.raw_opc = _generate_raw_opc(spec, workdir)
        except (subprocess.CalledProcessError, ImportError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            clients.skipped.append(
                f"raw openapi-python-client: generation failed: {exc} {detail[-400:]!r}"
            )
    if importlib.util.find_spec("openai") is None:
        clients.skipped.append("openai: not installed")
    else:
        clients.openai = _import_module("openai")
    return clients


# Fields a reference model requires that the endpoint's response schema does not have.
OPENAI_EXTRA_FIELDS: dict[str, dict[str, Any]] = {"current shape": {"type": "realtime"}}
OPENAI_MODELS = {
    # The model `sessions.create` returns (the deprecated endpoint's, 2025 "beta" shape: most of
    # today's fields land in its extras).
    "endpoint": [
        "openai.types.beta.realtime.session_create_response:SessionCreateResponse",
        "openai.types.beta.realtime:SessionCreateResponse",
    ],
    # The current session shape (as returned by `client_secrets.create`); matches the body.
    "current shape": [
        "openai.types.realtime.realtime_session_create_response:RealtimeSessionCreateResponse",
        "openai.types.realtime:RealtimeSessionCreateResponse",
    ],
}


def _openai_model(candidates: Sequence[str]) -> tuple[str, Any]:
    for candidate in candidates:
        module, _, name = candidate.partition(":")
        try:
            return candidate, getattr(_import_module(module), name)
        except (ImportError, AttributeError):
            continue
    raise LookupError(f"none of {', '.join(candidates)}")


def bench_parse(
    settings: Settings, clients: Clients, body: dict[str, Any]
) -> tuple[Section, Section]:
    raw = json.dumps(body).encode()
    decoded = json.loads(raw)
    parse = Section(
        title="Parse a full SessionCreateResponse body",
        unit="us",
        floor="json.loads(raw)",
        method=(
            f"{len(raw)}-byte body, every field set; each sample is the mean of "
            f"{settings.parse_batch} calls; `from_dict(decoded)` is model building alone"
        ),
    )
    serialise = Section(
        title="Serialise the parsed object back to a dict",
        unit="us",
        floor="json.dumps(decoded)  [reference]",
        method=f"each sample is the mean of {settings.parse_batch} calls",
    )
    ours = clients.ours.SessionCreateResponse
    parse_cases: list[tuple[str, Callable[[], object]]] = [
        ("json.loads(raw)", lambda: json.loads(raw)),
        ("ours: from_dict(decoded)  [model building]", lambda: ours.from_dict(decoded)),
        ("ours: from_dict(json.loads(raw))", lambda: ours.from_dict(json.loads(raw))),
    ]
    parsed_ours = ours.from_dict(decoded)
    if parsed_ours.to_dict() != body:
        parse.notes.append("WARNING: ours: to_dict(from_dict(body)) != body")
    serialise_cases: list[tuple[str, Callable[[], object]]] = [
        ("json.dumps(decoded)  [reference]", lambda: json.dumps(decoded)),
        ("ours: to_dict()", parsed_ours.to_dict),
    ]
    if clients.raw_opc is not None:
        try:
            raw_model = _import_module("raw_client.models").SessionCreateResponse
            parsed_raw = raw_model.from_dict(decoded)
            parse_cases.append(
                ("raw opc: from_dict(decoded)", lambda: raw_model.from_dict(decoded))
            )
            serialise_cases.append(("raw opc: to_dict()", parsed_raw.to_dict))
        except Exception as exc:  # a generator bug on this body is a finding, not a crash
            parse.notes.append(f"raw opc: skipped, from_dict failed: {exc!r}")
    else:
        parse.notes.extend(f"skipped: {s}" for s in clients.skipped if s.startswith("raw"))
    if clients.openai is not None:
        construct_type = _import_module("openai._models").construct_type
        for label, candidates in OPENAI_MODELS.items():
            extra = OPENAI_EXTRA_FIELDS.get(label, {})
            data = {**decoded, **extra}
            try:
                where, model = _openai_model(candidates)
                validated = model.model_validate(data)
            except Exception as exc:
                reason = str(exc).splitlines()[0] if str(exc) else repr(exc)
                parse.notes.append(f"openai {label} model: skipped: {reason}")
                continue
            added = f", body plus {json.dumps(extra)} (required there)" if extra else ""
            parse.notes.append(
                f"openai {label} model: `{where}`{added}; fields it does not declare "
                f"(kept as extras): {sorted(validated.model_extra or {})}"
            )
            parse_cases.append(
                (
                    f"openai ({label}): model_validate(decoded)",
                    functools.partial(model.model_validate, data),
                )
            )
            parse_cases.append(
                (
                    f"openai ({label}): construct_type(decoded)  [SDK response path]",
                    functools.partial(construct_type, value=data, type_=model),
                )
            )
            serialise_cases.append((f"openai ({label}): model_dump()", validated.model_dump))
        parse.notes.append(
            "the SDK's response path is `_process_response_data` -> "
            "`construct_type(type_=cast_to, value=data)` (no validation) unless "
            "`_strict_response_validation`, then `validate_type` (= model_validate)"
        )
    else:
        parse.notes.append("openai: skipped, not installed")
    for section, cases in ((parse, parse_cases), (serialise, serialise_cases)):
        timed = [Case(name, _batch(fn, settings.parse_batch)) for name, fn in cases]
        for case in timed:
            case.run(max(1, settings.parse_rounds // 20))  # warm-up
        _interleave(section, timed, settings.parse_rounds, 1)
    if decoded != body:
        parse.notes.append("WARNING: a from_dict mutated its input during the bench")
    return parse, serialise


# --------------------------------------------------------------------------------- 3. loopback


@contextlib.contextmanager
def loopback_server(body: bytes, workdir: Path) -> Iterator[str]:
    """Start `spectools.bench_server` in its own process; yield its base URL."""
    body_file = workdir / "response.json"
    body_file.write_bytes(body)
    process = subprocess.Popen(
        [sys.executable, "-m", "spectools.bench_server", str(body_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}/v1"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _each(fn: Callable[[], object]) -> Callable[[int], list[float]]:
    def run(n: int) -> list[float]:
        out = []
        clock = time.perf_counter
        for _ in range(n):
            start = clock()
            fn()
            out.append(clock() - start)
        return out

    return run


def _each_async(
    loop: asyncio.AbstractEventLoop, fn: Callable[[], Any]
) -> Callable[[int], list[float]]:
    async def batch(n: int) -> list[float]:
        out = []
        clock = time.perf_counter
        for _ in range(n):
            start = clock()
            await fn()
            out.append(clock() - start)
        return out

    def run(n: int) -> list[float]:
        result: list[float] = loop.run_until_complete(batch(n))
        return result

    return run


def bench_loopback(settings: Settings, clients: Clients, body: bytes, workdir: Path) -> Section:
    section = Section(
        title="Loopback POST /realtime/sessions (keep-alive, 127.0.0.1, TCP_NODELAY)",
        unit="us",
        floor="httpx.Client.post + .json()",
        method=(
            f"{settings.calls} calls per client in rounds of {settings.round_size}, each call "
            f"timed on its own after {settings.warmup_calls} warm-up calls; the server "
            f"(spectools.bench_server, own process) answers the full {len(body)}-byte body; "
            f"request {json.dumps(REQUEST)}"
        ),
    )
    httpx = _import_module("httpx")
    loop = asyncio.new_event_loop()
    closers: list[Callable[[], object]] = []
    with loopback_server(body, workdir) as base_url:
        url = base_url + "/realtime/sessions"
        headers = {"Authorization": f"Bearer {API_KEY}"}
        cases: list[Case] = []

        plain = httpx.Client()
        closers.append(plain.close)
        cases.append(
            Case(
                "httpx.Client.post + .json()",
                _each(lambda: plain.post(url, json=REQUEST, headers=headers).json()),
            )
        )

        async def make_async_plain() -> Any:
            return httpx.AsyncClient()

        plain_async = loop.run_until_complete(make_async_plain())
        closers.append(lambda: loop.run_until_complete(plain_async.aclose()))

        async def async_plain_call() -> Any:
            response = await plain_async.post(url, json=REQUEST, headers=headers)
            return response.json()

        cases.append(Case("httpx.AsyncClient.post + .json()", _each_async(loop, async_plain_call)))

        ours = clients.ours.RealtimeSessions(api_key=API_KEY, base_url=base_url)
        closers.append(ours.close)
        cases.append(Case("ours: RealtimeSessions.create", _each(lambda: ours.create(**REQUEST))))

        async def make_async_ours() -> Any:
            return clients.ours.AsyncRealtimeSessions(api_key=API_KEY, base_url=base_url)

        ours_async = loop.run_until_complete(make_async_ours())
        closers.append(lambda: loop.run_until_complete(ours_async.close()))
        cases.append(
            Case(
                "ours: AsyncRealtimeSessions.create",
                _each_async(loop, lambda: ours_async.create(**REQUEST)),
            )
        )

        if clients.raw_opc is not None:
            try:
                raw_client = clients.raw_opc.AuthenticatedClient(base_url=base_url, token=API_KEY)
                endpoint = _import_module("raw_client.api.realtime.create_realtime_session")
                params = _import_module("raw_client.models").SessionCreateParams
                closers.append(lambda: raw_client.get_httpx_client().close())

                def raw_call() -> Any:
                    result = endpoint.sync(client=raw_client, body=params.from_dict(REQUEST))
                    if result is None:
                        raise RuntimeError("raw opc: unexpected status")
                    return result

                raw_call()
                cases.append(Case("raw opc: create_realtime_session.sync", _each(raw_call)))
            except Exception as exc:
                section.notes.append(f"raw opc: skipped: {exc!r}")
        else:
            section.notes.extend(f"skipped: {s}" for s in clients.skipped if s.startswith("raw"))

        if clients.openai is not None:
            try:
                sdk = clients.openai.OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0)
                closers.append(sdk.close)
                where, create = _first_attr(
                    sdk, ["beta.realtime.sessions.create", "realtime.sessions.create"]
                )
                create(**REQUEST)
                transport = next(
                    (
                        f"{k.__module__.split('.')[0]}.{k.__name__}"
                        for k in type(sdk._client).__mro__
                        if not k.__module__.startswith(("openai", "builtins"))
                    ),
                    "?",
                )
                section.notes.append(
                    f"openai {clients.openai.__version__}: `client.{where}`, transport "
                    f"{transport}, max_retries=0, no response validation (SDK default)"
                )
                cases.append(Case(f"openai: client.{where}", _each(lambda: create(**REQUEST))))
            except Exception as exc:
                section.notes.append(f"openai: skipped: {exc!r}")
        else:
            section.notes.append("openai: skipped, not installed")

        for case in cases:
            case.run(settings.warmup_calls)
        _interleave(section, cases, settings.calls, settings.round_size)
        for close in reversed(closers):
            with contextlib.suppress(Exception):
                close()
    loop.close()
    return section


# --------------------------------------------------------------------------------- 4, 5


def bench_regenerate(settings: Settings, workdir: Path) -> Section:
    section = Section(
        title="regenerate (openapi/ + templates/ -> package)",
        unit="s",
        floor=None,
        method="wall time of `python -m spectools regenerate --output TMP` in a subprocess",
    )
    samples = []
    for number in range(settings.regenerate_runs):
        target = workdir / f"regenerate-{number}"
        start = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, "-m", "spectools", "regenerate", "--output", str(target)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if completed.returncode != 0:
            reason = (completed.stderr.strip().splitlines() or ["?"])[-1]
            section.notes.append(f"skipped: regenerate failed here: {reason}")
            return section
        samples.append(time.perf_counter() - start)
        shutil.rmtree(target, ignore_errors=True)
    section.add("python -m spectools regenerate", samples)
    return section


def bench_spec_diff(settings: Settings, workdir: Path, upstream: Path = UPSTREAM) -> Section:
    section = Section(
        title="spec-diff of two full upstream descriptions",
        unit="s",
        floor=None,
        method=(
            "`spectools.drift.diff_specs(OLD, NEW)`: load both 3 MB descriptions, extract the "
            "operation, read both through the project's overlays and compare, raw and overlaid; "
            "NEW is a byte copy of OLD at another path"
        ),
    )
    if not upstream.is_file():
        section.notes.append(f"skipped: {upstream} is absent")
        return section
    try:
        diff_specs = _import_module("spectools.drift").diff_specs
    except (ImportError, AttributeError) as exc:
        section.notes.append(f"skipped: spectools.drift.diff_specs unavailable: {exc!r}")
        return section
    copy_path = workdir / "upstream-copy.yaml"
    shutil.copyfile(upstream, copy_path)
    for _ in range(settings.spec_diff_repeat):
        start = time.perf_counter()
        diff_specs(str(upstream), str(copy_path))
        section.add("spec-diff upstream upstream-copy", [time.perf_counter() - start])
    return section


# --------------------------------------------------------------------------------- report


_UNITS = {"ms": 1e3, "us": 1e6, "s": 1.0}


def summarise(sections: dict[str, Section]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    targets = {(s, c): (f, r) for s, c, f, r in RATIO_TARGETS}
    for key, section in sections.items():
        rows = []
        floor_median = (
            statistics.median(section.samples[section.floor])
            if section.floor in section.samples
            else None
        )
        for name, values in section.samples.items():
            median = statistics.median(values)
            row: dict[str, Any] = {
                "name": name,
                "n": len(values),
                "median": median * _UNITS[section.unit],
                "p90": _quantile(values, 0.9) * _UNITS[section.unit],
                "ratio": median / floor_median if floor_median else None,
            }
            if (key, name) in targets:
                versus, allowed = targets[key, name]
                if versus in section.samples:
                    ratio = median / statistics.median(section.samples[versus])
                    row.update(target=f"<= {allowed:.2f}x {versus}", target_ratio=ratio)
                    row["met"] = ratio <= allowed
            elif key in SECONDS_TARGETS:
                row.update(
                    target=f"<= {SECONDS_TARGETS[key]:g} s", met=median <= SECONDS_TARGETS[key]
                )
            rows.append(row)
        out[key] = {
            "title": section.title,
            "unit": section.unit,
            "floor": section.floor,
            "method": section.method,
            "cases": rows,
            "notes": section.notes,
        }
    return out


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.3f}" if value < 10 else f"{value:,.1f}"


def _verdict(row: dict[str, Any]) -> str:
    if "met" not in row:
        return ""
    extra = f" ({row['target_ratio']:.2f}x)" if "target_ratio" in row else ""
    return f"{'met' if row['met'] else 'MISSED'}: {row['target']}{extra}"


def render_text(summary: dict[str, Any]) -> str:
    lines = []
    for section in summary.values():
        unit = section["unit"]
        lines.append(f"\n== {section['title']} ==")
        lines.append(f"   {section['method']}")
        width = max([len(r["name"]) for r in section["cases"]] + [20])
        lines.append(
            f"   {'case':<{width}}  {'median ' + unit:>12}  {'p90 ' + unit:>12}  {'x floor':>8}  target"
        )
        for row in section["cases"]:
            ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "-"
            lines.append(
                f"   {row['name']:<{width}}  {_fmt(row['median']):>12}  {_fmt(row['p90']):>12}"
                f"  {ratio:>8}  {_verdict(row)}"
            )
        lines.extend(f"   note: {note}" for note in section["notes"])
    return "\n".join(lines) + "\n"


def render_markdown(result: dict[str, Any]) -> str:
    meta = result["meta"]
    machine = meta["machine"]
    lines = [
        "# Benchmarks",
        "",
        f"Made by `{meta['command']}` on {meta['date']}"
        + (" (**smoke mode: tiny counts, numbers meaningless**)" if meta["smoke"] else "")
        + ".",
        "",
        f"- Python {meta['python']} ({meta['implementation']})",
        f"- Machine: {machine['cpu_model']}, {machine['cores']} cores "
        f"({machine['cores_usable']} usable), {machine['platform']}; load average at start "
        f"{machine['load_average_at_start']}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in meta["versions"].items() if v),
        "- References run interleaved with ours in rounds (order rotated every round); "
        "`x floor` is median / the section floor's median.",
        "",
    ]
    if meta.get("remarks"):
        lines += [f"> {remark}" for remark in meta["remarks"]] + [""]
    lines += ["## Targets", "", "| target | result | verdict |", "| --- | --- | --- |"]
    for target in result["targets"]:
        lines.append(f"| {target['what']} | {target['value']} | {target['verdict']} |")
    for section in result["sections"].values():
        unit = section["unit"].replace("us", "µs")
        lines += [
            "",
            f"## {section['title']}",
            "",
            section["method"] + ".",
            "",
            f"| case | median ({unit}) | p90 ({unit}) | x floor | target |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for row in section["cases"]:
            ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "-"
            floor = " (floor)" if row["name"] == section["floor"] else ""
            lines.append(
                f"| `{row['name']}`{floor} | {_fmt(row['median'])} | {_fmt(row['p90'])} "
                f"| {ratio} | {_verdict(row)} |"
            )
        if section["notes"]:
            lines.append("")
            lines += [f"- {note}" for note in section["notes"]]
    return "\n".join(lines) + "\n"


def _targets(summary: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for section in summary.values():
        for row in section["cases"]:
            if "met" in row:
                value = (
                    f"{row['target_ratio']:.2f}x"
                    if "target_ratio" in row
                    else f"{row['median']:.2f} {section['unit']}"
                )
                out.append(
                    {
                        "what": f"{row['name']} {row['target']}",
                        "value": value,
                        "met": row["met"],
                        "verdict": "met" if row["met"] else "**missed**",
                    }
                )
    return out


def run(settings: Settings, command: str) -> dict[str, Any]:
    """Every section, in order; the JSON-ready result."""
    from .overlays import resolved_spec

    started = datetime.datetime.now(datetime.UTC)
    meta: dict[str, Any] = {
        "date": started.strftime("%Y-%m-%d %H:%M UTC"),
        "command": command,
        "smoke": settings.smoke,
        "python": platform.python_version(),
        "implementation": f"{platform.python_implementation()} {sys.executable}",
        "machine": _machine(),
        "settings": settings.__dict__,
        "versions": {
            name: _version(name)
            for name in (
                "httpx",
                "attrs",
                "openai",
                "pydantic",
                "openapi-python-client",
                "realtime-sessions",
            )
        },
    }
    spec = resolved_spec()
    body = full_response_body(spec)
    sections: dict[str, Section] = {}
    with tempfile.TemporaryDirectory(prefix="spectools-bench-") as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        workdir = Path(tmp)
        clients = load_clients(spec, workdir)
        meta["skipped"] = clients.skipped
        _log("import ...")
        sections["import"] = bench_import(settings)
        _log("parse / serialise ...")
        sections["parse"], sections["serialise"] = bench_parse(settings, clients, body)
        _log("loopback ...")
        sections["loopback"] = bench_loopback(settings, clients, json.dumps(body).encode(), workdir)
        _log("regenerate ...")
        sections["regenerate"] = bench_regenerate(settings, workdir)
        _log("spec-diff ...")
        sections["spec_diff"] = bench_spec_diff(settings, workdir)
    meta["seconds"] = round((datetime.datetime.now(datetime.UTC) - started).total_seconds(), 1)
    summary = summarise(sections)
    return {"meta": meta, "targets": _targets(summary), "sections": summary, "body": body}


def _log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m spectools bench",
        description="Benchmarks against raw httpx, raw openapi-python-client and openai.",
    )
    parser.add_argument("--smoke", action="store_true", help="tiny counts (CI keeps it working)")
    parser.add_argument(
        "--output-dir",
        type=Path,
        help="where latest.json and README.md go (default bench-results/; --smoke: a temp dir)",
    )
    parser.add_argument("--calls", type=int, help="loopback calls per client (default 2000)")
    parser.add_argument("--import-runs", type=int, help="fresh interpreters per import (20)")
    parser.add_argument("--remark", action="append", default=[], help="a note for README.md")
    args = parser.parse_args(argv)

    settings = Settings.smoke_settings() if args.smoke else Settings()
    overrides: dict[str, int] = {}
    if args.calls:
        overrides["calls"] = args.calls
    if args.import_runs:
        overrides["import_runs"] = args.import_runs
    if overrides:
        settings = Settings(**{**settings.__dict__, **overrides})
    shown: list[str] = []
    skip_next = False
    for arg in argv if argv is not None else sys.argv[2:]:
        if skip_next or arg.startswith("--remark"):  # remarks are printed on their own
            skip_next = arg == "--remark"
            continue
        shown.append(arg)
    command = " ".join(["python -m spectools bench", *shown])
    result = run(settings, command.strip())
    result["meta"]["remarks"] = args.remark

    output = args.output_dir
    if output is None:
        output = Path(tempfile.mkdtemp(prefix="bench-smoke-")) if args.smoke else DEFAULT_OUTPUT
    output.mkdir(parents=True, exist_ok=True)
    (output / "latest.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (output / "README.md").write_text(render_markdown(result), encoding="utf-8")
    sys.stdout.write(render_text(result["sections"]))
    print(
        "\ntargets: "
        + "; ".join(f"{t['what']}: {t['value']} {t['verdict']}" for t in result["targets"])
    )
    print(f"wrote {output / 'latest.json'} and {output / 'README.md'}")
    return 0
