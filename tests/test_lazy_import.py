"""`import realtime_sessions` loads httpx, the errors and `types` only (issue 15: "load what the
first create() needs, not what import needs"); the clients, the request checks, the endpoint
modules and the models load on first use, once. Each test runs in a fresh interpreter, since
this one has long imported everything."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import realtime_sessions
from pytest_httpserver import HTTPServer

from spectools.project import operations

LOADED = "sorted(m for m in sys.modules if m.startswith('realtime_sessions'))"


def _run(code: str) -> Any:
    """What `code` prints as JSON on its last line, run in a fresh interpreter."""
    completed = subprocess.run(
        [sys.executable, "-c", f"import json, sys\n{code}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.splitlines()[-1])


def test_import_loads_only_the_errors_and_types() -> None:
    loaded = _run(f"import realtime_sessions\nprint(json.dumps({LOADED}))")
    assert loaded == [
        "realtime_sessions",
        "realtime_sessions._exceptions",
        "realtime_sessions.types",
    ]


def test_the_error_hierarchy_is_there_without_loading_a_client() -> None:
    names = list(realtime_sessions._exceptions.__all__)
    found = _run(
        "import realtime_sessions\n"
        f"print(json.dumps([[n, n in vars(realtime_sessions)] for n in {names!r}] + [{LOADED}]))"
    )
    *present, loaded = found
    assert all(there for _, there in present), present
    assert "realtime_sessions._client" not in loaded


def test_every_public_name_resolves_in_a_fresh_interpreter() -> None:
    resolved = _run(
        "import realtime_sessions\n"
        "print(json.dumps({n: getattr(realtime_sessions, n) is not None "
        "for n in realtime_sessions.__all__}))"
    )
    assert resolved == dict.fromkeys(realtime_sessions.__all__, True)
    star = _run(
        "from realtime_sessions import *\n"
        "import realtime_sessions\n"
        "print(json.dumps(sorted(n for n in realtime_sessions.__all__ if n not in globals())))"
    )
    assert star == []
    listed = _run("import realtime_sessions\nprint(json.dumps(dir(realtime_sessions)))")
    assert set(realtime_sessions.__all__) <= set(listed)


# An operation's request schema and the component schemas it refers to (spectools/generate.py).
REQUEST_SCHEMA_MODULES = ("_request_schema", ".request_definitions")


def test_a_client_loads_its_transport_but_not_the_models() -> None:
    for op in operations():
        loaded = _run(f"from realtime_sessions import {op.client}\nprint(json.dumps({LOADED}))")
        assert "realtime_sessions._client" in loaded and "realtime_sessions._validation" in loaded
        assert "realtime_sessions.models" not in loaded, op.client
        assert not [m for m in loaded if m.endswith(REQUEST_SCHEMA_MODULES)], op.client


def test_the_first_create_loads_the_rest_once(server: HTTPServer) -> None:
    """The deferred cost is paid by the first call: the schema and the models load then, the
    name is bound in the package, and a second call imports nothing more."""
    op = next(op for op in operations() if op.label == "POST /realtime/client_secrets")
    body = {
        "value": "ek_test",
        "expires_at": 1,
        "session": {"type": "transcription", "id": "sess_1", "object": "realtime.session"},
    }
    server.expect_request(f"/v1{op.path}", method="POST").respond_with_json(body)
    found = _run(
        "import realtime_sessions\n"
        f"client = realtime_sessions.{op.client}(api_key='sk-test', "
        f"base_url={server.url_for('/v1')!r}, max_retries=0)\n"
        f"bound = {op.client!r} in vars(realtime_sessions)\n"
        f"before = {LOADED}\n"
        "first = client.create(session={'type': 'transcription'})\n"
        f"after_first = {LOADED}\n"
        "client.create(session={'type': 'transcription'})\n"
        f"after_second = {LOADED}\n"
        "print(json.dumps([bound, before, after_first, after_second, type(first).__name__]))"
    )
    bound, before, after_first, after_second, parsed = found
    assert bound  # the next `realtime_sessions.RealtimeClientSecrets` skips __getattr__
    assert "realtime_sessions.models" not in before
    assert "realtime_sessions.models" in after_first
    assert len([m for m in after_first if m.endswith(REQUEST_SCHEMA_MODULES)]) == 2
    assert after_second == after_first
    assert parsed == op.response


def test_an_unknown_name_is_an_attribute_error() -> None:
    message = _run(
        "import realtime_sessions\n"
        "try:\n    realtime_sessions.NoSuchClient\n"
        "except AttributeError as exc:\n    print(json.dumps(str(exc)))"
    )
    assert message == "module 'realtime_sessions' has no attribute 'NoSuchClient'"
