"""Logging: one DEBUG line per attempt, `REALTIME_SESSIONS_LOG`, and no secret in any record."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from realtime_sessions import (
    AsyncRealtimeSessions,
    AuthenticationError,
    RealtimeSessions,
    _client,
    _logging,
)

API_KEY = "sk-test-LOGSECRET-9876543210"
CLIENT_SECRET = "ek_test_LOGGED_NEVER_42"
PATH = "/v1/realtime/sessions"
SESSION: dict[str, Any] = {
    "id": "sess_log",
    "object": "realtime.session",
    "expires_at": 1742188264,
    "model": "gpt-realtime",
    "client_secret": {"value": CLIENT_SECRET, "expires_at": 1742188324},
}


@pytest.fixture(autouse=True)
def _quiet_deprecation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_client, "_warned", {"POST /realtime/sessions"})


def _create(kind: str, base_url: str, **client_kwargs: Any) -> Any:
    kwargs = {"api_key": API_KEY, "base_url": base_url, **client_kwargs}
    if kind == "sync":
        with RealtimeSessions(**kwargs) as client:
            return client.create(model="gpt-realtime", voice="marin")

    async def main() -> Any:
        async with AsyncRealtimeSessions(**kwargs) as client:
            return await client.create(model="gpt-realtime", voice="marin")

    return asyncio.run(main())


def _assert_no_secrets(caplog: pytest.LogCaptureFixture) -> None:
    for record in caplog.records:
        text = record.getMessage()
        assert API_KEY not in text, (record.name, text)
        assert CLIENT_SECRET not in text, (record.name, text)
    assert API_KEY not in caplog.text and CLIENT_SECRET not in caplog.text


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_debug_log_has_one_line_per_attempt_and_no_secrets(
    kind: str, server: HTTPServer, caplog: pytest.LogCaptureFixture
):
    server.expect_ordered_request(PATH, method="POST").respond_with_json(
        {"error": {"message": "slow down"}}, status=429, headers={"retry-after-ms": "20"}
    )
    server.expect_ordered_request(PATH, method="POST").respond_with_json(SESSION)
    caplog.set_level(logging.DEBUG)  # everything: ours, httpx's and httpcore's
    session = _create(kind, server.url_for("/v1"))
    assert session.client_secret.value == CLIENT_SECRET

    ours = [r for r in caplog.records if r.name == "realtime_sessions"]
    assert [r.levelno for r in ours] == [logging.DEBUG, logging.DEBUG]
    first, second = (r.getMessage() for r in ours)
    url = server.url_for(PATH)
    assert first == f"POST {url} -> 429 (attempt 1 of 3), retrying in 0.02s"
    assert second == f"POST {url} -> 200 (attempt 2 of 3)"
    # httpcore really was logging at DEBUG, so the check below covers it too.
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    _assert_no_secrets(caplog)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_error_path_logs_no_secrets(
    kind: str, server: HTTPServer, caplog: pytest.LogCaptureFixture
):
    server.expect_request(PATH, method="POST").respond_with_json(
        {"error": {"message": f"Incorrect API key provided: {API_KEY}"}},
        status=401,
        headers={"x-request-id": "req_log"},
    )
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthenticationError) as info:
        _create(kind, server.url_for("/v1"))
    logging.getLogger("app").exception("create failed: %s", info.value)  # as an app would
    _assert_no_secrets(caplog)
    assert "req_log" in caplog.text


@pytest.mark.parametrize("name", ["realtime_sessions", "httpx", "httpcore.http11"])
def test_sensitive_headers_are_redacted_in_every_argument_shape(
    name: str, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    log = logging.getLogger(name)
    headers = {"Authorization": f"Bearer {API_KEY}", "X-Other": "visible"}
    log.debug("Request options: %(headers)s", {"headers": headers})
    log.debug("headers %s", httpx.Headers(headers))
    log.debug("headers %r", [(b"Authorization", f"Bearer {API_KEY}".encode()), (b"X-Other", b"1")])
    log.debug(f"preformatted [(b'authorization', b'Bearer {API_KEY}')]")
    assert len(caplog.records) == 4  # redacted, never dropped
    _assert_no_secrets(caplog)
    assert caplog.text.count("<redacted>") == 4
    assert "visible" in caplog.text
    assert headers["Authorization"] == f"Bearer {API_KEY}"  # the caller's dict is not modified


def test_env_var_setup_adds_one_handler_and_sets_the_level(monkeypatch: pytest.MonkeyPatch):
    logger = logging.getLogger("realtime_sessions")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.delenv("REALTIME_SESSIONS_LOG", raising=False)
    _logging.setup_logging()
    assert logger.handlers == [] and logger.level == logging.NOTSET
    monkeypatch.setenv("REALTIME_SESSIONS_LOG", "DEBUG")
    _logging.setup_logging()
    _logging.setup_logging()
    assert logger.level == logging.DEBUG
    assert len(logger.handlers) == 1


def _run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "OPENAI_API_KEY": API_KEY, **env}
    full_env.pop("REALTIME_SESSIONS_LOG", None)
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], env=full_env, capture_output=True, text=True, timeout=60
    )


def test_realtime_sessions_log_debug_switches_logging_on(server: HTTPServer):
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    code = (
        "import json, realtime_sessions as r\n"
        f"s = r.RealtimeSessions(base_url={server.url_for('/v1')!r}).create(model='gpt-realtime')\n"
        "print(json.dumps(s.id))"
    )
    on = _run_python(code, REALTIME_SESSIONS_LOG="debug")
    assert on.returncode == 0, on.stderr
    assert json.loads(on.stdout) == "sess_log"
    assert f"POST {server.url_for(PATH)} -> 200 (attempt 1 of 3)" in on.stderr
    assert "DEBUG" in on.stderr
    assert API_KEY not in on.stderr and CLIENT_SECRET not in on.stderr

    off = _run_python(code)
    assert off.returncode == 0, off.stderr
    assert "attempt 1 of 3" not in off.stderr


def test_a_client_collected_while_a_record_is_being_scrubbed_does_not_deadlock() -> None:
    """A client's finalizer runs whenever the garbage collector does, also inside the log
    filter's critical section (scrubbing allocates). It must not wait for that lock: this hung
    a test worker under pytest-xdist once."""
    import threading

    from realtime_sessions import _secrets

    secret = "sk-proj-collected-mid-scrub"
    scrubber = _secrets.Scrubber([secret])
    assert _secrets.scrub_known(f"key {secret}") == f"key {_secrets.REDACTED}"

    def finalizer_inside_the_lock() -> None:
        with _secrets._live_lock:  # what a GC pass inside scrub_known amounts to
            _secrets._forget((secret,))

    worker = threading.Thread(target=finalizer_inside_the_lock, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "the finalizer blocked on the scrubber's lock"
    # Once applied, the forgotten secret is no longer scrubbed (its client is gone).
    assert _secrets.scrub_known(f"key {secret}") == f"key {secret}"
    del scrubber
