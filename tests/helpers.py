"""Shared test helpers: where things are, and skips for what a bare clone lacks."""

from __future__ import annotations

import functools
import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from spectools.project import Operation, operations

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
UPSTREAM = SHARED / "upstream" / "openapi.yaml"
SEED_DIR = SHARED / "seed"

needs_upstream = pytest.mark.skipif(
    not UPSTREAM.is_file(),
    reason=f"needs the upstream description at {UPSTREAM} (../shared is not beside this clone)",
)
needs_seed = pytest.mark.skipif(
    not SEED_DIR.is_dir(),
    reason=f"needs the API reference page in {SEED_DIR} (../shared is not beside this clone)",
)

DATA = Path(__file__).parent / "data"
# tests/data/bad_requests.json: invalid arguments, each for the operation it names
# (`"operation": "POST /realtime/client_secrets"`; POST /realtime/sessions when it names none).
BAD_REQUESTS: list[dict[str, Any]] = json.loads((DATA / "bad_requests.json").read_text())


def operation_of(case: dict[str, Any]) -> Operation:
    """The bound operation a corpus case is for."""
    label = case.get("operation", operations()[0].label)
    return next(op for op in operations() if op.label == label)


def endpoint_of(op: Operation) -> ModuleType:
    """The generated `api.realtime.<operation>` module of `op`, imported here: the package loads
    it with its client, on first use, not on `import realtime_sessions`."""
    return importlib.import_module(f"realtime_sessions.api.realtime.{_endpoint_name(op.label)}")


@functools.cache
def _endpoint_name(label: str) -> str:
    from spectools.generate import endpoint_module
    from spectools.overlays import resolved_spec

    return endpoint_module(resolved_spec(), next(op for op in operations() if op.label == label))
