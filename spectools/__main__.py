"""Command line for the tooling: `python -m spectools <command> ...` (nox sessions call this)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .project import DEFAULT_SOURCE, FRAGMENT_PATH
from .specio import SpecError


def _sync_spec(args: argparse.Namespace) -> int:
    from .sync import sync_spec

    provenance = sync_spec(
        args.source or DEFAULT_SOURCE, commit=args.commit, out_dir=Path(args.out_dir)
    )
    upstream = provenance["upstream"]
    print(
        f"wrote openapi/fragment.yaml: {', '.join(provenance['operations'])},"
        f" {len(provenance['schemas'])} schemas"
        f" (upstream {upstream['commit'][:12]}, sha256 {upstream['sha256'][:12]}…)"
    )
    return 0


def _regenerate(args: argparse.Namespace) -> int:
    from .generate import regenerate

    regenerate(Path(args.output)) if args.output else regenerate()
    return 0


def _check_generated(args: argparse.Namespace) -> int:
    from .generate import check_generated

    return check_generated()


# command -> (module under spectools with `main(argv) -> int`, help)
_DELEGATED = {
    "spec-diff": (
        ".drift.spec_diff",
        "classify changes between two specs (breaking / non-breaking / info)",
    ),
    "spec-gate": (
        ".drift.spec_gate",
        "fail when openapi/ changed in a breaking way that is not acknowledged",
    ),
    "mock": (".mock", "serve the bound operations under /v1 from the resolved fragment"),
    "demo": (".demo", "start the mock, call every bound operation with the client, print them"),
    "bench": (".bench", "benchmarks against httpx, raw openapi-python-client and openai"),
    "docs": (".docs", "write docs/reference/ from the resolved fragment and the package"),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spectools")
    commands = parser.add_subparsers(dest="command", required=True)

    sync = commands.add_parser(
        "sync-spec", help="extract the fragment from an upstream description"
    )
    sync.add_argument(
        "source", nargs="?", help="path or URL (default ../shared/upstream/openapi.yaml)"
    )
    sync.add_argument("--commit", help="upstream commit, when the source does not say")
    sync.add_argument("--out-dir", default=str(FRAGMENT_PATH.parent), help="default: openapi/")
    sync.set_defaults(run=_sync_spec)

    regen = commands.add_parser("regenerate", help="overlays + templates -> generated/")
    regen.add_argument("--output", help="write here instead of generated/")
    regen.set_defaults(run=_regenerate)

    check = commands.add_parser(
        "check-generated", help="exit 1 with a diff when generated/ is stale"
    )
    check.set_defaults(run=_check_generated)

    # Commands that own their argument parsing: `python -m spectools <name> ...`.
    for name, (_, help_text) in _DELEGATED.items():
        commands.add_parser(name, help=help_text, add_help=False)

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _DELEGATED:
        import importlib

        module = importlib.import_module(_DELEGATED[argv[0]][0], __package__)
        try:
            return int(module.main(argv[1:]))
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2

    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
