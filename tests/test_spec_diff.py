"""`spec-diff`: CLI exit codes and the machine-readable contract, unusable inputs, git:REF
sides, overlays (borrowed, stale, found from any directory), an old 3.0.0 description, the real
nox command, and a golden report of an upstream change."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from spectools.__main__ import main as spectools_main
from spectools.drift.spec_diff import main
from spectools.project import FRAGMENT_PATH, ROOT
from tests.helpers import UPSTREAM, needs_upstream

DATA = Path(__file__).parent / "data" / "spec_diff"
MINI = DATA / "mini"
OLD_30 = DATA / "upstream-2025-01-openapi-3.0.yaml"
RESPONSE = "RealtimeSessionCreateResponse"
PROJECT_OVERLAYS = ROOT / "openapi" / "overlays"


def _mini() -> dict[str, Any]:
    return yaml.safe_load((MINI / "fragment.yaml").read_text())


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
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
    assert (code, out.splitlines()[-1]) == (0, "Spec drift: no changes")


def test_breaking_change_exits_1(
    capsys: pytest.CaptureFixture[str], sides: tuple[Path, Path]
) -> None:
    code, out, _ = _run(capsys, str(sides[0]), str(sides[1]))
    assert code == 1
    assert "response-optional-property-removed" in out
    # no overlays beside these files: the response model is named as the project names it
    assert "→ SessionCreateResponse.expires_at" in out


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


_CYCLE = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/realtime/sessions": {
            "post": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                        },
                    }
                }
            }
        }
    },
    "components": {
        "schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"},
        }
    },
}

UNUSABLE = [
    (None, "no such file"),
    (b"openapi: [unclosed", "invalid YAML/JSON"),
    (b"swagger: '2.0'\n", "not an OpenAPI 3.x document"),
    (b"openapi: 3.1.0\npaths: {}\n", "none of the bound operations is in the document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a YAML or JSON text file (binary?)"),
    (b"\x1f\x8b\x08\x00gzip", "not a YAML or JSON text file (binary?)"),
    (b"openapi: 3.2.0\npaths: {}\n", "unsupported OpenAPI version 3.2.0"),
    (
        json.dumps(_CYCLE).encode(),
        "$ref cycle that never reaches a schema: #/components/schemas/A"
        " → #/components/schemas/B → #/components/schemas/A",
    ),
]
UNUSABLE_IDS = [
    "missing-file",
    "invalid-yaml",
    "not-openapi",
    "operation-absent",
    "binary-png",
    "binary-gzip",
    "openapi-3.2",
    "ref-cycle",
]


@pytest.fixture(params=UNUSABLE, ids=UNUSABLE_IDS)
def unusable(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    """An unusable input file, and what the error must say about it."""
    content, reason = request.param
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_bytes(content)
    return bad, reason


def test_unusable_input_exits_2_with_one_line_naming_the_side(
    capsys: pytest.CaptureFixture[str], unusable: tuple[Path, str]
) -> None:
    bad, reason = unusable
    code, out, err = _run(capsys, str(MINI / "fragment.yaml"), str(bad))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(f"error: new: {bad}") and reason in err


def test_unusable_input_in_json_is_an_error_document(
    capsys: pytest.CaptureFixture[str], unusable: tuple[Path, str]
) -> None:
    bad, reason = unusable
    code, out, _ = _run(capsys, str(bad), str(MINI / "fragment.yaml"), "--format", "json")
    document = json.loads(out)
    assert code == 2
    assert set(document) == {"error", "input"} and document["input"] == "old"
    assert document["error"].startswith(f"old: {bad}") and reason in document["error"]


def test_usage_error_in_json_is_an_error_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(MINI / "fragment.yaml"), "--format", "json")
    assert code == 2
    assert json.loads(out) == {"error": json.loads(out)["error"], "input": None}
    assert "usage:" in json.loads(out)["error"] and err.startswith("error: usage:")


def test_a_recursive_schema_is_compared_not_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = _mini()
    old["components"]["schemas"][RESPONSE]["properties"]["parent"] = {
        "$ref": f"#/components/schemas/{RESPONSE}"
    }
    new = copy.deepcopy(old)
    new["components"]["schemas"][RESPONSE]["properties"]["id"]["maxLength"] = 64
    code, out, _ = _run(
        capsys, str(_write(tmp_path / "o.json", old)), str(_write(tmp_path / "n.json", new)),
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    assert [c["kind"] for c in json.loads(out)["changes"]] == ["response-property-max-length-set"]


def test_output_file_gets_the_report_and_stdout_stays_empty(
    capsys: pytest.CaptureFixture[str], sides: tuple[Path, Path], tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    code, out, err = _run(
        capsys, str(sides[0]), str(sides[1]), "--format", "json", "--output", str(target)
    )
    assert (code, out, err) == (1, "", "")
    assert json.loads(target.read_text())["breaking"] is True


def test_output_file_gets_the_error_document_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    code, out, _ = _run(
        capsys, str(tmp_path / "absent.yaml"), str(MINI / "fragment.yaml"), "--format=json",
        f"--output={target}",
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert json.loads(target.read_text())["input"] == "old"


# --- formats ------------------------------------------------------------------------------------


def test_json_shape(capsys: pytest.CaptureFixture[str], sides: tuple[Path, Path]) -> None:
    code, out, _ = _run(capsys, str(sides[0]), str(sides[1]), "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert set(report) == {
        "breaking",
        "stale_overlays",
        "summary",
        "operations",
        "changes",
        "sides",
        "notes",
    }
    assert (report["breaking"], report["stale_overlays"]) == (True, False)
    assert report["summary"] == {"breaking": 1, "non-breaking": 0, "info": 0, "hidden": 0}
    assert report["operations"] == [
        {"operation": "POST /realtime/sessions", "summary": report["summary"]}
    ]
    [change] = report["changes"]
    assert set(change) == {
        "operation",
        "pointer",
        "kind",
        "severity",
        "message",
        "symbols",
        "hidden_by",
    }
    assert change["operation"] == "POST /realtime/sessions"
    assert change["pointer"] == (
        "/paths/~1realtime~1sessions/post/responses/200/content/application~1json/schema"
        "/properties/expires_at"
    )
    assert (change["kind"], change["severity"], change["hidden_by"]) == (
        "response-optional-property-removed",
        "breaking",
        None,
    )
    assert change["symbols"] == ["SessionCreateResponse.expires_at"]
    # neither file has overlays beside it: both were read through the project's, which mostly
    # do not fit the mini fragment, and the report says which actions did not apply
    old, new = report["sides"]
    assert (old["role"], new["role"]) == ("old", "new")
    assert old["overlays"] == f"project ({PROJECT_OVERLAYS})" and old["not_applied"]
    assert set(old["not_applied"][0]) == {"overlay", "action", "target", "reason"}


def test_json_not_breaking(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    new = _mini()
    new["components"]["schemas"]["VoiceIdsShared"]["enum"].append("nova")
    old = _write(tmp_path / "old.json", _mini())
    code, out, _ = _run(
        capsys, str(old), str(_write(tmp_path / "new.json", new)), "--format", "json",
        "--fail-on", "never",
    )  # fmt: skip
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
    assert out.startswith("## Spec drift: 1 breaking, 0 non-breaking, 0 info")
    assert "### ❌ Breaking (1)" in out
    assert "| `response-optional-property-removed` |" in out
    assert "<details><summary>How the sides were read</summary>" in out


# --- git:REF ------------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}  # fmt: skip
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def make_repo(path: Path, source: Path = MINI) -> Path:
    """A repository whose first commit holds a fragment and its overlays under openapi/."""
    shutil.copytree(source, path / "openapi")
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
    monkeypatch.chdir(repo)  # a relative path is relative to the working directory, as usual
    code, out, _ = _run(
        capsys, "git:HEAD", "openapi/fragment.yaml", "--repo", str(repo), "--format", "json"
    )
    report = json.loads(out)
    [change] = report["changes"]
    assert code == 1
    # the overlay at HEAD and beside the working-tree fragment both named the class
    assert change["symbols"] == ["SessionCreateResponse.expires_at"]
    assert [side["overlays"] for side in report["sides"]] == ["own", "own"]


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


@pytest.mark.parametrize("ref", ["no-such-ref", "HEAD~5"])
def test_git_ref_unknown_says_unknown_revision(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ref: str
) -> None:
    repo = make_repo(tmp_path / "repo")
    code, _, err = _run(capsys, f"git:{ref}", "git:HEAD", "--repo", str(repo))
    assert code == 2
    assert err == f"error: old: git:{ref}: unknown revision {ref}\n"


def test_git_ref_outside_a_repository(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, str(MINI / "fragment.yaml"), "git:HEAD", "--repo", str(tmp_path))
    assert code == 2
    assert err == f"error: new: git:HEAD: {tmp_path} is not a git repository\n"


def test_git_ref_without_fragment_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    git(repo, "rm", "-q", "openapi/fragment.yaml")
    git(repo, "commit", "-q", "-m", "drop")
    code, _, err = _run(capsys, "git:HEAD", "git:HEAD~1", "--repo", str(repo))
    assert code == 2 and "old: git:HEAD: no openapi/fragment.yaml at that revision" in err


# --- overlays: found in the repository, stale ones fail loudly ----------------------------------


def test_project_overlays_are_found_from_any_directory(
    capsys: pytest.CaptureFixture[str], sides: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(sides[0].parent)  # not the repository
    _, out, _ = _run(capsys, sides[0].name, sides[1].name, "--format", "json")
    report = json.loads(out)
    assert [side["overlays"] for side in report["sides"]] == [f"project ({PROJECT_OVERLAYS})"] * 2
    assert report["changes"][0]["symbols"] == ["SessionCreateResponse.expires_at"]


def _project_copy(root: Path, change: Any) -> Path:
    """The project's fragment and overlays copied under `root`/openapi, the fragment changed."""
    shutil.copytree(PROJECT_OVERLAYS, root / "openapi" / "overlays")
    doc = yaml.safe_load(FRAGMENT_PATH.read_text())
    change(doc)
    return _write(root / "openapi" / "fragment.yaml", doc)


