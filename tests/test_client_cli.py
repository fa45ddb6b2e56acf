"""`python -m realtime_sessions create ...` / the `realtime-sessions` console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from realtime_sessions import _client
from realtime_sessions.__main__ import main

API_KEY = "sk-test-CLISECRET-1111"
CLIENT_SECRET = "ek_test_CLI_SECRET_value"
PATH = "/v1/realtime/sessions"
SESSION: dict[str, Any] = {
    "id": "sess_cli",
    "object": "realtime.session",
    "expires_at": 1742188264,
    "model": "gpt-realtime",
    "audio": {"output": {"voice": "marin"}},
    "client_secret": {"value": CLIENT_SECRET, "expires_at": 1742188324},
}


@pytest.fixture
def server(server: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    """conftest's server, with the CLI's environment: the key from OPENAI_API_KEY only."""
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setattr(_client, "_warned", {"POST /realtime/sessions"})
    return server


def _args(server: HTTPServer, *extra: str) -> list[str]:
    return ["create", "--model", "gpt-realtime", "--base-url", server.url_for("/v1"), *extra]


def test_prints_the_session_as_json_with_the_secret_masked(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    assert main(_args(server, "--voice", "marin", "--instructions", "Be brief.")) == 0
    out, err = capsys.readouterr()
    printed = json.loads(out)
    assert printed["id"] == "sess_cli"
    assert printed["audio"]["output"]["voice"] == "marin"
    assert printed["client_secret"]["expires_at"] == 1742188324
    assert CLIENT_SECRET not in out and CLIENT_SECRET not in err
    assert "masked" in printed["client_secret"]["value"]
    (request, _) = server.log[0]
    assert json.loads(request.data) == {
        "model": "gpt-realtime",
        "voice": "marin",
        "instructions": "Be brief.",
    }


def test_show_secret_prints_the_ephemeral_key(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    assert main(_args(server, "--show-secret")) == 0
    assert json.loads(capsys.readouterr().out)["client_secret"]["value"] == CLIENT_SECRET


def test_api_error_prints_type_message_and_request_id_and_exits_non_zero(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
):
    server.expect_request(PATH, method="POST").respond_with_json(
        {"error": {"message": f"Incorrect API key provided: {API_KEY}", "type": "invalid"}},
        status=401,
        headers={"x-request-id": "req_cli_401"},
    )
    assert main(_args(server)) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err.splitlines()[0]
        == "AuthenticationError: Error code: 401 - Incorrect API key provided: <redacted>"
    )
    assert "req_cli_401" in err
    assert API_KEY not in err


def test_connection_error_exits_non_zero(server: HTTPServer, capsys: pytest.CaptureFixture[str]):
    server.expect_request(PATH, method="POST").respond_with_data("", status=503)
    assert main(_args(server, "--max-retries", "0")) == 1
    assert "InternalServerError" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["create", "--voice", "marin"], ["create", "--model", "m", "--timeout", "soon"], []],
)
def test_bad_command_line_exits_2_without_a_request(server: HTTPServer, argv: list[str]):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert server.log == []


def test_missing_api_key_exits_2_naming_the_variable(
    server: HTTPServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.delenv("OPENAI_API_KEY")
    assert main(_args(server)) == 2
    assert "OPENAI_API_KEY" in capsys.readouterr().err
    assert server.log == []


def test_python_dash_m_runs_the_cli(server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    env = {**os.environ, "OPENAI_API_KEY": API_KEY}
    env.pop("REALTIME_SESSIONS_LOG", None)
    done = subprocess.run(
        [sys.executable, "-m", "realtime_sessions", *_args(server, "--voice", "marin")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "sess_cli"
    assert CLIENT_SECRET not in done.stdout + done.stderr
    assert API_KEY not in done.stdout + done.stderr


def test_console_script_points_at_main():
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    scripts = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["realtime-sessions"] == "realtime_sessions.__main__:main"


# -- issue 10: configuration errors and secrets, through a real subprocess -------------------------


def _run_cli(*argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "OPENAI_API_KEY": API_KEY, **env}
    full_env.pop("REALTIME_SESSIONS_LOG", None)
    full_env.pop("OPENAI_BASE_URL", None)
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-W", "ignore", "-m", "realtime_sessions", *argv],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("extra", "env", "named"),
    [
        ((), {"OPENAI_API_KEY": f"{API_KEY} "}, "OPENAI_API_KEY"),
        ((), {"OPENAI_API_KEY": f"{API_KEY}\r\nX-Injected: 1"}, "OPENAI_API_KEY"),
        (("--base-url", "http://[::1"), {}, "base_url"),
        (("--base-url", "api.openai.com/v1"), {}, "base_url"),
        (("--timeout", "nan"), {}, "timeout"),
        (("--timeout", "-1"), {}, "timeout"),
        (("--timeout", "inf"), {}, "timeout"),
        (("--max-retries", "-1"), {}, "max_retries"),
    ],
)
def test_every_configuration_error_exits_2_with_one_line_and_no_secret(
    server: HTTPServer, extra: tuple[str, ...], env: dict[str, str], named: str
):
    """Issue 10 items 1 and 10: before the fix a bad base URL printed an httpx.InvalidURL
    traceback, a NaN timeout an APIConnectionError, and a key with a trailing space an h11
    message quoting `Bearer <key>` on stderr."""
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    argv = ["create", "--model", "gpt-realtime"]
    if "--base-url" not in extra:
        argv += ["--base-url", server.url_for("/v1")]
    done = _run_cli(*argv, *extra, **env)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: Configuration"), done.stderr
    assert named in lines[0]
    assert API_KEY not in done.stderr
    assert server.log == []


def test_timeout_0_says_it_timed_out(server: HTTPServer):
    """Issue 10 item 10: `--timeout 0` used to report a connection error (EINPROGRESS)."""
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    done = _run_cli(*_args(server, "--timeout", "0", "--max-retries", "0"))
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [done.stderr.strip()]
    assert "APITimeoutError" in done.stderr and "timed out" in done.stderr


def test_a_key_echoed_by_a_hostile_server_never_reaches_the_output(server: HTTPServer):
    """Issue 10 item 1: the CLI prints the server's message and request id; both are scrubbed,
    whatever the case the server echoes the key in."""
    echo = f"Invalid Authorization: BEARER {API_KEY.upper()} for key {API_KEY}"
    server.expect_request(PATH, method="POST").respond_with_json(
        {"error": {"message": echo, "code": API_KEY}},
        status=401,
        headers={"x-request-id": API_KEY},
    )
    done = _run_cli(*_args(server))
    assert done.returncode == 1
    assert "AuthenticationError: Error code: 401 - " in done.stderr and "<redacted>" in done.stderr
    assert done.stderr.count("401") == 1  # the status once (it used to say it twice)
    assert API_KEY.lower() not in (done.stdout + done.stderr).lower()


def test_a_session_with_a_lone_surrogate_is_printed_escaped(server: HTTPServer):
    """A server may send "\\ud800" in a string; printing it must not crash the CLI."""
    server.expect_request(PATH, method="POST").respond_with_data(
        json.dumps({**SESSION, "instructions": "caf\udce9"}), content_type="application/json"
    )
    done = _run_cli(*_args(server))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["instructions"] == "caf\udce9"


@pytest.mark.parametrize(
    "argv",
    [["create", "--model", "m", "--timeout", "soon"], ["create"], [], ["create", "--nope", "1"]],
)
def test_a_bad_command_line_is_one_line_too(argv: list[str]):
    """Issue 10 item 10: every usage error is one line (argparse printed usage first)."""
    done = _run_cli(*argv)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("error: "), done.stderr
    assert "--help" in done.stderr


# -- issue 13: every request field, from the schema ----------------------------------------------


def test_every_request_field_is_a_flag_with_its_type_and_limits():
    done = _run_cli("create", "--help")
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    assert "--speed NUMBER" in text and "(0.25 to 1.5)" in text
    assert "--temperature NUMBER" in text and "(0.6 to 1.2)" in text  # the overlay's limits
    assert "--turn-detection JSON" in text and "--json FILE" in text
    secrets = " ".join(_run_cli("client-secrets", "create", "--help").stdout.split())
    assert "--session JSON" in secrets and "(sets session.model)" in secrets


def test_scalars_objects_and_a_json_body_make_one_request(server: HTTPServer, tmp_path: Path):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"instructions": "from the file", "speed": 1.0, "tools": []}))
    turn = '{"type": "server_vad", "threshold": 0.4}'
    done = _run_cli(
        *_args(server, "--json", str(body), "--speed", "1.2", "--turn-detection", turn),
        "--max-response-output-tokens",
        "inf",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(server.log[0][0].data) == {
        "instructions": "from the file",
        "speed": 1.2,  # the flag overrides the file
        "tools": [],
        "turn_detection": {"type": "server_vad", "threshold": 0.4},
        "max_response_output_tokens": "inf",
        "model": "gpt-realtime",
    }


def test_json_from_standard_input(server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    full_env = {**os.environ, "OPENAI_API_KEY": API_KEY}
    full_env.pop("OPENAI_BASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-m", "realtime_sessions", *_args(server, "--json", "-")],
        input='{"voice": "cedar"}',
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(server.log[0][0].data) == {"voice": "cedar", "model": "gpt-realtime"}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--speed", "fast"), "error: argument --speed: invalid number value: 'fast'"),
        (("--speed", "3"), "error: argument --speed: must be <= 1.5, got 3.0"),
        (("--speed", "nan"), "error: argument --speed: must be a finite number, got nan"),
        (("--turn-detection", "{oops"), "error: argument --turn-detection: not valid JSON"),
        (
            ("--turn-detection", '{"threshold": 2}'),
            "error: argument --turn-detection: turn_detection.threshold: must be <= 1",
        ),
        (("--json", "/nonexistent.json"), "error: argument --json: cannot read /nonexistent.json"),
        (("--extra-body", '{"x": NaN}'), "error: argument --extra-body: extra_body.x: must be"),
        (("--extra-body", '{"x": "\\ud800"}'), "error: argument --extra-body: extra_body.x: "),
    ],
)
def test_a_bad_value_exits_2_naming_the_flag(
    server: HTTPServer, extra: tuple[str, ...], message: str
):
    done = _run_cli(*_args(server, *extra))
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith(message), done.stderr
    assert server.log == []


def test_a_bad_value_from_the_json_body_names_json_not_a_flag_never_given(
    server: HTTPServer, tmp_path: Path
):
    body = tmp_path / "body.json"
    body.write_text('{"speed": NaN}')
    done = _run_cli(*_args(server, "--json", str(body)))
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: argument --json: speed: must be a finite number")
    # given as a flag as well, the flag's (valid) value wins and nothing is refused
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    done = _run_cli(*_args(server, "--json", str(body), "--speed", "1.1"))
    assert done.returncode == 0, done.stderr
    assert json.loads(server.log[0][0].data)["speed"] == 1.1


def test_a_nested_error_names_the_shortcut_or_the_object_flag(server: HTTPServer):
    argv = ["client-secrets", "create", "--base-url", server.url_for("/v1"), "--model"]
    done = _run_cli(*argv, "m", "--session", '{"audio": {"output": {"speed": 9}}}')
    assert done.returncode == 2
    assert done.stderr.startswith("error: argument --session: session.audio.output.speed: must")
    done = _run_cli(*argv, "m", "--expires-after", "5")
    assert done.stderr.startswith("error: argument --expires-after: expires_after.seconds: must")
    assert server.log == []


def test_an_unknown_field_in_the_json_body_exits_2_with_a_suggestion(
    server: HTTPServer, tmp_path: Path
):
    body = tmp_path / "body.json"
    body.write_text('{"voise": "marin"}')
    done = _run_cli(*_args(server, "--json", str(body)))
    assert done.returncode == 2
    assert "unknown request field 'voise'; did you mean 'voice'?" in done.stderr
    assert server.log == []


def test_no_validate_and_extra_body_send_what_the_schema_does_not_know(server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    extra = ("--speed", "3", "--no-validate", "--extra-body", '{"new_knob": true}')
    done = _run_cli(*_args(server, *extra))
    assert done.returncode == 0, done.stderr
    sent = json.loads(server.log[0][0].data)
    assert (sent["speed"], sent["new_knob"]) == (3.0, True)


def _console_script(*argv: str) -> subprocess.CompletedProcess[str]:
    """What the `realtime-sessions` entry point runs: `main` imported, not run as __main__."""
    env = {**os.environ, "OPENAI_API_KEY": API_KEY}
    env.pop("OPENAI_BASE_URL", None)
    code = "import sys; from realtime_sessions.__main__ import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *argv], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("how", ["python -m", "console script"])
def test_the_deprecation_warning_is_one_clean_line(server: HTTPServer, how: str):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    if how == "python -m":
        env = {**os.environ, "OPENAI_API_KEY": API_KEY}
        env.pop("OPENAI_BASE_URL", None)
        done = subprocess.run(
            [sys.executable, "-m", "realtime_sessions", *_args(server)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    else:
        done = _console_script(*_args(server))
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        "warning: POST /realtime/sessions is deprecated by OpenAI; use "
        "RealtimeClientSecrets.create (POST /realtime/client_secrets) instead."
    ]


def test_warnings_as_errors_refuse_the_deprecated_call_in_one_line(server: HTTPServer):
    env = {**os.environ, "OPENAI_API_KEY": API_KEY}
    env.pop("OPENAI_BASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-W", "error", "-m", "realtime_sessions", *_args(server)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "error: DeprecationWarning: POST /realtime/sessions is deprecated by OpenAI; use "
        "RealtimeClientSecrets.create (POST /realtime/client_secrets) instead."
    ]
    assert server.log == []


def test_a_connection_error_says_where_and_how_often(server: HTTPServer):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    done = _run_cli("create", "--model", "m", "--base-url", url, "--max-retries", "0")
    assert done.returncode == 1
    assert done.stderr.startswith(
        f"APIConnectionError: Connection error: POST {url}/realtime/sessions, 1 attempt: "
    )
