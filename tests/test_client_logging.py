"""Logging: one DEBUG line per attempt, `REALTIME_SESSIONS_LOG`, and no secret in any record."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from realtime_sessions import (
    APIConnectionError,
    AsyncRealtimeSessions,
    AuthenticationError,
    RealtimeSessions,
    _client,
    _logging,
    _secrets,
)

from tests.helpers import ScriptedServer

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


# -- credentials a call brings in `extra_headers`: known to the log filter while it runs ----------

CALL_TOKEN = "sk-other-PERCALL-4242"
CALL_HEADERS = {
    "Authorization": f"Bearer {CALL_TOKEN}",  # over the client's own key, for this call only
    "api-key": "azure-PERCALL-5151",
    "X-Gateway-Token": "gw-PERCALL-6363",
}
CALL_SECRETS = (CALL_TOKEN, "azure-PERCALL-5151", "gw-PERCALL-6363")
# A server quoting the bare credentials in a malformed header line: h11 refuses it, and
# httpcore logs h11's message (with the line) at DEBUG before the client sees the error.
ECHO = b"HTTP/1.1 200 OK\r\nno colon here " + " ".join(CALL_SECRETS).encode() + b"\r\n\r\n"
ANSWER = json.dumps(SESSION).encode()
OK = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
    b"Content-Length: %d\r\n\r\n%s" % (len(ANSWER), ANSWER)
)


def _live_secrets() -> set[str]:
    """What the log filter scrubs now (the secrets of collected clients dropped first)."""
    with _secrets._live_lock:
        _secrets._apply_forgotten()
        return set(_secrets._live)


def _assert_forgotten() -> None:
    assert not _live_secrets() & {*CALL_SECRETS, *CALL_HEADERS.values()}
    for secret in CALL_SECRETS:  # the filter no longer touches them: nothing is left behind
        assert _secrets.scrub_known(f"seen {secret}") == f"seen {secret}"


def _assert_call_secrets_hidden(caplog: pytest.LogCaptureFixture, *texts: str) -> None:
    for text in [*(r.getMessage() for r in caplog.records), caplog.text, *texts]:
        for secret in CALL_SECRETS:
            assert secret.lower() not in text.lower(), text


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_calls_own_credentials_are_scrubbed_from_log_records_during_the_call(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A failing call (two echoes) and a succeeding one (an echo, then the session), with DEBUG
    logging on for ours, httpx and httpcore: no record carries a credential of `extra_headers`,
    and once the calls are over the filter has forgotten them."""
    target = ScriptedServer(ECHO, ECHO, ECHO, OK)
    caplog.set_level(logging.DEBUG)
    options = {"api_key": API_KEY, "base_url": target.base_url, "max_retries": 1}
    arguments = {"model": "gpt-realtime", "extra_headers": CALL_HEADERS}

    def run_sync() -> tuple[BaseException, Any]:
        with RealtimeSessions(**options) as client:
            with pytest.raises(APIConnectionError) as failed:
                client.create(**arguments)
            return failed.value, client.create(**arguments)

    async def run_async() -> tuple[BaseException, Any]:
        async with AsyncRealtimeSessions(**options) as client:
            with pytest.raises(APIConnectionError) as failed:
                await client.create(**arguments)
            return failed.value, await client.create(**arguments)

    try:
        error, session = run_sync() if kind == "sync" else asyncio.run(run_async())
    finally:
        target.close()
    assert session.id == SESSION["id"]
    assert len(target.requests) == 4
    assert all(f"Bearer {CALL_TOKEN}".encode() in request for request in target.requests)
    failures = [r.getMessage() for r in caplog.records if ".failed exception=" in r.getMessage()]
    assert len(failures) == 3 and all("<redacted>" in text for text in failures)
    assert [r for r in caplog.records if r.name == "realtime_sessions"]  # our retry lines
    _assert_call_secrets_hidden(caplog, str(error))
    _assert_forgotten()


class SilentServer:
    """Reads requests on 127.0.0.1 and never answers: calls stay under way until cancelled."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/v1"
        self.received = 0
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self._connections.append(connection)
            if ScriptedServer._read_request(connection) is not None:
                self.received += 1

    def close(self) -> None:
        self._listener.close()
        for connection in self._connections:
            connection.close()
        self._thread.join(timeout=5)


async def _until_received(server: SilentServer, count: int) -> None:
    async with asyncio.timeout(30):  # a bound on a hang, not a timing assertion
        while server.received < count:
            await asyncio.sleep(0.01)


def test_a_cancelled_call_forgets_its_credentials_and_a_shared_one_outlives_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = SilentServer()
    caplog.set_level(logging.DEBUG)
    gateway = {"X-Gateway-Token": CALL_HEADERS["X-Gateway-Token"]}

    async def main() -> None:
        async with AsyncRealtimeSessions(
            api_key=API_KEY, base_url=server.base_url, max_retries=0
        ) as client:
            first = asyncio.create_task(
                client.create(model="gpt-realtime", extra_headers=CALL_HEADERS)
            )
            second = asyncio.create_task(client.create(model="gpt-realtime", extra_headers=gateway))
            await _until_received(server, 2)
            assert set(CALL_SECRETS) <= _live_secrets()  # known while the calls are under way
            logging.getLogger("httpcore.http11").debug("echo %s", " ".join(CALL_SECRETS))
            first.cancel()
            with pytest.raises(asyncio.CancelledError):
                await first
            # `second` still runs with the gateway token: it stays known, the others do not
            assert _live_secrets() & set(CALL_SECRETS) == {CALL_HEADERS["X-Gateway-Token"]}
            second.cancel()
            with pytest.raises(asyncio.CancelledError):
                await second

    try:
        asyncio.run(main())
    finally:
        server.close()
    echoed = [r.getMessage() for r in caplog.records if r.getMessage().startswith("echo ")]
    assert echoed == ["echo <redacted> <redacted> <redacted>"]
    _assert_call_secrets_hidden(caplog)
    _assert_forgotten()


def test_calls_in_many_threads_leave_no_credential_behind(server: HTTPServer) -> None:
    server.expect_request(PATH, method="POST").respond_with_json(SESSION)
    with RealtimeSessions(api_key=API_KEY, base_url=server.url_for("/v1")) as client:

        def calls(_: int) -> None:
            for _ in range(5):
                client.create(model="gpt-realtime", extra_headers=CALL_HEADERS)

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(calls, range(4)))
        assert len(server.log) == 20
        # A call that sends the client's own key per call does not make the client forget it.
        client.create(model="gpt-realtime", extra_headers={"Authorization": f"Bearer {API_KEY}"})
        assert API_KEY in _live_secrets()
    _assert_forgotten()


def test_call_secrets_are_counted_across_threads() -> None:
    """Entered and left concurrently in eight threads while one holder stays inside: the
    secret stays known until that holder leaves, and the registry is empty then."""
    secret = "sk-counted-PERCALL-777"
    holder = _secrets.CallSecrets([secret, f"Bearer {secret}"])
    start = threading.Barrier(8)

    def churn() -> None:
        start.wait()
        for _ in range(300):
            with _secrets.CallSecrets([secret]):
                assert _secrets.scrub_known(secret) == _secrets.REDACTED

    with holder:
        threads = [threading.Thread(target=churn) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert secret in _live_secrets()
    assert secret not in _live_secrets() and f"Bearer {secret}" not in _live_secrets()
    with pytest.raises(RuntimeError), _secrets.CallSecrets([secret]):
        raise RuntimeError("a call that fails")
    assert secret not in _live_secrets()
