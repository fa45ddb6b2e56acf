"""`python -m spectools mock` and `nox -s mock` as real processes: SIGTERM or Ctrl-C stops the
server cleanly, with no traceback, no orphaned server and the port freed."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.helpers import ROOT
from tests.test_mock_server import AUTH

STARTED = re.compile(r"Started server process \[(\d+)\]")  # uvicorn, once its handlers are set
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/v1/realtime/sessions")
# Run the command with SIGINT at its default even where this test runs with it ignored (a
# background job), as it is in a terminal where Ctrl-C is pressed.
WITH_DEFAULT_SIGINT = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL);"
    " os.execvp(sys.argv[1], sys.argv[1:])"
)
MOCK = [sys.executable, "-m", "spectools", "mock", "--port", "0"]
NOX_MOCK = [
    *(sys.executable, "-m", "nox", "-f", str(ROOT / "noxfile.py"), "-s", "mock"),
    *("--no-venv", "--no-install", "--", "--port", "0"),  # this Python has the mock's deps
]


@dataclass
class Running:
    process: subprocess.Popen[str]
    port: int
    server_pid: int  # the uvicorn process: the command itself, or nox's child
    output: str

    def stop(self, signum: int, *, whole_group: bool) -> str:
        """Send the signal (to the process group, as a terminal's Ctrl-C does) and wait."""
        if whole_group:
            os.killpg(self.process.pid, signum)
        else:
            self.process.send_signal(signum)
        rest, _ = self.process.communicate(timeout=60)
        return self.output + rest


@pytest.fixture
def start() -> Iterator[object]:
    started: list[Running] = []

    def run(command: list[str]) -> Running:
        path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
        process = subprocess.Popen(
            [sys.executable, "-c", WITH_DEFAULT_SIGINT, *command],
            cwd=ROOT,
            env={**os.environ, "PATH": path, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its own process group, as a terminal's foreground job
        )
        watchdog = threading.Timer(120, process.kill)  # a start-up that hangs fails, not blocks
        watchdog.start()
        lines: list[str] = []
        port = pid = None
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            port = port or (int(found.group(1)) if (found := URL.search(line)) else None)
            if found := STARTED.search(line):
                pid = int(found.group(1))
                break
        watchdog.cancel()
        assert port and pid, "".join(lines)
        running = Running(process, port, pid, "".join(lines))
        started.append(running)
        return running

    yield run
    for running in started:  # whatever a failed test left behind (an orphaned server, say)
        if running.process.poll() is None:
            os.killpg(running.process.pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            os.kill(running.server_pid, signal.SIGKILL)
        running.process.wait(timeout=60)


def assert_serves(running: Running) -> None:
    url = f"http://127.0.0.1:{running.port}/v1/realtime/sessions"
    assert httpx.post(url, json={}, headers=AUTH, timeout=30).status_code == 200


def assert_stopped_cleanly(running: Running, output: str) -> None:
    assert running.process.returncode == 0, output
    assert "Traceback" not in output and "Error" not in output.replace("uvicorn.error", ""), output
    with pytest.raises(ProcessLookupError):  # exited and reaped: no orphan
        os.kill(running.server_pid, 0)
    with socket.socket() as probe:  # nothing listens on the port any more
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", running.port))


# SIGTERM to the process alone (as `kill` sends it); SIGINT to its group (as Ctrl-C does).
STOPS = pytest.mark.parametrize(
    ("signum", "whole_group"),
    [(signal.SIGTERM, False), (signal.SIGINT, True)],
    ids=["SIGTERM", "Ctrl-C"],
)


@STOPS
def test_mock_command_stops_cleanly(start: object, signum: int, whole_group: bool) -> None:
    running = start(MOCK)  # type: ignore[operator]
    assert running.server_pid == running.process.pid
    assert_serves(running)
    assert_stopped_cleanly(running, running.stop(signum, whole_group=whole_group))


@STOPS
def test_nox_mock_session_stops_its_server(start: object, signum: int, whole_group: bool) -> None:
    running = start(NOX_MOCK)  # type: ignore[operator]
    assert running.server_pid != running.process.pid  # nox runs the server as its child
    assert_serves(running)
    output = running.stop(signum, whole_group=whole_group)
    assert "Session mock was successful" in output, output
    assert_stopped_cleanly(running, output)
