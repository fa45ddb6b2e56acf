"""Step 1 of the pipeline: upstream description -> openapi/fragment.yaml + provenance.yaml."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from spectools.project import FRAGMENT_PATH, PROVENANCE_PATH, operations
from spectools.refs import iter_refs
from spectools.specio import SpecError, load_document, parse_document
from spectools.sync import extract_fragment, sync_spec
from tests.helpers import ROOT, UPSTREAM, needs_upstream

PINNED_COMMIT = "f85dbe223d40e1a31cba812ab2d755c7e98a92a3"


def _run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spectools", *args], cwd=cwd, capture_output=True, text=True
    )


@needs_upstream
def test_sync_reproduces_the_checked_in_fragment_byte_for_byte(tmp_path: Path) -> None:
    provenance = sync_spec(UPSTREAM, out_dir=tmp_path)
    assert (tmp_path / "fragment.yaml").read_bytes() == FRAGMENT_PATH.read_bytes()
    assert (tmp_path / "provenance.yaml").read_bytes() == PROVENANCE_PATH.read_bytes()
    assert provenance["upstream"]["commit"] == PINNED_COMMIT
    # Running it twice changes nothing: no timestamps, stable order.
    sync_spec(UPSTREAM, out_dir=tmp_path)
    assert (tmp_path / "fragment.yaml").read_bytes() == FRAGMENT_PATH.read_bytes()


def test_provenance_names_the_pinned_commit_and_source_digest() -> None:
    provenance = yaml.safe_load(PROVENANCE_PATH.read_text())
    assert provenance["upstream"]["commit"] == PINNED_COMMIT
    assert provenance["upstream"]["sha256"] == (
        "db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8"
    )
    assert provenance["extracted_by"].startswith("spectools ")


def test_fragment_holds_every_bound_operation_and_the_union_of_their_closures() -> None:
    fragment = load_document(FRAGMENT_PATH)
    assert [f"POST {path}" for path in fragment["paths"]] == [op.label for op in operations()]
    assert all(list(item) == ["post"] for item in fragment["paths"].values())
    schemas = fragment["components"]["schemas"]
    closures = [
        set(extract_fragment(fragment, [op])["components"]["schemas"]) for op in operations()
    ]
    assert [len(closure) for closure in closures] == [17, 31]  # sessions, client secrets
    assert set(schemas) == set.union(*closures) and len(schemas) == 33
    referenced = {ref.rsplit("/", 1)[1] for ref in iter_refs(fragment)}
    assert referenced == set(schemas)  # closed: nothing dangling, nothing unused
    assert fragment["components"]["securitySchemes"] == {
        "ApiKeyAuth": {"type": "http", "scheme": "bearer"}
    }
    assert fragment["servers"] == [{"url": "https://api.openai.com/v1"}]


def test_fragment_validates_with_openapi_spec_validator_once_the_overlays_correct_it() -> None:
    """Upstream's client secret schemas are not valid OpenAPI as written (`default: null` on an
    object, overlay 07); sync-spec accepts a fragment only if the overlays make it valid, and
    records upstream's problem in the provenance."""
    from openapi_spec_validator import validate

    from spectools.overlays import resolved_spec
    from spectools.sync import validate_fragment

    validate(resolved_spec())
    fragment = load_document(FRAGMENT_PATH)
    problem = validate_fragment(fragment, FRAGMENT_PATH.parent / "overlays")
    assert problem == yaml.safe_load(PROVENANCE_PATH.read_text())["valid_after_overlays"]
    with pytest.raises(SpecError, match="not valid OpenAPI"):
        validate_fragment(fragment)  # without the overlays


def test_a_side_may_lack_a_bound_operation_when_asked() -> None:
    """The drift gate reads sides from before (or after) an operation was bound."""
    only_sessions = extract_fragment(_tiny_spec("3.1.0"), missing_ok=True)
    assert list(only_sessions["paths"]) == ["/realtime/sessions"]
    with pytest.raises(SpecError, match="POST /realtime/client_secrets is absent"):
        extract_fragment(_tiny_spec("3.1.0"))


def _tiny_spec(version: str) -> dict[str, object]:
    nullable = {"nullable": True} if version.startswith("3.0") else {}
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/realtime/sessions": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Req"}}
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            },
            "/other": {"get": {"responses": {"200": {"description": "ok"}}}},
        },
        "components": {
            "schemas": {
                "Req": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
                "A": {"type": "string", **nullable},
                "Unused": {"type": "integer"},
            }
        },
    }


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_extraction_works_for_openapi_30_and_31(version: str) -> None:
    fragment = extract_fragment(_tiny_spec(version), operations()[:1])
    assert fragment["openapi"] == version
    assert sorted(fragment["components"]["schemas"]) == ["A", "Req"]
    assert "/other" not in fragment["paths"]
    from openapi_spec_validator import validate

    validate(fragment)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("a: [unclosed", "invalid YAML"),
        ("- just\n- a list\n", "not an OpenAPI document"),
        ("swagger: '2.0'\n", "not an OpenAPI 3.x document"),
        (json.dumps({"openapi": "3.1.0", "info": {}, "paths": {}}), "is absent"),
    ],
)
def test_unusable_input_exits_2_with_a_one_line_reason(
    tmp_path: Path, content: str, reason: str
) -> None:
    source = tmp_path / "spec.yaml"
    source.write_text(content)
    result = _run_cli("sync-spec", str(source))
    assert result.returncode == 2
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert FRAGMENT_PATH.is_file()  # the checked-in fragment is untouched


def test_missing_file_exits_2() -> None:
    result = _run_cli("sync-spec", "/nonexistent/openapi.yaml")
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_parse_document_rejects_non_openapi() -> None:
    with pytest.raises(SpecError, match="not an OpenAPI"):
        parse_document("openapi: 2\n")
