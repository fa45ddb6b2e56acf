"""`spec-gate`: a breaking change to openapi/ fails unless ACKNOWLEDGED-BREAKING.md names its pointer."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from spectools.__main__ import main as spectools_main
from spectools.drift.spec_gate import ACK_FILE, acknowledged_pointers, find_base
from spectools.project import FRAGMENT_PATH
from tests.test_spec_diff import RESPONSE, edit_fragment, git, make_repo

EXPIRES_AT = (
    "/paths/~1realtime~1sessions/post/responses/200/content/application~1json/schema"
    "/properties/expires_at"
)


def _gate(capsys: pytest.CaptureFixture[str], repo: Path, *argv: str) -> tuple[int, str]:
    code = spectools_main(["spec-gate", "--repo", str(repo), *argv])
    out, err = capsys.readouterr()
    return code, out + err


def _drop_expires_at(repo: Path) -> None:
    edit_fragment(
        repo, lambda d: d["components"]["schemas"][RESPONSE]["properties"].pop("expires_at")
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Two commits (so HEAD~1 exists); the working tree drops a response property."""
    repo = make_repo(tmp_path / "repo")
    (repo / "README.md").write_text("x\n")
    git(repo, "add", "README.md")
    git(repo, "commit", "-q", "-m", "second")
    _drop_expires_at(repo)
    return repo


def test_unacknowledged_breaking_change_fails(
    capsys: pytest.CaptureFixture[str], repo: Path
) -> None:
    code, out = _gate(capsys, repo)
    assert code == 1
    assert "response-optional-property-removed" in out
    assert f"- `{EXPIRES_AT}` response-optional-property-removed" in out  # the line to add


def test_acknowledged_breaking_change_passes(
    capsys: pytest.CaptureFixture[str], repo: Path
) -> None:
    (repo / ACK_FILE).write_text(
        "# Acknowledged breaking changes\n\n## 2026-05 upstream sync\n"
        f"- `{EXPIRES_AT}` response-optional-property-removed: upstream dropped it.\n"
    )
    code, out = _gate(capsys, repo)
    assert code == 0
    assert "1 breaking change(s), all acknowledged" in out


def test_acknowledging_another_pointer_does_not_pass(
    capsys: pytest.CaptureFixture[str], repo: Path
) -> None:
    (repo / ACK_FILE).write_text(f"- `{EXPIRES_AT.replace('expires_at', 'id')}` not this one\n")
    assert _gate(capsys, repo)[0] == 1


def test_non_breaking_change_passes_without_acknowledgement(
    capsys: pytest.CaptureFixture[str], repo: Path
) -> None:
    git(repo, "checkout", "-q", "--", "openapi")
    edit_fragment(
        repo, lambda d: d["components"]["schemas"]["VoiceIdsShared"]["enum"].append("nova")
    )
    code, out = _gate(capsys, repo)
    assert code == 0 and "0 breaking, 2 non-breaking" in out


def test_no_earlier_revision_passes_with_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    _drop_expires_at(repo)
    code, out = _gate(capsys, repo)
    assert code == 0 and "no earlier revision" in out


def test_base_without_fragment_passes_with_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README.md").write_text("x\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "README.md")
    git(repo, "commit", "-q", "-m", "before openapi/")
    source = make_repo(tmp_path / "source")
    for path in ("openapi/fragment.yaml", "openapi/overlays/01-titles.yaml"):
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_bytes((source / path).read_bytes())
    git(repo, "add", "openapi")
    git(repo, "commit", "-q", "-m", "add openapi/")
    code, out = _gate(capsys, repo)
    assert code == 0 and "has no openapi/fragment.yaml" in out


def test_base_is_the_merge_base_of_a_branch(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    fork_point = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "checkout", "-q", "-b", "feature")
    _drop_expires_at(repo)
    git(repo, "commit", "-q", "-am", "upstream moved")
    assert find_base(repo) == fork_point


