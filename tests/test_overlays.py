"""Step 2: the fragment + openapi/overlays/*.yaml -> the resolved spec the generators read."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from spectools.overlays import (
    OverlayError,
    StaleOverlayError,
    apply_overlay,
    mismatch,
    overlay_actions,
    overlay_files,
    resolved_spec,
)
from spectools.project import FRAGMENT_PATH
from spectools.specio import load_document


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
    assert request["required"] == []  # only client_secret's entry is removed, not the list
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
    results = apply_overlay(
        doc,
        _overlay(
            {"target": "$.a", "update": {"e": 3, "list": [2]}, "x-expect": {"list": [1]},
             "x-expect-absent": ["e"]},
            {"target": "$.c.d", "remove": True, "x-expect": 2},
        ),
    )  # fmt: skip
    assert doc == {"a": {"b": 1, "list": [1, 2], "e": 3}, "c": {}}
    # what each action wrote or removed, as JSON pointers (the drift gate's masking check)
    assert [r.footprint for r in results] == [("/a/e", "/a/list"), ("/c/d",)]


def test_an_action_that_matches_nothing_is_stale_naming_file_and_action() -> None:
    overlay = _overlay(
        {"target": "$.a", "update": {"x": 1}, "x-expect-absent": ["x"]},
        {"target": "$.missing", "update": {"x": 1}, "x-expect-absent": ["x"]},
    )
    with pytest.raises(
        StaleOverlayError,
        match=r"^09-fix.yaml action 2 \(\$.missing\) is stale: target matches nothing",
    ):
        apply_overlay({"a": {}}, overlay, origin="09-fix.yaml")


def test_not_an_overlay_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match="Overlay 1"):
        apply_overlay({}, {"actions": [{"target": "$", "update": {}}]})


# --- preconditions: what each action expects upstream -------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "value", "problem"),
    [
        ({"type": "object"}, {"type": "object", "description": "more is fine"}, None),
        ({"type": "object"}, {"type": "string"}, "`type` is 'string', expected 'object'"),
        ({"type": "object"}, {}, "`type` is absent, expected 'object'"),
        ([{"enum": ["auto"]}, {}], [{"enum": ["auto"]}], "has 1 items, expected 2"),
        ([{"enum": ["auto"]}], [{"enum": ["auto", "x"]}], "`[0].enum` has 2 items, expected 1"),
        (1, 1.0, "is 1.0, expected 1"),  # equal as JSON values: 1, 1.0 and true differ
        (True, 1, "is 1, expected True"),
        ("client_secret", "client_secret", None),
    ],
)
def test_expect_pattern(pattern: Any, value: Any, problem: str | None) -> None:
    assert mismatch(pattern, value) == problem


def test_every_project_action_records_what_it_expects_upstream() -> None:
    for path in overlay_files():
        for action in overlay_actions(yaml.safe_load(path.read_text()), origin=path.name):
            spec = action.spec
            assert "x-expect" in spec or "x-expect-absent" in spec, action.label
            if isinstance(spec.get("update"), dict):  # each key written is accounted for
                named = {*(spec.get("x-expect") or {}), *(spec.get("x-expect-absent") or ())}
                assert set(spec["update"]) <= named, action.label


def test_actions_are_minimal() -> None:
    """No action removes or replaces a whole list or a whole schema it only needs part of:
    the removals are the request's client_secret property and its entry in `required`, and
    single keywords (a `$ref` that became an `anyOf` alternative, OpenAPI 3.0's `nullable`,
    a misplaced `default`)."""
    removals = [
        action.target
        for path in overlay_files()
        for action in overlay_actions(yaml.safe_load(path.read_text()), origin=path.name)
        if action.spec.get("remove")
    ]
    input_ = "properties.audio.properties.input.properties"
    assert removals == [
        "$.components.schemas.RealtimeSessionCreateRequest.properties.client_secret",
        "$.components.schemas.RealtimeSessionCreateRequest.required[?(@ == 'client_secret')]",
        f"$.components.schemas.RealtimeSessionCreateRequestGA.{input_}.transcription['$ref']",
        f"$.components.schemas.RealtimeTranscriptionSessionCreateRequestGA.{input_}.transcription['$ref']",
        f"$.components.schemas.RealtimeSessionCreateResponseGA.{input_}.transcription['$ref']",
        "$.components.schemas.RealtimeSessionCreateRequestGA.properties.tracing.nullable",
        "$.components.schemas.RealtimeSessionCreateResponseGA.properties.tracing.anyOf[0].default",
    ]


def test_a_new_upstream_requirement_survives_the_overlays() -> None:
    fragment = load_document(FRAGMENT_PATH)
    _schemas(fragment)["RealtimeSessionCreateRequest"]["required"].insert(0, "instructions")
    doc = copy.deepcopy(fragment)
    for path in overlay_files():
        apply_overlay(doc, yaml.safe_load(path.read_text()), origin=path.name)
    assert _schemas(doc)["RealtimeSessionCreateRequest"]["required"] == ["instructions"]


def test_a_precondition_mismatch_is_stale() -> None:
    overlay = _overlay(
        {"target": "$.t", "update": {"type": ["object", "null"]}, "x-expect": {"type": "object"}}
    )
    with pytest.raises(
        StaleOverlayError,
        match=r"action 1 \(\$.t\) is stale: `type` is 'string', expected 'object'",
    ):
        apply_overlay({"t": {"type": "string"}}, overlay)


def test_strict_application_refuses_an_action_without_precondition() -> None:
    with pytest.raises(OverlayError, match="no precondition"):
        apply_overlay({"a": {}}, _overlay({"target": "$.a", "update": {"x": 1}}))
    with pytest.raises(OverlayError, match=r"writes \['y'\] without saying what is there now"):
        apply_overlay(
            {"a": {}},
            _overlay({"target": "$.a", "update": {"x": 1, "y": 2}, "x-expect-absent": ["x"]}),
        )


def test_lenient_application_skips_a_stale_action_and_says_why() -> None:
    doc: dict[str, Any] = {"a": {"x": 0}, "b": {}}
    overlay = _overlay(
        {"target": "$.a", "update": {"x": 1}, "x-expect-absent": ["x"]},
        {"target": "$.b", "update": {"y": 2}},  # no precondition: accepted when lenient
    )
    first, second = apply_overlay(doc, overlay, origin="o.yaml", strict=False)
    assert (first.applied, first.problem) == (False, "`x` is 0, expected it absent")
    assert first.action.label == "o.yaml action 1" and second.applied
    assert doc == {"a": {"x": 0}, "b": {"y": 2}}


def test_every_match_must_meet_the_precondition() -> None:
    overlay = _overlay(
        {"target": "$.s[*]", "update": {"t": 1}, "x-expect-absent": ["t"]},
    )
    [result] = apply_overlay({"s": [{}, {"t": 0}]}, overlay, strict=False)
    assert result.problem == "`t` is 0, expected it absent at /s/1"


def test_stale_project_overlay_fails_regenerate_and_check_generated(tmp_path: Path) -> None:
    """regenerate and check-generated read the fragment through `resolved_spec`: an upstream
    change under a corrected node stops them with the file and action to revise."""
    shutil.copytree(FRAGMENT_PATH.parent / "overlays", tmp_path / "overlays")
    fragment = load_document(FRAGMENT_PATH)
    _schemas(fragment)["RealtimeSessionCreateRequest"]["properties"]["temperature"]["maximum"] = 2
    (tmp_path / "fragment.yaml").write_text(yaml.safe_dump(fragment))
    with pytest.raises(StaleOverlayError) as raised:
        resolved_spec(tmp_path / "fragment.yaml")
    assert str(raised.value).startswith(
        "03-request-fixes.yaml action 6"
        " ($.components.schemas.RealtimeSessionCreateRequest.properties.temperature) is stale:"
        " `maximum` is 2, expected it absent"
    )
