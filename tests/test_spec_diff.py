"""`spec-diff`: CLI exit codes and formats, git:REF sides, and a golden report of an upstream change."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from spectools.__main__ import main as spectools_main
from spectools.spec_diff import bench_spec_diff, main
from tests.helpers import UPSTREAM, needs_upstream

DATA = Path(__file__).parent / "data" / "spec_diff"
MINI = DATA / "mini"
RESPONSE = "RealtimeSessionCreateResponse"


def _mini() -> dict[str, Any]:
    return yaml.safe_load((MINI / "fragment.yaml").read_text())


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, default=str), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = spectools_main(["spec-diff", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sides(tmp_path: Path) -> tuple[Path, Path]:
    """The mini fragment and a copy without `expires_at` in the response (one breaking change)."""
    new = _mini()
    del new["components"]["schemas"][RESPONSE]["properties"]["expires_at"]
    return _write(tmp_path / "old.json", _mini()), _write(tmp_path / "new.json", new)


# --- exit codes ---------------------------------------------------------------------------------


def test_no_change_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(MINI / "fragment.yaml"), str(MINI / "fragment.yaml"))
    assert (code, out.strip()) == (0, "Spec drift: no changes")


def test_breaking_change_exits_1(
    capsys: pytest.CaptureFixture[str], sides: tuple[Path, Path]
) -> None:
    code, out, _ = _run(capsys, str(sides[0]), str(sides[1]))
    assert code == 1
    assert "response-optional-property-removed" in out
    # no overlays beside these files, so the class is named after the $ref, not a title
    assert "→ RealtimeSessionCreateResponse.expires_at" in out


@pytest.mark.parametrize(("fail_on", "expected"), [("breaking", 0), ("any", 1), ("never", 0)])
def test_fail_on_threshold(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fail_on: str, expected: int
) -> None:
    new = _mini()
    new["components"]["schemas"][RESPONSE]["properties"]["id"]["description"] = "The session id."
    old = _write(tmp_path / "old.json", _mini())
    code, _, _ = _run(
        capsys, str(old), str(_write(tmp_path / "new.json", new)), "--fail-on", fail_on
    )
    assert code == expected


def test_fail_on_never_passes_breaking(
    capsys: pytest.CaptureFixture[str], sides: tuple[Path, Path]
) -> None:
    assert _run(capsys, str(sides[0]), str(sides[1]), "--fail-on", "never")[0] == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        ("openapi: [unclosed", "invalid YAML/JSON"),
        ("swagger: '2.0'\n", "not an OpenAPI 3.x document"),
        ("openapi: 3.1.0\npaths: {}\n", "operation POST /realtime/sessions is absent"),
    ],
    ids=["missing-file", "invalid-yaml", "not-openapi", "operation-absent"],
)
def test_unusable_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None, reason: str
) -> None:
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_text(content)
    code, out, err = _run(capsys, str(MINI / "fragment.yaml"), str(bad))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and reason in err


# --- formats ------------------------------------------------------------------------------------


def test_json_shape(capsys: pytest.CaptureFixture[str], sides: tuple[Path, Path]) -> None:
    code, out, _ = _run(capsys, str(sides[0]), str(sides[1]), "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert set(report) == {"breaking", "changes"} and report["breaking"] is True
    [change] = report["changes"]
    assert set(change) == {"pointer", "kind", "severity", "message", "symbols"}
    assert change["pointer"] == (
        "/paths/~1realtime~1sessions/post/responses/200/content/application~1json/schema"
        "/properties/expires_at"
    )
    assert (change["kind"], change["severity"]) == (
        "response-optional-property-removed",
        "breaking",
    )
    assert change["symbols"] == ["RealtimeSessionCreateResponse.expires_at"]


def test_json_not_breaking(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    new = _mini()
    new["components"]["schemas"]["VoiceIdsShared"]["enum"].append("nova")
    old = _write(tmp_path / "old.json", _mini())
    code, out, _ = _run(
        capsys, str(old), str(_write(tmp_path / "new.json", new)), "--format", "json"
    )
    report = json.loads(out)
    assert code == 0 and report["breaking"] is False
    assert {(c["kind"], c["severity"]) for c in report["changes"]} == {
        ("request-property-enum-value-added", "non-breaking"),
        ("response-property-enum-value-added", "non-breaking"),
    }


def test_markdown_groups_by_severity(
    capsys: pytest.CaptureFixture[str], sides: tuple[Path, Path]
) -> None:
    _, out, _ = _run(capsys, str(sides[0]), str(sides[1]), "--format", "markdown")
    assert out.startswith("## Spec drift: 1 breaking, 0 non-breaking, 0 info\n")
    assert "### ❌ Breaking (1)" in out
    assert "| `response-optional-property-removed` |" in out


# --- git:REF ------------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}  # fmt: skip
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def make_repo(path: Path) -> Path:
    """A repository whose first commit holds the mini fragment and its overlay under openapi/."""
    shutil.copytree(MINI, path / "openapi")
    git(path, "init", "-q", "-b", "main")
    git(path, "add", "openapi")
    git(path, "commit", "-q", "-m", "fragment")
    return path


def edit_fragment(repo: Path, change: Any) -> None:
    fragment = repo / "openapi" / "fragment.yaml"
    doc = yaml.safe_load(fragment.read_text())
    change(doc)
    fragment.write_text(yaml.safe_dump(doc, sort_keys=False))


def test_git_ref_against_working_tree(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path / "repo")
    edit_fragment(
        repo, lambda d: d["components"]["schemas"][RESPONSE]["properties"].pop("expires_at")
    )
    monkeypatch.chdir(repo)
    code, out, _ = _run(capsys, "git:HEAD", "openapi/fragment.yaml", "--format", "json")
    [change] = json.loads(out)["changes"]
    assert code == 1
    # the overlay at HEAD and beside the working-tree fragment both named the class
    assert change["symbols"] == ["SessionCreateResponse.expires_at"]


def test_git_ref_to_git_ref_uses_overlays_at_each_revision(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    overlay = repo / "openapi" / "overlays" / "01-titles.yaml"
    overlay.write_text(
        overlay.read_text().replace("{title: SessionCreateResponse}", "{title: Session}")
    )
    git(repo, "commit", "-q", "-am", "rename the class")
    code, out, _ = _run(capsys, "git:HEAD~1", "git:HEAD", "--repo", str(repo), "--format", "json")
    assert code == 0
    assert [(c["kind"], c["severity"]) for c in json.loads(out)["changes"]] == [
        ("title-changed", "info")
    ]


@pytest.mark.parametrize("ref", ["git:no-such-ref", "git:HEAD~5"])
def test_git_ref_unknown_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ref: str
) -> None:
    repo = make_repo(tmp_path / "repo")
    code, _, err = _run(capsys, ref, "git:HEAD", "--repo", str(repo))
    assert code == 2 and err.startswith("error: ")


def test_git_ref_without_fragment_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    git(repo, "rm", "-q", "openapi/fragment.yaml")
    git(repo, "commit", "-q", "-m", "drop")
    code, _, err = _run(capsys, "git:HEAD", "git:HEAD~1", "--repo", str(repo))
    assert code == 2 and "no openapi/fragment.yaml at that revision" in err


# --- a real upstream change, recorded as golden files -------------------------------------------


def upstream_variant(doc: dict[str, Any]) -> dict[str, Any]:
    """Upstream, changed the ways upstream changes: a response property removed, a voice added,
    a request bound narrowed, a component renamed (no change) and a description reworded."""
    variant = copy.deepcopy(doc)
    schemas = variant["components"]["schemas"]
    del schemas[RESPONSE]["properties"]["expires_at"]
    schemas["VoiceIdsShared"]["anyOf"][1]["enum"].append("nova")
    schemas["RealtimeSessionCreateRequest"]["properties"]["speed"]["maximum"] = 1.2
    schemas["RealtimeSessionCreateRequest"]["properties"]["instructions"]["description"] = (
        "Instructions."
    )
    # A component no overlay targets, so the project's overlays still apply to both sides.
    schemas["NoiseReductionKind"] = schemas.pop("NoiseReductionType")
    text = json.dumps(variant, default=str).replace(
        '"#/components/schemas/NoiseReductionType"', '"#/components/schemas/NoiseReductionKind"'
    )
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def upstream_variant_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not UPSTREAM.is_file():
        pytest.skip(f"needs the upstream description at {UPSTREAM} (../shared)")
    doc = yaml.load(UPSTREAM.read_bytes(), Loader=yaml.CSafeLoader)
    return _write(tmp_path_factory.mktemp("upstream") / "variant.json", upstream_variant(doc))


@needs_upstream
@pytest.mark.parametrize(
    ("fmt", "golden"), [("json", "upstream-variant.json"), ("markdown", "upstream-variant.md")]
)
def test_upstream_change_matches_golden(
    capsys: pytest.CaptureFixture[str], upstream_variant_path: Path, fmt: str, golden: str
) -> None:
    code, out, _ = _run(capsys, str(UPSTREAM), str(upstream_variant_path), "--format", fmt)
    expected = DATA / golden
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_text(out, encoding="utf-8")
    assert code == 1
    assert out == expected.read_text(encoding="utf-8")


@needs_upstream
def test_upstream_golden_says_what_changed() -> None:
    """The golden file itself is reviewed content: pin the facts it must contain."""
    changes = json.loads((DATA / "upstream-variant.json").read_text())["changes"]
    found = {(c["kind"], c["severity"]) for c in changes}
    assert ("response-optional-property-removed", "breaking") in found
    assert ("request-property-max-decreased", "breaking") in found
    assert ("response-property-enum-value-added", "non-breaking") in found
    assert ("description-changed", "info") in found
    assert not any("noise_reduction" in c["pointer"] for c in changes)  # the rename is no change


@needs_upstream
def test_bench_spec_diff_compares_two_full_upstream_descriptions() -> None:
    # Speed is measured by `nox -s bench`, never asserted here; this only keeps the hook working.
    timing = bench_spec_diff(UPSTREAM, UPSTREAM, repeat=1)
    assert timing["best_s"] > 0


def test_main_is_the_module_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(MINI / "fragment.yaml"), str(MINI / "fragment.yaml"), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"breaking": False, "changes": []}