def test_explicit_base(capsys: pytest.CaptureFixture[str], repo: Path) -> None:
    git(repo, "commit", "-q", "-am", "drop expires_at")
    assert _gate(capsys, repo, "--base", "HEAD")[0] == 0  # working tree == HEAD
    assert _gate(capsys, repo, "--base", "HEAD~1")[0] == 1


def test_unknown_base_exits_2(capsys: pytest.CaptureFixture[str], repo: Path) -> None:
    code, out = _gate(capsys, repo, "--base", "no-such-ref")
    assert code == 2 and "unknown revision no-such-ref" in out


def _summary_counts(out: str) -> dict[str, int]:
    line = next(line for line in out.splitlines() if line.startswith("Spec drift: "))
    return {
        severity: int(re.search(rf"(\d+) {severity}\b", line).group(1))  # type: ignore[union-attr]
        for severity in ("breaking", "non-breaking", "info")
    }


def test_summary_and_report_agree(capsys: pytest.CaptureFixture[str], repo: Path) -> None:
    """One report, one summary line, and the verdict's numbers are the report's."""
    edit_fragment(
        repo,
        lambda d: d["components"]["schemas"]["VoiceIdsShared"]["enum"].append("nova"),
    )
    code, out = _gate(capsys, repo)
    headers = dict(re.findall(r"^(BREAKING|NON-BREAKING|INFO) \((\d+)\)$", out, re.MULTILINE))
    assert _summary_counts(out) == {"breaking": 1, "non-breaking": 2, "info": 0}
    assert {k.lower(): int(v) for k, v in headers.items()} == {"breaking": 1, "non-breaking": 2}
    assert out.count("Spec drift: ") == 1
    assert code == 1 and "1 of 1 breaking change(s) not acknowledged" in out


def _project_repo(tmp_path: Path) -> Path:
    """A repository holding the project's own fragment and overlays, with two commits."""
    repo = make_repo(tmp_path / "repo", source=FRAGMENT_PATH.parent)
    (repo / "README.md").write_text("x\n")
    git(repo, "add", "README.md")
    git(repo, "commit", "-q", "-m", "second")
    return repo


def _request_secret(doc: dict[str, Any]) -> Any:
    return doc["components"]["schemas"]["RealtimeSessionCreateRequest"]["properties"][
        "client_secret"
    ]


def test_a_hidden_breaking_change_fails_until_acknowledged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = _project_repo(tmp_path)
    edit_fragment(
        repo, lambda d: _request_secret(d)["properties"]["expires_at"].update(type="string")
    )
    code, out = _gate(capsys, repo)
    pointer = (
        "/paths/~1realtime~1sessions/post/requestBody/content/application~1json/schema"
        "/properties/client_secret/properties/expires_at/type"
    )
    assert code == 1
    assert "Hidden by overlay 03-request-fixes.yaml action 1." in out
    assert f"- `{pointer}` request-property-type-changed" in out
    (repo / ACK_FILE).write_text(f"- `{pointer}` request-property-type-changed: never sent.\n")
    assert _gate(capsys, repo)[0] == 0


def test_stale_overlays_fail_and_cannot_be_acknowledged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = _project_repo(tmp_path)
    edit_fragment(repo, lambda d: _request_secret(d).update(description="Sent by the client."))
    code, out = _gate(capsys, repo)
    assert code == 1
    assert "new: 03-request-fixes.yaml action 1" in out and "is 'Sent by the client.'" in out
    assert "the working tree's overlays are stale" in out


def test_acknowledged_pointers_reads_list_entries_only() -> None:
    text = "Mention `/not/an/entry` in prose.\n- `/a/b` why\n* `/c~1d` why\n- `<JSON pointer>` template\n"
    assert acknowledged_pointers(text) == {"/a/b", "/c~1d"}


def test_checked_in_acknowledgements_parse() -> None:
    """The project's file exists and its template line acknowledges nothing by accident."""
    text = (Path(__file__).parents[1] / ACK_FILE).read_text(encoding="utf-8")
    assert all(pointer.startswith("/paths/") for pointer in acknowledged_pointers(text))
