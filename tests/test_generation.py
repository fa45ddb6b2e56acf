"""Step 3: resolved spec + templates -> generated/, reproducibly; a stale tree is caught."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from spectools.generate import GENERATED_DIR, PACKAGE, diff_trees, generate_package
from spectools.overlays import resolved_spec
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_package(tmp_path_factory.mktemp("gen"))


def test_generated_dir_is_exactly_what_regenerate_makes(fresh_tree: Path) -> None:
    diff = diff_trees(GENERATED_DIR / PACKAGE, fresh_tree)
    assert diff == "", f"generated/ is stale; run `nox -s regenerate`:\n{diff[:4000]}"


def test_generation_is_deterministic(fresh_tree: Path, tmp_path: Path) -> None:
    again = generate_package(tmp_path)
    assert diff_trees(fresh_tree, again) == ""


def test_check_generated_exits_1_with_a_diff_when_an_overlay_changes(tmp_path: Path) -> None:
    clone = tmp_path / "repo"
    shutil.copytree(ROOT, clone, ignore=shutil.ignore_patterns(".git", ".nox", "*cache*"))
    overlay = clone / "openapi" / "overlays" / "02-operation-deprecated.yaml"
    overlay.write_text(overlay.read_text().replace("client_secrets", "client_tokens"))
    result = subprocess.run(
        [sys.executable, "-m", "spectools", "check-generated"],
        cwd=clone,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    # a successor the package binds is named by its method, any other by its path
    assert (
        '-SUCCESSOR: Final[str | None] = "RealtimeClientSecrets.create (POST /realtime/client_secrets)"'
        in result.stdout
    )
    assert '+SUCCESSOR: Final[str | None] = "POST /realtime/client_tokens"' in result.stdout
    assert "generated/ is stale" in result.stderr


def _response_properties(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]["RealtimeSessionCreateResponse"]["properties"]


def _changed_files(diff: str) -> set[str]:
    prefix = "+++ b/generated/"
    return {line[len(prefix) :] for line in diff.splitlines() if line.startswith(prefix)}


def test_a_spec_change_shows_exactly_in_the_generated_diff(
    fresh_tree: Path, tmp_path: Path
) -> None:
    spec = copy.deepcopy(resolved_spec())
    del _response_properties(spec)["tool_choice"]
    _response_properties(spec)["voice_speed_hint"] = {"type": "number", "description": "New."}
    mutated = generate_package(tmp_path, resolved=spec)
    diff = diff_trees(fresh_tree, mutated)
    assert _changed_files(diff) == {"realtime_sessions/models/session_create_response.py"}
    removed = [
        line for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")
    ]
    added = [
        line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")
    ]
    assert any("tool_choice: str | Unset = UNSET" in line for line in removed)
    assert any("voice_speed_hint: float | Unset = UNSET" in line for line in added)
    assert not any("tool_choice" in line for line in added)
    assert not any("voice_speed_hint" in line for line in removed)


def test_generator_versions_are_pinned_exactly() -> None:
    import tomllib

    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    pins = {p.split("==")[0]: p for p in groups["generate"] if isinstance(p, str)}
    for tool in ("openapi-python-client", "datamodel-code-generator", "ruff"):
        assert "==" in pins[tool], f"{tool} must be pinned with =="


def test_documentation_links_in_generated_code_are_absolute(fresh_tree: Path) -> None:
    """Upstream links its guides by site path (`](/docs/guides/realtime)`), which no IDE, GitHub
    page or site can follow: docstrings, Args lines and --help carry absolute links."""
    spec_links = [
        line
        for line in (ROOT / "openapi" / "fragment.yaml").read_text().splitlines()
        if "](/docs/" in line
    ]
    assert spec_links  # upstream still writes them: otherwise this test proves nothing
    relative = [
        f"{path.relative_to(fresh_tree)}: {line.strip()}"
        for path in sorted(fresh_tree.rglob("*.py"))
        for line in path.read_text().splitlines()
        if "](/" in line
    ]
    assert relative == []
    assert any(
        "](https://platform.openai.com/docs/" in p.read_text() for p in fresh_tree.rglob("*.py")
    )