def _request_properties(doc: dict[str, Any]) -> Any:
    return doc["components"]["schemas"]["RealtimeSessionCreateRequest"]["properties"]


def test_stale_overlay_fails_loudly_naming_file_and_action(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Upstream now bounds `temperature` itself: the action that adds bounds is stale."""
    new = _project_copy(
        tmp_path, lambda d: _request_properties(d)["temperature"].update(maximum=1.5)
    )
    code, out, _ = _run(capsys, str(FRAGMENT_PATH), str(new))
    assert code == 1
    assert out.startswith("STALE OVERLAYS: upstream no longer matches these actions")
    assert (
        "  new: 03-request-fixes.yaml action 6"
        " ($.components.schemas.RealtimeSessionCreateRequest.properties.temperature):"
        " `maximum` is 1.5, expected it absent\n"
    ) in out
    code, out, _ = _run(capsys, str(FRAGMENT_PATH), str(new), "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["stale_overlays"] is True
    assert report["sides"][1]["not_applied"] == [
        {
            "overlay": "03-request-fixes.yaml",
            "action": 6,
            "target": "$.components.schemas.RealtimeSessionCreateRequest.properties.temperature",
            "reason": "`maximum` is 1.5, expected it absent",
        }
    ]
    # the old side's actions that miss it (an older upstream) are listed, not failed on
    code, out, _ = _run(capsys, str(new), str(FRAGMENT_PATH), "--format", "json")
    assert json.loads(out)["stale_overlays"] is False


def test_a_change_the_overlays_hide_is_reported_and_breaking(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Upstream changes the request's client_secret, which an overlay removes: invisible
    through the overlays, reported as hidden with its own severity."""
    new = _project_copy(
        tmp_path,
        lambda d: _request_properties(d)["client_secret"]["properties"]["expires_at"].update(
            type="string"
        ),
    )
    code, out, _ = _run(capsys, str(FRAGMENT_PATH), str(new), "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["breaking"] is True
    assert report["summary"] == {"breaking": 1, "non-breaking": 0, "info": 0, "hidden": 1}
    [change] = report["changes"]
    assert change["hidden_by"] == [{"overlay": "03-request-fixes.yaml", "action": 1}]
    assert change["message"] == (
        "Upstream: Type integer → string: old values are rejected."
        " Hidden by overlay 03-request-fixes.yaml action 1."
    )


# --- an older upstream: OpenAPI 3.0.0, to which the overlays apply only in part -----------------


def _not_applied(report: dict[str, Any], role: str) -> set[tuple[str, int, str]]:
    [side] = [s for s in report["sides"] if s["role"] == role]
    return {(a["overlay"], a["action"], a["reason"]) for a in side["not_applied"]}


@needs_upstream
def test_old_3_0_description_against_upstream(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(OLD_30), str(UPSTREAM), "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["breaking"] is True and report["stale_overlays"] is False
    missed = _not_applied(report, "old")
    assert ("03-request-fixes.yaml", 2, "target matches nothing") in missed
    assert (
        "06-class-names.yaml",
        2,
        "`title` is absent, expected 'Realtime session configuration object'",
    ) in missed
    assert not _not_applied(report, "new")
    changes = {(c["kind"], c["pointer"].rsplit("/", 1)[1]): c for c in report["changes"]}
    # named as the project's classes although the title overlay missed the old side
    assert changes["response-optional-property-removed", "voice"]["symbols"] == [
        "SessionCreateResponse.voice"
    ]
    # voice: string enum -> anyOf[anyOf[string, enum], custom voice]: new values and shapes only
    assert changes["request-property-any-of-added", "1"]["severity"] == "non-breaking"
    # upstream dropped `model` from the request; 03 action 3 adds it back: hidden, and said so
    model = changes["request-property-removed", "model"]
    assert model["hidden_by"] == [{"overlay": "03-request-fixes.yaml", "action": 3}]


@needs_upstream
def test_files_and_git_refs_behave_the_same(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The same two documents, as two files read through the project's overlays, or as two
    revisions of a repository that holds those overlays: the same report, side names aside."""
    repo = tmp_path / "repo"
    (repo / "openapi").mkdir(parents=True)
    shutil.copytree(PROJECT_OVERLAYS, repo / "openapi" / "overlays")
    git(repo, "init", "-q", "-b", "main")
    for source in (OLD_30, UPSTREAM):
        shutil.copyfile(source, repo / "openapi" / "fragment.yaml")
        git(repo, "add", "openapi")
        git(repo, "commit", "-q", "-m", source.name)
    _, by_files, _ = _run(capsys, str(OLD_30), str(UPSTREAM), "--format", "json")
    code, by_refs, _ = _run(
        capsys, "git:HEAD~1", "git:HEAD", "--repo", str(repo), "--format", "json"
    )
    files, refs = json.loads(by_files), json.loads(by_refs)
    assert code == 1
    assert files["changes"] == refs["changes"]
    assert files["summary"] == refs["summary"] and files["stale_overlays"] == refs["stale_overlays"]
    for role in ("old", "new"):
        assert _not_applied(files, role) == _not_applied(refs, role)


# --- the documented command: `python3 -m nox -s spec-diff -- OLD NEW --format json` ------------


def _nox(*args: str) -> subprocess.CompletedProcess[str]:
    """The project's nox session in this environment (`--no-venv --no-install`: the session's
    dependencies are this test environment's), so stdout is what nox and the session print."""
    return subprocess.run(
        [sys.executable, "-m", "nox", "--no-venv", "--no-install", "-s", "spec-diff", "--", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (str(MINI / "fragment.yaml"), str(MINI / "fragment.yaml"), {"breaking": False}),
        (str(OLD_30), str(FRAGMENT_PATH), {"breaking": True}),
        (str(FRAGMENT_PATH), str(OLD_30), {"breaking": True, "stale_overlays": False}),
        (str(MINI / "fragment.yaml"), "no/such/file.yaml", {"input": "new"}),
    ],
    ids=["no-change", "old-3.0-to-fragment", "fragment-to-old-3.0", "unusable-input"],
)
def test_nox_prints_exactly_one_json_document(old: str, new: str, expected: dict[str, Any]) -> None:
    done = _nox(old, new, "--format", "json")
    document = json.loads(done.stdout)  # the whole of stdout: nothing before, nothing after
    assert expected.items() <= document.items()
    assert "nox > " in done.stderr  # nox's own lines went to stderr
    # nox folds every failing exit status to 1; the document tells the cases apart
    assert done.returncode == (0 if document.get("breaking") is False else 1)
    assert ("error" in document) == ("input" in expected)


# --- a real upstream change, recorded as golden files -------------------------------------------


def upstream_variant(doc: dict[str, Any]) -> dict[str, Any]:
    """Upstream, changed the ways upstream changes: a response property removed, a voice added,
    a request bound narrowed, a component renamed (no change), a description reworded, and a
    change under the request's client_secret, which an overlay removes (hidden, still breaking)."""
    variant = copy.deepcopy(doc)
    schemas = variant["components"]["schemas"]
    del schemas[RESPONSE]["properties"]["expires_at"]
    schemas["VoiceIdsShared"]["anyOf"][1]["enum"].append("nova")
    request = schemas["RealtimeSessionCreateRequest"]["properties"]
    request["speed"]["maximum"] = 1.2
    request["instructions"]["description"] = "Instructions."
    request["client_secret"]["properties"]["expires_at"]["type"] = "string"
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


def _stable(report: str, variant: Path) -> str:
    """The golden files name the inputs by role, not by this machine's paths."""
    return (
        report.replace(str(variant), "VARIANT")
        .replace(str(UPSTREAM), "UPSTREAM")
        .replace(str(PROJECT_OVERLAYS), "openapi/overlays")
    )


@needs_upstream
@pytest.mark.parametrize(
    ("fmt", "golden"), [("json", "upstream-variant.json"), ("markdown", "upstream-variant.md")]
)
def test_upstream_change_matches_golden(
    capsys: pytest.CaptureFixture[str], upstream_variant_path: Path, fmt: str, golden: str
) -> None:
    code, out, _ = _run(capsys, str(UPSTREAM), str(upstream_variant_path), "--format", fmt)
    out = _stable(out, upstream_variant_path)
    expected = DATA / golden
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_text(out, encoding="utf-8")
    assert code == 1
    assert out == expected.read_text(encoding="utf-8")


@needs_upstream
def test_upstream_golden_says_what_changed() -> None:
    """The golden file itself is reviewed content: pin the facts it must contain."""
    report = json.loads((DATA / "upstream-variant.json").read_text())
    found = {(c["kind"], c["severity"], bool(c["hidden_by"])) for c in report["changes"]}
    assert ("response-optional-property-removed", "breaking", False) in found
    assert ("request-property-max-decreased", "breaking", False) in found
    assert ("response-property-enum-value-added", "non-breaking", False) in found
    assert ("description-changed", "info", False) in found
    assert ("request-property-type-changed", "breaking", True) in found  # under client_secret
    assert not any("noise_reduction" in c["pointer"] for c in report["changes"])  # the rename
    assert report["summary"]["hidden"] == 1 and report["stale_overlays"] is False
    # per operation: the new voice is in both responses; the rest is POST /realtime/sessions'
    voices = [c for c in report["changes"] if c["kind"] == "response-property-enum-value-added"]
    assert sorted(c["operation"] for c in voices) == [
        "POST /realtime/client_secrets",
        "POST /realtime/sessions",
    ]
    assert [o["operation"] for o in report["operations"]] == [
        "POST /realtime/sessions",
        "POST /realtime/client_secrets",
    ]


def test_main_is_the_module_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(MINI / "fragment.yaml"), str(MINI / "fragment.yaml"), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["changes"], report["breaking"]) == ([], False)
