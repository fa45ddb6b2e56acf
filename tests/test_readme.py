"""The README's Python samples, as written: they run against the mock, and pass mypy --strict.

The mypy check runs where mypy is installed: in `nox -s typecheck` (whose dependency group
includes the test group), which runs this file's mypy test; the test sessions skip it.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT

README = ROOT / "README.md"
SAMPLES = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)


def test_the_readme_has_its_samples() -> None:
    assert len(SAMPLES) >= 2
    assert any("RealtimeClientSecrets" in s and "RealtimeSessions" in s for s in SAMPLES)


@pytest.mark.parametrize("sample", SAMPLES, ids=[f"sample-{i}" for i in range(len(SAMPLES))])
def test_sample_runs_against_the_mock(
    sample: str, mock_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-readme")
    monkeypatch.setenv("OPENAI_BASE_URL", mock_server.base_url)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        exec(compile(sample, str(README), "exec"), {})
    assert mock_server.requests and all(r.status == 200 for r in mock_server.requests)


@pytest.mark.parametrize("sample", SAMPLES, ids=[f"sample-{i}" for i in range(len(SAMPLES))])
def test_sample_passes_mypy_strict(sample: str, tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api", reason="mypy runs in `nox -s typecheck`")
    source = tmp_path / "readme_sample.py"
    source.write_text(sample, encoding="utf-8")
    out, err, status = api.run(
        [
            "--strict",
            "--python-version",
            "3.11",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(source),
        ]
    )
    assert status == 0, out + err


def test_the_first_sample_runs_as_a_script(mock_server: Any) -> None:
    """Issue 13: the first sample is a whole program (a `with` block, printed output), run as
    a user would run it, in a fresh interpreter."""
    import os
    import subprocess
    import sys

    first = SAMPLES[0]
    assert "with " in first and "print(" in first and "is not UNSET" in first
    env = {**os.environ, "OPENAI_API_KEY": "sk-readme", "OPENAI_BASE_URL": mock_server.base_url}
    done = subprocess.run(
        [sys.executable, "-c", first], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "expires at" in done.stdout and "voice:" in done.stdout
    assert "value='**********'" in done.stdout  # the key is masked in the printed repr
