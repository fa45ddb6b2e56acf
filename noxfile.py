"""The pipeline's commands. `nox` alone runs what CI runs: lint, typecheck, check-generated,
spec-gate, tests. Every session installs what it needs from pyproject's [dependency-groups]."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path
from types import FrameType

import nox

nox.needs_version = ">=2025.2.9"
# uv when it is installed (the README's commands install it: installs take seconds, not minutes),
# the stdlib's venv otherwise.
nox.options.default_venv_backend = "uv|venv"
# Interpreters come from the machine, never from a download: on CI (CI=true) a missing one
# fails the run, elsewhere its session is skipped with a message.
nox.options.download_python = "never"
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "typecheck", "check-generated", "spec-gate", "docs", "tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
# Every supported Python runs the whole test suite (pyproject's requires-python is >=3.11).
PYTHONS = ["3.11", "3.12", "3.13"]


def install_group(session: nox.Session, *groups: str) -> None:
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))


@nox.session(name="sync-spec")
def sync_spec(session: nox.Session) -> None:
    """Extract the fragment from an upstream description: `nox -s sync-spec [-- SOURCE]`."""
    install_group(session, "generate")
    session.run("python", "-m", "spectools", "sync-spec", *session.posargs)


@nox.session
def regenerate(session: nox.Session) -> None:
    """openapi/ + templates/ -> generated/ (byte for byte reproducible)."""
    install_group(session, "generate")
    session.run("python", "-m", "spectools", "regenerate", *session.posargs)


@nox.session(name="check-generated")
def check_generated(session: nox.Session) -> None:
    """Regenerate into a temporary directory; fail with a diff when generated/ is stale."""
    install_group(session, "generate")
    session.run("python", "-m", "spectools", "check-generated")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on the hand-written code (spectools, tests, templates/runtime, noxfile)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", "spectools", "tests", "templates/runtime", "noxfile.py")
    session.run(
        "ruff", "format", "--check", "spectools", "tests", "templates/runtime", "noxfile.py"
    )


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the tooling, on the generated package (runtime included) and on the
    README's samples as written (tests/test_readme.py)."""
    install_group(session, "lint")
    session.install(".")
    session.run("mypy")
    session.run(
        "pytest", "-q", "tests/test_readme.py", "tests/test_client_interface.py", "-k", "mypy"
    )


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite against the installed package (`pip install .`), on every supported Python."""
    install_group(session, "test")
    session.install(".")
    # one worker per core (CI has two), an idle one takes queued tests from the busy one;
    # `-- -n 0` runs in one process, e.g. to debug
    session.run("pytest", "-n", "auto", "--dist", "worksteal", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """docs/reference/ from the resolved fragment and generated/, then the site (README, the
    reference pages, the Python API) with `mkdocs build --strict` into site/ (ignored), then the
    browser test on that site. In CI's list: check-generated has already failed if the pages
    were stale, so writing them here changes nothing there."""
    install_group(session, "docs")
    session.install(".")  # the package's own dependencies, for the pages' introspection
    session.run("python", "-m", "spectools", "docs")
    site = Path("site").resolve()
    session.run("mkdocs", "build", "--strict", "--site-dir", str(site), env=_QUIET_MKDOCS)
    session.run(
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--noconftest",  # the suite's fixtures (mock server, hypothesis) are not needed here
        "tests/test_docs_site.py",
        env={"REALTIME_DOCS_SITE": str(site)},
    )


# Material 9.7+ prints a banner about MkDocs 2.0 on every build; the pins make it moot.
_QUIET_MKDOCS = {"NO_MKDOCS_2_WARNING": "1"}


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@nox.session
def mock(session: nox.Session) -> None:
    """Serve POST /v1/realtime/sessions from the resolved fragment: `nox -s mock -- --port 4010`."""
    install_group(session, "mock")
    # Ctrl-C reaches the server and nox alike; SIGTERM reaches only nox, which would die and leave
    # the server running. As an interrupt, nox stops its child: it waits `interrupt_timeout`,
    # then sends SIGTERM (the mock shuts down gracefully in up to 3 s), then SIGKILL.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        session.run(
            "python",
            "-m",
            "spectools",
            "mock",
            *session.posargs,
            interrupt_timeout=1.0,
            terminate_timeout=5.0,
        )
    finally:
        signal.signal(signal.SIGTERM, previous)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: start the mock, create a session with the client, print it. No API key."""
    install_group(session, "mock")
    session.install(".")
    session.run("python", "-m", "spectools", "demo", *session.posargs)


@nox.session(name="spec-diff")
def spec_diff(session: nox.Session) -> None:
    """What changed between two specs, for users of the client: `nox -s spec-diff -- OLD NEW`.

    stdout carries the report and nothing else (`--format json`: exactly one JSON document):
    nox logs to stderr, and the command's own stderr stays stderr (nox merges it by default)."""
    install_group(session, "generate", "mock")
    session.run("python", "-m", "spectools", "spec-diff", *session.posargs, stderr=None)


@nox.session(name="spec-gate")
def spec_gate(session: nox.Session) -> None:
    """Fail on an unacknowledged breaking change to openapi/ since the merge base (or HEAD~1)."""
    install_group(session, "generate", "mock")
    session.run("python", "-m", "spectools", "spec-gate", *session.posargs, stderr=None)


# The mock the official SDK's own tests run on, which the bench measures ours against.
PRISM = "@stainless-api/prism-cli@5.16.1"


def install_prism(session: nox.Session) -> Path | None:
    """Prism, installed with npm into .nox/.cache (ignored by git); None where npm is absent."""
    npm = shutil.which("npm")
    if npm is None:
        session.warn("npm is not on PATH: the bench skips Prism and says so")
        return None
    prefix = Path(session.cache_dir) / PRISM.replace("/", "_")
    prism = prefix / "node_modules" / ".bin" / "prism"
    if not prism.exists():
        session.run(
            npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", PRISM, external=True
        )
    return prism


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx, raw openapi-python-client, the openai SDK and Prism."""
    install_group(session, "bench")
    session.install(".")
    arguments = list(session.posargs)
    if "--prism" not in arguments and (prism := install_prism(session)) is not None:
        arguments += ["--prism", str(prism)]
    session.run("python", "-m", "spectools", "bench", *arguments)
