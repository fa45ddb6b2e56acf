"""Shared test helpers: where things are, and skips for what a bare clone lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

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
