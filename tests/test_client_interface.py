"""Issue 13: the client as users expect it from the official SDK, over real sockets.

Per-call options (`extra_headers`, `extra_query`, `extra_body`, `timeout`, `validate`), the
client's `validate_requests`, OPENAI_ORG_ID / OPENAI_PROJECT_ID, `result._request_id`,
`with_options` over every option, generated explicit signatures and their `Args:`, one request
type, `__dir__` / `__version__`, PEP 702 `@deprecated`, the errors' wording, model `repr()`.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import math
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import realtime_sessions
from pytest_httpserver import HTTPServer
from realtime_sessions import (
    UNSET,
    APIConnectionError,
    APIResponseValidationError,
    ConfigurationError,
    ModelTypeError,
    ModelValidationError,
    RealtimeClientSecrets,
    RealtimeSessions,
    _client,
    models,
)
from werkzeug import Request, Response

from spectools.project import Operation, operations
from tests.helpers import ROOT
from tests.test_client import (
    API_KEY,
    PATH,
    SESSION,
    Runner,
    requests_seen,
    run_fixture,
    wait_for_log,
)

__all__ = ["run_fixture"]  # the sync/async `run` fixture of test_client

SECRET_PATH = "/v1/realtime/client_secrets"
SECRET: dict[str, Any] = {
    "value": "ek_test_interface",
    "expires_at": 1742188864,
    "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1", "expires_at": 0},
}


@pytest.fixture(autouse=True)
def _quiet_deprecation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_client, "_warned", {"POST /realtime/sessions"})


def _body(server: HTTPServer, index: int = -1) -> Any:
    return json.loads(requests_seen(server)[index].data)


# -- per-call options ------------------------------------------------------------------------------


def test_extra_headers_query_and_body_reach_the_server(run: Runner, server: HTTPServer) -> None:
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    run.create(
        model="gpt-realtime",
        speed=1.0,
        extra_headers={"X-Trace": "t-1", "OpenAI-Project": "proj_call"},
        extra_query={"beta": "1"},
        extra_body={"speed": 3.0, "brand_new": {"knob": [1, 2]}},
        client_kwargs={"project": "proj_client"},
    )
    request = requests_seen(server)[0]
    assert request.headers["X-Trace"] == "t-1"
    assert request.headers["OpenAI-Project"] == "proj_call"  # the call's wins
    assert request.args["beta"] == "1"
    # merged after validation: a value the schema refuses (3.0) and a field it lacks are sent
    assert _body(server) == {"model": "gpt-realtime", "speed": 3.0, "brand_new": {"knob": [1, 2]}}


def test_extra_body_merges_into_nested_objects(mock_server: Any) -> None:
    with RealtimeClientSecrets(api_key=API_KEY, base_url=mock_server.base_url) as client:
        secret = client.create(
            session={"type": "realtime", "model": "gpt-realtime", "instructions": "Hi."},
            extra_body={"session": {"audio": {"output": {"speed": 1.2}}}},
        )
    sent = mock_server.requests[0].json()
    assert sent["session"] == {
        "type": "realtime",
        "model": "gpt-realtime",
        "instructions": "Hi.",
        "audio": {"output": {"speed": 1.2}},
    }
    assert secret.session.type == "realtime"


@pytest.mark.parametrize(
    ("extra_body", "path"),
    [
        ({"x": math.nan}, "extra_body.x"),
        ({"x": {"y": object()}}, "extra_body.x.y"),
        ({"instructions": "\ud800"}, "extra_body.instructions"),
        ({"x": {"\udc00": 1}}, "extra_body.x"),
    ],
)
def test_extra_body_must_still_be_json(
    run: Runner, server: HTTPServer, extra_body: dict[str, Any], path: str
) -> None:
    with pytest.raises(ModelValidationError) as caught:
        run.create(model="gpt-realtime", extra_body=extra_body)
    assert caught.value.path == path
    assert requests_seen(server) == []


def test_bad_extra_headers_are_refused_before_sending(run: Runner, server: HTTPServer) -> None:
    with pytest.raises(ConfigurationError, match=r"extra_headers\['X-Key'\]"):
        run.create(model="gpt-realtime", extra_headers={"X-Key": "secret "})
    assert requests_seen(server) == []


def _slow(seconds: float) -> Callable[[Request], Response]:
    def handler(request: Request) -> Response:
        import time

        time.sleep(seconds)
        return Response(json.dumps(SESSION), content_type="application/json")

    return handler


def test_a_per_call_timeout_overrides_the_clients(run: Runner, server: HTTPServer) -> None:
    server.expect_request(PATH, method="POST").respond_with_handler(_slow(0.5))
    kwargs = {"timeout": 0.05, "max_retries": 0}
    # the client's 0.05 s would time out; the call's 10 s does not
    assert run(lambda c: c.create(model="m", timeout=10.0), **kwargs).id == "sess_001"
    with pytest.raises(realtime_sessions.APITimeoutError):  # and the other way round
        run(lambda c: c.create(model="m", timeout=0.05), max_retries=0)
    wait_for_log(server, 2)  # the abandoned request ends before the next test's server log


@pytest.mark.parametrize(
    ("timeout", "shown"),
    [(math.nan, "got nan"), (-1, "got -1$"), (-0.5, "got -0.5$"), (10**5000, "a huge number")],
    ids=["nan", "-1", "-0.5", "10**5000"],
)
def test_a_bad_per_call_timeout_is_refused_naming_it(
    run: Runner, server: HTTPServer, timeout: float, shown: str
) -> None:
    with pytest.raises(ConfigurationError, match=f"^timeout must be between.*{shown}"):
        run.create(model="gpt-realtime", timeout=timeout)
    assert requests_seen(server) == []


# -- sending what the embedded schema refuses ----------------------------------------------------


def test_validate_false_sends_a_value_the_schema_refuses(run: Runner, server: HTTPServer) -> None:
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(ModelValidationError, match="speed"):
        run.create(model="gpt-realtime", speed=2.0)
    run.create(model="gpt-realtime", speed=2.0, voice="a-voice-from-2027", validate=False)
    run.create(model="gpt-realtime", speed=2.0, client_kwargs={"validate_requests": False})
    assert [_body(server, i)["speed"] for i in range(2)] == [2.0, 2.0]


def test_a_client_that_skips_validation_can_turn_it_back_on_per_call(
    run: Runner, server: HTTPServer
) -> None:
    with pytest.raises(ModelValidationError, match="speed"):
        run(lambda c: c.create(model="m", speed=2.0, validate=True), validate_requests=False)
    assert requests_seen(server) == []


@pytest.mark.parametrize(
    ("params", "path"),
    [({"speed": math.nan}, "speed"), ({"instructions": "\ud800"}, "instructions")],
)
def test_json_limits_hold_even_without_validation(
    run: Runner, server: HTTPServer, params: dict[str, Any], path: str
) -> None:
    with pytest.raises(ModelValidationError) as caught:
        run.create(model="gpt-realtime", validate=False, **params)
    assert caught.value.path == path
    assert requests_seen(server) == []


def test_validate_must_be_a_bool(run: Runner, server: HTTPServer) -> None:
    with pytest.raises(TypeError, match="validate"):
        run.create(model="gpt-realtime", validate="no")
    with pytest.raises(TypeError, match="validate_requests"):
        RealtimeSessions(api_key=API_KEY, validate_requests=0)  # type: ignore[arg-type]


# -- environment, request id, with_options -------------------------------------------------------


def test_org_and_project_come_from_the_sdks_variables(
    run: Runner, server: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    monkeypatch.setenv("OPENAI_ORG_ID", "org_env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj_env")
    run.create(model="gpt-realtime")
    run.create(model="gpt-realtime", client_kwargs={"organization": "org_arg"})  # arguments win
    first, second = requests_seen(server)
    assert (first.headers["OpenAI-Organization"], first.headers["OpenAI-Project"]) == (
        "org_env",
        "proj_env",
    )
    assert second.headers["OpenAI-Organization"] == "org_arg"
    assert second.headers["OpenAI-Project"] == "proj_env"


def test_an_empty_org_or_project_argument_sends_no_header(
    run: Runner, server: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    monkeypatch.setenv("OPENAI_ORG_ID", "org_env")
    run.create(model="gpt-realtime", client_kwargs={"organization": "", "project": ""})
    (request,) = requests_seen(server)
    assert "OpenAI-Organization" not in request.headers  # "" wins over the variable
    assert "OpenAI-Project" not in request.headers  # and is never sent as an empty header


def test_a_bad_org_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_ORG_ID", "org_1 ")
    with pytest.raises(ConfigurationError, match=r"^OPENAI_ORG_ID has leading or trailing"):
        RealtimeSessions(api_key=API_KEY)


def test_the_result_carries_its_request_id(run: Runner, server: HTTPServer) -> None:
    server.expect_ordered_request(PATH, method="POST").respond_with_json(
        SESSION, headers={"x-request-id": "req_42"}
    )
    server.expect_ordered_request(PATH, method="POST").respond_with_json(SESSION)
    assert run.create(model="gpt-realtime")._request_id == "req_42"
    assert run.create(model="gpt-realtime")._request_id is None
    # not a field: not in to_dict(), repr() or ==
    session = models.SessionCreateResponse.from_dict(SESSION)
    assert "_request_id" not in repr(session) and "request_id" not in session.to_dict()


def test_raw_responses_parse_with_the_request_id(server: HTTPServer) -> None:
    server.expect_request(PATH, method="POST").respond_with_json(
        SESSION, headers={"x-request-id": "req_raw"}
    )
    with RealtimeSessions(api_key=API_KEY, base_url=server.url_for("/v1")) as client:
        raw = client.with_raw_response.create(model="gpt-realtime", extra_query={"q": "1"})
    assert raw.request_id == raw.parse()._request_id == "req_raw"


def test_with_options_covers_every_constructor_option(server: HTTPServer) -> None:
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    other = HTTPServer(host="127.0.0.1", port=0)
    other.start()
    try:
        other.expect_request(PATH, method="POST").respond_with_json(SESSION)
        with RealtimeSessions(
            api_key=API_KEY, base_url=server.url_for("/v1"), default_headers={"X-A": "1"}
        ) as client:
            with httpx.Client() as own:
                copy = client.with_options(
                    api_key="sk-other",
                    base_url=other.url_for("/v1"),
                    organization="org_2",
                    project="proj_2",
                    timeout=7.0,
                    max_retries=0,
                    default_headers={"X-B": "2"},
                    validate_requests=False,
                    http_client=own,
                )
                copy.create(model="gpt-realtime", speed=9.0)
            assert (copy.timeout.read, copy.max_retries, copy.validate_requests) == (7.0, 0, False)
            client.create(model="gpt-realtime")  # the original is unchanged and still open
        sent = other.log[0][0]
        assert sent.headers["Authorization"] == "Bearer sk-other"
        assert (sent.headers["OpenAI-Organization"], sent.headers["OpenAI-Project"]) == (
            "org_2",
            "proj_2",
        )
        assert (sent.headers["X-A"], sent.headers["X-B"]) == ("1", "2")
        original = requests_seen(server)[0]
        assert original.headers["Authorization"] == f"Bearer {API_KEY}"
        assert "X-B" not in original.headers and "OpenAI-Organization" not in original.headers
    finally:
        other.clear()
        other.stop()


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("base_url", "ftp://x"),
        ("timeout", -1),
        ("max_retries", -1),
        ("api_key", "sk-1 "),
        ("http_client", object()),
        ("default_headers", ["X-A"]),
    ],
)
def test_with_options_checks_as_the_constructor(option: str, value: Any) -> None:
    client = RealtimeSessions(api_key=API_KEY)
    with pytest.raises(ConfigurationError, match=option):
        client.with_options(**{option: value})
    client.close()


def test_a_with_options_copy_shares_the_async_pool(server: HTTPServer) -> None:
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)

    async def main() -> None:
        base_url = server.url_for("/v1")
        async with realtime_sessions.AsyncRealtimeSessions(
            api_key=API_KEY, base_url=base_url
        ) as client:
            copy = client.with_options(organization="org_async")
            await copy.close()  # leaves the pool to the original
            await copy.create(model="gpt-realtime")
            await client.create(model="gpt-realtime")

    asyncio.run(main())
    assert requests_seen(server)[0].headers["OpenAI-Organization"] == "org_async"


# -- the generated signatures -----------------------------------------------------------------


def _params_type(op: Operation) -> Any:
    return getattr(importlib.import_module(f"realtime_sessions.{op.params_module}"), op.params)


def _variants(op: Operation) -> list[Any]:
    sync = getattr(realtime_sessions, op.client)
    asynchronous = getattr(realtime_sessions, op.async_client)
    module = importlib.import_module(sync.__module__)
    return [
        getattr(cls, op.call)
        for cls in (
            sync,
            asynchronous,
            getattr(module, f"{op.client}WithRawResponse"),
            getattr(module, f"{op.async_client}WithRawResponse"),
        )
    ]


OPTIONS = ["extra_headers", "extra_query", "extra_body", "timeout", "validate"]


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
def test_every_request_field_is_an_explicit_keyword_argument(op: Operation) -> None:
    fields = list(_params_type(op).__annotations__)
    for method in _variants(op):
        signature = inspect.signature(method)
        names = list(signature.parameters)
        assert names == ["self", *fields, *OPTIONS], method.__qualname__
        for name in names[1:]:
            parameter = signature.parameters[name]
            assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        for name in fields:
            assert signature.parameters[name].default is UNSET
            assert signature.parameters[name].annotation.endswith("| Unset")


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
def test_the_docstring_documents_every_argument_from_the_spec(op: Operation) -> None:
    method = getattr(getattr(realtime_sessions, op.client), op.call)
    doc = inspect.getdoc(method) or ""
    args = doc.split("\nArgs:\n", 1)[1].split("\n\n", 1)[0]
    documented = [line.split(":")[0].strip() for line in args.splitlines() if line[4] != " "]
    assert documented == [*_params_type(op).__annotations__, *OPTIONS]


def test_the_limits_the_overlays_add_are_in_the_docstring() -> None:
    doc = inspect.getdoc(RealtimeSessions.create) or ""
    text = " ".join(doc.split())
    assert "(0.25 to 1.5)" in text  # speed
    assert "(0.6 to 1.2)" in text  # temperature: overlay 03
    assert "(1 to 4096, or 'inf')" in text  # max_response_output_tokens: overlay 03


def test_one_public_request_type_per_operation() -> None:
    for op in operations():
        params = getattr(realtime_sessions, op.params)
        assert params is _params_type(op)
        assert params.__class__.__name__ == "_TypedDictMeta"  # a TypedDict, not an attrs class
        assert not attrs.has(params)
        assert op.params not in models.__all__
    # the request side has no attrs twins (`*Param` classes, `*CreateRequest` models)
    assert not [n for n in models.__all__ if n.endswith(("Param", "CreateRequest"))]


def test_dir_lists_the_lazy_names_and_the_version() -> None:
    names = dir(realtime_sessions)
    for op in operations():
        assert {op.client, op.async_client, op.params, op.response} <= set(names)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert realtime_sessions.__version__ == pyproject["project"]["version"]
    assert "__version__" in realtime_sessions.__all__


def test_the_deprecated_operation_is_marked_for_type_checkers() -> None:
    for op in operations():
        deprecated = op.label == "POST /realtime/sessions"
        for method in _variants(op):
            marked = getattr(method, "__deprecated__", None)
            assert (marked is not None) == deprecated, method.__qualname__
            if deprecated:
                assert "RealtimeClientSecrets.create" in marked


def test_mypy_reports_a_call_of_the_deprecated_method(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api", reason="mypy runs in `nox -s typecheck`")
    source = tmp_path / "uses_deprecated.py"
    source.write_text(
        "from realtime_sessions import RealtimeClientSecrets, RealtimeSessions\n"
        "RealtimeSessions(api_key='k').create(model='m')\n"
        "RealtimeClientSecrets(api_key='k').create(session={'type': 'realtime'})\n"
        "RealtimeSessions(api_key='k').create(speed='fast')\n",
        encoding="utf-8",
    )
    out, _, status = api.run(
        [
            "--strict",
            "--enable-error-code",
            "deprecated",
            "--cache-dir",
            str(tmp_path / "c"),
            str(source),
        ]
    )
    assert status == 1
    lines = [line for line in out.splitlines() if ": error:" in line]
    assert any(":2:" in line and "deprecated" in line for line in lines), out
    assert any(":4:" in line and '"speed"' in line for line in lines), out  # typed: str != float
    assert not any(":3:" in line for line in lines), out


# -- what errors and reprs say ----------------------------------------------------------------


def test_a_connection_error_names_the_url_and_the_attempts(run: Runner) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    with pytest.raises(APIConnectionError) as caught:
        run(lambda c: c.create(model="m"), base_url=url, max_retries=1)
    message = str(caught.value)
    assert f"POST {url}/realtime/sessions" in message and "2 attempts" in message


def test_a_body_that_is_not_json_says_so(run: Runner, server: HTTPServer) -> None:
    server.expect_request(PATH, method="POST").respond_with_data(
        "{not json", content_type="application/json"
    )
    with pytest.raises(APIResponseValidationError) as caught:
        run.create(model="gpt-realtime")
    assert "is not valid JSON (content-type application/json)" in str(caught.value)
    assert "line 1 column 2" in str(caught.value)


def test_repr_leaves_out_empty_additional_properties() -> None:
    session = models.SessionCreateResponse.from_dict(SESSION)
    assert "additional_properties" not in repr(session)
    assert "'**********'" in repr(session.client_secret)  # x-secret still masked
    extra = models.SessionCreateResponse.from_dict({**SESSION, "new_field": 1})
    assert "additional_properties={'new_field': 1}" in repr(extra)


def test_wrong_types_in_nested_dicts_still_name_the_field(run: Runner, server: HTTPServer) -> None:
    with pytest.raises(ModelTypeError) as caught:
        run.create(model="gpt-realtime", turn_detection={"threshold": "high"})  # type: ignore[typeddict-item]
    assert caught.value.path == "turn_detection.threshold"
    assert requests_seen(server) == []


# -- found in review: per-call options held to the constructor's standards ------------------------


def test_a_credential_in_extra_headers_is_scrubbed_from_errors(
    run: Runner, server: HTTPServer
) -> None:
    echo = {"error": {"message": "gateway refused gw-secret-123", "code": "invalid_api_key"}}
    server.expect_request(PATH, method="POST").respond_with_json(echo, status=401)
    with pytest.raises(realtime_sessions.AuthenticationError) as caught:
        run.create(model="gpt-realtime", extra_headers={"X-Gateway-Token": "gw-secret-123"})
    assert "gw-secret-123" not in f"{caught.value} {caught.value.body!r}"
    assert "<redacted>" in caught.value.message
