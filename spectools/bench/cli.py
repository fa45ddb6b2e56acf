"""`python -m spectools bench`: every section in one run, the results written and printed."""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..project import ROOT
from .body import bound_responses, full_response_body
from .harness import Section, Settings, load_average, log, machine, version
from .imports import bench_cold_import, bench_importtime
from .loopback import bench_loopback
from .memory import bench_memory
from .mock import bench_mock
from .parse import bench_parse
from .references import load_references
from .regenerate import bench_regenerate
from .report import render_markdown, render_text, summarise, targets
from .spec_diff import bench_spec_diff

__all__ = ["main", "run"]

DEFAULT_OUTPUT = ROOT / "bench-results"
VERSIONS = ("httpx", "attrs", "openai", "pydantic", "openapi-python-client", "realtime-sessions")


def run(settings: Settings, command: str, prism: Path | None = None) -> dict[str, Any]:
    """Every section, in order; the JSON-ready result."""
    from ..overlays import resolved_spec

    started = datetime.datetime.now(datetime.UTC)
    meta: dict[str, Any] = {
        "date": started.strftime("%Y-%m-%d %H:%M UTC"),
        "command": command,
        "smoke": settings.smoke,
        "python": platform.python_version(),
        "implementation": f"{platform.python_implementation()} {sys.executable}",
        "machine": machine(),
        "settings": settings.__dict__,
        "versions": {name: version(name) for name in VERSIONS},
    }
    spec = resolved_spec()
    bound = bound_responses(spec)
    bodies = {b.model: full_response_body(spec, b) for b in bound}
    sections: dict[str, Section] = {}
    with tempfile.TemporaryDirectory(prefix="spectools-bench-") as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        workdir = Path(tmp)
        references = load_references(spec, workdir)
        meta["skipped"] = references.skipped
        log("import ...")
        sections["import"] = bench_cold_import(settings)
        sections["importtime"] = bench_importtime(settings)
        for response in bound:
            log(f"parse / serialise / memory: {response.model} ...")
            body = bodies[response.model]
            parse, serialise = bench_parse(settings, references, response, body)
            sections[f"parse:{response.model}"] = parse
            sections[f"serialise:{response.model}"] = serialise
            sections[f"memory:{response.model}"] = bench_memory(
                settings, references, response, body
            )
        for response in bound:
            client = response.operation.client
            log(f"loopback: {response.operation.label} ...")
            raw = json.dumps(bodies[response.model]).encode()
            sections[f"loopback:{client}"] = bench_loopback(
                settings, references, response, raw, spec, workdir
            )
        log("mock: ours and Prism ...")
        for client, section in bench_mock(settings, spec, bound, workdir, prism).items():
            sections[f"mock:{client}"] = section
        log("regenerate ...")
        sections["regenerate"] = bench_regenerate(settings, workdir)
        log("spec-diff ...")
        sections["spec_diff"] = bench_spec_diff(settings, workdir)
    meta["seconds"] = round((datetime.datetime.now(datetime.UTC) - started).total_seconds(), 1)
    meta["load_average_at_end"] = load_average()
    summary = summarise(sections)
    return {"meta": meta, "targets": targets(summary), "sections": summary, "bodies": bodies}


def _shown_command(argv: Sequence[str]) -> str:
    """The command as run, without --remark texts (README.md shows those on their own) and
    with paths inside the checkout relative to it."""
    shown: list[str] = []
    skip_next = False
    for arg in argv:
        if skip_next or arg.startswith("--remark"):
            skip_next = arg == "--remark"
            continue
        path = Path(arg)
        if path.is_absolute() and path.is_relative_to(ROOT):
            arg = str(path.relative_to(ROOT))
        shown.append(arg)
    return " ".join(["python -m spectools bench", *shown]).strip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m spectools bench",
        description="Benchmarks against raw httpx, raw openapi-python-client, openai and Prism.",
    )
    parser.add_argument("--smoke", action="store_true", help="tiny counts (CI keeps it working)")
    parser.add_argument(
        "--output-dir",
        type=Path,
        help="where latest.json and README.md go (default bench-results/; --smoke: a temp dir)",
    )
    parser.add_argument("--calls", type=int, help="loopback calls per client (default 2000)")
    parser.add_argument("--import-runs", type=int, help="interpreters per import case (20)")
    parser.add_argument("--mock-requests", type=int, help="requests per mock and concurrency")
    parser.add_argument(
        "--prism", type=Path, help="the `prism` executable (nox -s bench installs it with npm)"
    )
    parser.add_argument("--remark", action="append", default=[], help="a note for README.md")
    args = parser.parse_args(argv)

    settings = Settings.smoke_settings() if args.smoke else Settings()
    overrides = {
        name: value
        for name, value in (
            ("calls", args.calls),
            ("import_runs", args.import_runs),
            ("mock_requests", args.mock_requests),
        )
        if value
    }
    settings = settings.replace(**overrides)
    arguments = list(argv if argv is not None else sys.argv[2:])
    result = run(settings, _shown_command(arguments), args.prism)
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
