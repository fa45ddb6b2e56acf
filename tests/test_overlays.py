"""Step 2: the fragment + openapi/overlays/*.yaml -> the resolved spec the generators read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from spectools.overlays import OverlayError, apply_overlay, overlay_files, resolved_spec
from spectools.specio import load_document
from spectools.sync import FRAGMENT_PATH


@pytest.fixture(scope="module")
def resolved() -> dict[str, Any]:
    return resolved_spec()


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def test_overlays_are_overlay_1_documents_with_evidence() -> None:
    files = overlay_files()
    assert [f.name[:2] for f in files] == sorted(f.name[:2] for f in files)
    for path in files:
        text = path.read_text()
        assert text.startswith("# Evidence"), f"{path.name} must open with its evidence"
        doc = yaml.safe_load(text)
        assert doc["overlay"] == "1.0.0" and doc["actions"]


def test_fragment_itself_is_never_corrected_in_place() -> None:
    fragment = load_document(FRAGMENT_PATH)
    response = _schemas(fragment)["RealtimeSessionCreateResponse"]
    assert "client_secret" not in response["properties"]  # the upstream defect is still there
    assert _schemas(fragment)["RealtimeSessionCreateRequest"]["required"] == ["client_secret"]


def test_response_gets_client_secret_back_as_optional(resolved: dict[str, Any]) -> None:
    response = _schemas(resolved)["RealtimeSessionCreateResponse"]
    secret = response["properties"]["client_secret"]
    assert secret["required"] == ["value", "expires_at"]
    assert "client_secret" not in response.get("required", [])


def test_operation_is_deprecated_with_its_successor(resolved: dict[str, Any]) -> None:
    operation = resolved["paths"]["/realtime/sessions"]["post"]
    assert operation["deprecated"] is True
    assert operation["x-successor"] == "POST /realtime/client_secrets"


def test_request_drops_client_secret_and_accepts_model(resolved: dict[str, Any]) -> None:
    request = _schemas(resolved)["RealtimeSessionCreateRequest"]
    assert "client_secret" not in request["properties"]
    assert "required" not in request
    assert request["properties"]["model"]["type"] == "string"
    tokens = request["properties"]["max_response_output_tokens"]["oneOf"][0]
    assert (tokens["minimum"], tokens["maximum"]) == (1, 4096)


def test_documented_nulls_are_allowed(resolved: dict[str, Any]) -> None:
    response = _schemas(resolved)["RealtimeSessionCreateResponse"]["properties"]
    audio_input = response["audio"]["properties"]["input"]["properties"]
    for schema in (response["turn_detection"], audio_input["noise_reduction"]):
        assert "null" in schema["type"]
    assert {"type": "null"} in response["tracing"]["oneOf"]


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_and_remove_deletes() -> None:
    doc: dict[str, Any] = {"a": {"b": 1, "list": [1]}, "c": {"d": 2}}
    apply_overlay(
        doc,
        _overlay(
            {"target": "$.a", "update": {"e": 3, "list": [2]}},
            {"target": "$.c.d", "remove": True},
        ),
    )
    assert doc == {"a": {"b": 1, "list": [1, 2], "e": 3}, "c": {}}


def test_an_action_that_matches_nothing_is_an_error() -> None:
    with pytest.raises(OverlayError, match="matches nothing"):
        apply_overlay({"a": {}}, _overlay({"target": "$.missing", "update": {"x": 1}}))


def test_not_an_overlay_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match="Overlay 1"):
        apply_overlay({}, {"actions": [{"target": "$", "update": {}}]})
