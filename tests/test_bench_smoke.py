"""`python -m spectools bench --smoke` keeps working: every section runs and reports numbers.

No timing assertions: a missed target is reported by the bench, never a test failure. The
openai, raw openapi-python-client and Prism references are skipped by the bench itself (with
the reason in its output) when they are not installed; Prism is measured here only when npm
installed it beside the checkout (`nox -s bench` does).
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from pytest_httpserver import HTTPServer

from spectools.bench.body import bound_responses, full_response_body
from spectools.bench.harness import API_KEY, quantile
from spectools.bench.imports import cumulative_import_times, import_times
from spectools.bench.memory import bytes_held
from spectools.overlays import resolved_spec
from spectools.project import operations
from tests.helpers import ROOT, UPSTREAM

HAS_OPENAI = importlib.util.find_spec("openai") is not None
HAS_OPC = importlib.util.find_spec("openapi_python_client") is not None
MODELS = [bound.model for bound in bound_responses(resolved_spec())]
CLIENTS = [operation.client for operation in operations()]
SECTIONS = (
    "import",
    "importtime",
    *(f"{kind}:{model}" for model in MODELS for kind in ("parse", "serialise", "memory")),
    *(f"{kind}:{client}" for client in CLIENTS for kind in ("loopback", "mock")),
    "regenerate",
    "spec_diff",
)
PRISM = next(ROOT.glob(".nox/.cache/*prism-cli*/node_modules/.bin/prism"), None)


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str, Path]:
    out = tmp_path_factory.mktemp("bench")
    command = [sys.executable, "-m", "spectools", "bench", "--smoke", "--output-dir", str(out)]
    if PRISM is not None:
        command += ["--prism", str(PRISM)]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    result = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    return result, completed.stdout, out


def _cases(result: dict[str, Any], section: str) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in result["sections"][section]["cases"]}


def test_every_section_reports_positive_numbers(smoke: tuple[dict[str, Any], str, Path]) -> None:
    result, _, _ = smoke
    assert set(SECTIONS) <= set(result["sections"])
    for name in SECTIONS:
        if (name == "spec_diff" and not UPSTREAM.is_file()) or (
            name == "regenerate" and not HAS_OPC  # the generators are not installed
        ):
            assert "skipped" in " ".join(result["sections"][name]["notes"])
            continue
        rows = result["sections"][name]["cases"]
        assert rows, f"{name}: no cases ({result['sections'][name]['notes']})"
        for row in rows:
            assert row["median"] > 0 and row["tail"] > 0 and row["n"] >= 1, (name, row)
            assert all(value >= 0 for value in row.get("extras", {}).values()), (name, row)


def test_floors_and_ours_are_measured(smoke: tuple[dict[str, Any], str, Path]) -> None:
    result, _, _ = smoke
    assert {"import httpx", "import realtime_sessions"} <= set(_cases(result, "import"))
    importtime = _cases(result, "importtime")
    assert "realtime_sessions (cumulative)" in importtime
    assert importtime["httpx (cumulative, inside import realtime_sessions)"]["ratio"] == 1.0
    notes = result["sections"]["importtime"]["notes"]
    assert any("own modules' self time" in note and "`typing`" in note for note in notes)
    for model in MODELS:
        parse = _cases(result, f"parse:{model}")
        assert {"json.loads(text)", "ours: from_dict(decoded)  [model building]"} <= set(parse)
        assert parse["json.loads(text)"]["ratio"] == pytest.approx(1.0)
        assert "ours: to_dict()" in _cases(result, f"serialise:{model}")
        assert "ours: from_dict(json.loads(text))" in _cases(result, f"memory:{model}")
    for operation in operations():
        sync_root, async_root = operation.roots
        assert {
            f"httpx.Client.{operation.method} + .json()",
            f"ours: {sync_root}",
            f"ours: {async_root}",
        } <= set(_cases(result, f"loopback:{operation.client}"))
        mock = _cases(result, f"mock:{operation.client}")
        assert {"ours, concurrency 1", "ours, concurrency 4"} <= set(mock)
        assert mock["ours, concurrency 1"]["extras"]["req/s"] > 0
    # Every target appears with a verdict, met or not (no timing assertion on which), named by
    # its section: each operation's loopback (2) and, with Prism, mock (2) targets.
    whats = [t["what"] for t in result["targets"]]
    assert len(whats) == len(set(whats))
    for client in CLIENTS:
        per_operation = 4 if PRISM is not None else 2
        assert (
            sum(what.startswith((f"loopback:{client}:", f"mock:{client}:")) for what in whats)
            == per_operation
        )
    assert all(isinstance(t["met"], bool) for t in result["targets"])


def test_references_are_measured_or_skipped_with_a_reason(
    smoke: tuple[dict[str, Any], str, Path],
) -> None:
    result, stdout, _ = smoke
    # The SDK has every bound operation (openai 3.57.0): each is measured side by side with it.
    for operation in operations():
        section = f"loopback:{operation.client}"
        loopback = set(_cases(result, section))
        parse = f"parse:{operation.response}"
        notes = " ".join(result["sections"][section]["notes"] + result["sections"][parse]["notes"])
        if HAS_OPENAI:
            assert any(name.startswith("openai:") for name in loopback), notes
            assert any(name.startswith("openai (") for name in _cases(result, parse)), notes
            memory = _cases(result, f"memory:{operation.response}")
            assert any(name.startswith("openai (") for name in memory)
        else:
            assert "openai" in notes and "skipped" in notes
            assert "openai" in stdout
        if HAS_OPC:
            assert any(name.startswith("raw opc: create_") for name in loopback), notes
            assert "raw opc: from_dict(decoded)" in _cases(result, parse)
        else:
            assert "openapi_python_client not importable" in notes
        mock = result["sections"][f"mock:{operation.client}"]
        if PRISM is not None:
            assert {"Prism, concurrency 1", "Prism, concurrency 4"} <= set(
                _cases(result, f"mock:{operation.client}")
            )
            assert any("-> 422" in note for note in mock["notes"])  # Prism validates too
            assert any(note.startswith("ours: ") and "-> 400" in note for note in mock["notes"])
        else:
            assert any(note.startswith("skipped: Prism") for note in mock["notes"]), mock["notes"]
    if HAS_OPENAI:
        assert "import openai" in _cases(result, "import")


def test_markdown_records_how_and_where(smoke: tuple[dict[str, Any], str, Path]) -> None:
    result, _, out = smoke
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "python -m spectools bench --smoke" in readme
    assert f"Python {result['meta']['python']}" in readme
    assert result["meta"]["machine"]["cores"] >= 1
    assert result["meta"]["machine"]["cpu_model"] in readme
    assert "| `ours, concurrency 1` |" in readme and "req/s" in readme


def test_the_body_sets_every_response_field() -> None:
    spec = resolved_spec()
    body = full_response_body(spec)
    schema = spec["components"]["schemas"]["RealtimeSessionCreateResponse"]
    assert set(schema["properties"]) <= set(body)
    assert isinstance(body["tracing"], dict) and body["tools"]
    from realtime_sessions import SessionCreateResponse

    parsed = SessionCreateResponse.from_dict(body)
    assert parsed.additional_properties == {}
    assert parsed.to_dict() == body


def test_every_bound_response_has_a_model_and_a_full_body() -> None:
    import realtime_sessions

    spec = resolved_spec()
    for bound in bound_responses(spec):
        model = getattr(realtime_sessions, bound.model)
        body = full_response_body(spec, bound)
        assert model.from_dict(body).to_dict() == body, bound.model


@pytest.mark.parametrize("bound", bound_responses(resolved_spec()), ids=lambda b: b.model)
def test_every_bench_body_is_valid_against_its_operations_schema(bound: Any) -> None:
    """Values, not just types: the full response body and the request the bench sends validate
    against the operation's resolved schemas, formats asserted (the body once had an
    `idle_timeout_ms` below its minimum and an MCP `tunnel_id` off its pattern)."""
    import jsonschema

    from spectools.refs import Refs

    spec = resolved_spec()
    refs = Refs(spec)
    request_schema = bound.operation.find(spec)["requestBody"]["content"]["application/json"]
    for schema, body in (
        (bound.schema, full_response_body(spec, bound)),
        (request_schema["schema"], bound.request),
    ):
        validator = jsonschema.Draft202012Validator(
            refs.inline(schema), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        errors = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for error in validator.iter_errors(body)
            for e in (error.context or [error])
        ]
        assert errors == [], bound.model


def test_the_body_builder_satisfies_value_rules() -> None:
    """Patterns, bounds, lengths and `uri` are honoured by construction; a pattern it cannot
    build from is refused naming it, never guessed."""
    from spectools.bench.body import _fill, _matching

    spec: dict[str, Any] = {"components": {"schemas": {}}}
    assert _fill(spec, {"type": "integer", "minimum": 5000}, None, "n") == 5000
    assert _fill(spec, {"type": "integer", "exclusiveMaximum": 10}, None, "n") == 9
    assert _fill(spec, {"type": "number", "maximum": 0.25}, None, "n") == 0.25
    assert _fill(spec, {"type": "string", "maxLength": 3}, None, "name") == "get"
    assert _fill(spec, {"type": "string", "format": "uri"}, None, "u") == "https://example.com/u"
    assert _matching("^tunnel_[a-z0-9]{32}$") == "tunnel_" + "a" * 32
    assert _matching(r"(ab|c)+-\d{2}") == "ab-00"
    with pytest.raises(ValueError, match=r"\[\^x\]"):
        _matching("[^x]")


def test_the_bench_names_no_operation_of_its_own() -> None:
    """Paths, methods and schema names come from operations.yaml and the spec; the only names
    spelled out are in `references.OPENAI` (where the SDK keeps each operation)."""
    names = {name for op in operations() for name in (op.path, op.client, op.params)}
    names |= {op.response for op in operations()}
    names |= {f'"{op.method}"' for op in operations()} | {op.method.upper() for op in operations()}
    for source in sorted((ROOT / "spectools" / "bench").glob("*.py")):
        text = source.read_text(encoding="utf-8")
        if source.name == "references.py":  # the table itself: configuration, by design
            start = text.index("OPENAI: dict")
            text = text[:start] + text[text.index("\n}\n", start) :]
        found = sorted(name for name in names if name in text)
        assert not found, f"{source.name} names {found}"


def test_invalid_request_breaks_the_documented_example() -> None:
    from spectools.bench.mock import invalid_request

    for bound in bound_responses(resolved_spec()):
        broken = invalid_request(bound.request)
        assert broken.keys() == bound.request.keys()
        assert next(iter(broken.values())) == [[]]


def test_quantiles_interpolate_between_samples() -> None:
    values = [float(n) for n in range(1, 102)]  # 1..101
    assert quantile(values, 0.5) == 51.0 and quantile(values, 0.9) == 91.0
    assert quantile(values, 0.99) == pytest.approx(100.0)
    assert quantile([7.0], 0.99) == 7.0


def test_importtime_reads_cumulative_times_of_the_process() -> None:
    times = cumulative_import_times("json")
    assert times["json"] >= times["json.decoder"] > 0
    both = import_times("json")
    assert both["json"][1] >= both["json"][0] > 0  # self <= cumulative, same process
    assert both["json"][1] >= both["json"][0] + both["json.decoder"][1]


def test_bytes_held_counts_what_is_kept_alive() -> None:
    # 200 results, so that what other threads of the test process allocate meanwhile (a server
    # thread of an earlier test, ~2 KB seen under load) stays well inside the margins
    held = bytes_held(lambda: bytearray(10_000), 200)
    assert 10_000 <= held < 11_000
    assert bytes_held(lambda: None, 200) < 100  # nothing kept: (almost) nothing counted


def test_the_mock_bench_client_sends_the_encoded_body_and_nothing_else(
    server: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The load generator (the same for ours and Prism) sends the body encoded once, ignores
    proxies from the environment and keeps no cookies: each would cost it time per request."""
    from spectools.bench.mock import Server, _client, _drive

    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")  # honoured, every request would fail
    monkeypatch.delenv("NO_PROXY", raising=False)
    request = {"model": "gpt-realtime", "instructions": "é"}
    content = json.dumps(request).encode()
    server.expect_request(
        "/v1/op",
        method="POST",
        data=content,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {API_KEY}"},
    ).respond_with_json({}, headers={"Set-Cookie": "session=abc; Path=/"})
    process = cast("subprocess.Popen[bytes]", SimpleNamespace(pid=os.getpid()))
    target = Server("t", process, server.url_for("/v1"), Path("unused.log"), "POST")
    target.url, target.request, target.content = server.url_for("/v1/op"), request, content
    loop = asyncio.new_event_loop()
    try:
        target.client = _client(2)
        loop.run_until_complete(_drive(target, 6, 2))
        assert (target.errors, len(target.latencies)) == (0, 6)
        assert len(server.log) == 6 and not target.client.cookies  # each answer set one
        loop.run_until_complete(target.client.aclose())
    finally:
        loop.close()
