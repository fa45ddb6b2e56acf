"""Our mock against Prism, the spec-driven mock the official SDK's tests run on.

Both serve the same operations from the same resolved fragment (overlays applied), each as its
command runs it (`python -m spectools mock`; `prism mock SPEC`, static mode), in its own process,
logging to a file as it does by default; both validate the request. One `httpx.AsyncClient` per
server sends the same valid request, `concurrency` at a time, the servers taking turns round by
round. Reported: requests/s, p50/p99 latency, and the CPU each server spent per request (from
/proc, the server and its children), which does not depend on the client: on 2 cores the client's
own cost (also shown) bounds how far apart the throughputs can be.

The client is the instrument, so it does no more per request than sending the request and reading
the answer, the same for both servers: the body is encoded once (bytes, not `json=` per request),
no proxy or .netrc lookup from the environment (`trust_env=False`), and no cookie jar (neither
mock sets cookies; httpx would still parse every response's headers for them).
"""

from __future__ import annotations

import asyncio
import contextlib
import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from ..project import ROOT
from .body import BoundResponse
from .harness import API_KEY, Section, Settings, Target

__all__ = ["PRISM_PACKAGE", "TARGET", "bench_mock", "prism_version"]

PRISM_PACKAGE = "@stainless-api/prism-cli"
TARGET = 2.0  # issue 15: our mock at least twice Prism's throughput at both concurrencies
_START_SECONDS = 60.0
_NO_VALUE: Any = [[]]  # what no bound request field accepts: in place of the example's first


def invalid_request(request: dict[str, Any]) -> dict[str, Any]:
    """The example with its first field's value replaced by `[[]]`: both mocks must refuse it
    (proof that both validate)."""
    first = next(iter(request), "field")
    return {**request, first: _NO_VALUE}


@dataclass
class Server:
    """A mock in its own process."""

    name: str
    process: subprocess.Popen[bytes]
    base: str  # where the spec's paths are served: http://127.0.0.1:4010/v1
    log: Path
    method: str = ""  # the operation measured now: its method and URL
    url: str = ""
    request: dict[str, Any] = field(default_factory=dict)  # what is sent to it
    content: bytes = b""  # `request` as JSON: encoded once, sent as is
    client: httpx.AsyncClient | None = None
    latencies: list[float] = field(default_factory=list)
    elapsed: float = 0.0
    server_cpu: float = 0.0
    client_cpu: float = 0.0
    errors: int = 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_line(server: subprocess.Popen[bytes], log: Path, pattern: str) -> re.Match[str]:
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        if match := re.search(pattern, text):
            return match
        if server.poll() is not None:
            raise RuntimeError(f"exited with {server.returncode}: {text[-600:]}")
        time.sleep(0.05)
    raise RuntimeError(f"did not start within {_START_SECONDS:g} s")


@contextlib.contextmanager
def _serve(name: str, command: list[str], log: Path, pattern: str, base: str) -> Iterator[Server]:
    """Start `command`, wait for `pattern` in its log; `base` may use the match's groups."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        match = _wait_for_line(process, log, pattern)
        yield Server(name, process, base.format(*match.groups()), log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU of `pid` and its live descendants (Linux /proc); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total: float = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += _cpu_seconds(int(child)) or 0.0
        return total
    except (OSError, ValueError, IndexError):
        return None


def prism_version(prism: Path) -> str:
    """The installed prism-cli's version, from its package.json beside the executable."""
    package = prism.resolve().parent.parent / "package.json"  # node_modules/<pkg>/dist/index.js
    try:
        return str(json.loads(package.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return "?"


class _NoCookies(http.cookiejar.CookieJar):
    """A jar that keeps nothing: the client never spends time looking for cookies."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        pass


def _client(concurrency: int) -> httpx.AsyncClient:
    """The load generator, configured the same for every server."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    return httpx.AsyncClient(limits=limits, timeout=30, trust_env=False, cookies=_NoCookies())


async def _drive(server: Server, requests: int, concurrency: int) -> None:
    """`requests` requests, `concurrency` in flight; latencies, wall time and CPU are added up."""
    assert server.client is not None
    client, method, url, content = server.client, server.method, server.url, server.content
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    remaining = iter(range(requests))
    latencies: list[float] = []
    errors = 0

    async def worker() -> None:
        nonlocal errors
        clock = time.perf_counter
        for _ in remaining:
            start = clock()
            try:
                response = await client.request(method, url, content=content, headers=headers)
            except httpx.TransportError:  # e.g. a kept-alive connection closed as it was reused
                errors += 1
                continue
            latencies.append(clock() - start)
            errors += response.status_code != 200

    cpu_before, client_before = _cpu_seconds(server.process.pid), time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    server.elapsed += time.perf_counter() - started
    server.client_cpu += time.process_time() - client_before
    cpu_after = _cpu_seconds(server.process.pid)
    if cpu_before is not None and cpu_after is not None:
        server.server_cpu += cpu_after - cpu_before
    server.latencies += latencies
    server.errors += errors


def _event_loop() -> tuple[asyncio.AbstractEventLoop, str]:
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop(), "asyncio"
    return uvloop.new_event_loop(), "uvloop"


async def _probe(server: Server) -> str:
    """What the server answers to the valid and to an invalid request (both must validate)."""
    assert server.client is not None
    headers = {"Authorization": f"Bearer {API_KEY}"}
    method, url = server.method, server.url
    valid = await server.client.request(method, url, json=server.request, headers=headers)
    invalid = await server.client.request(
        method, url, json=invalid_request(server.request), headers=headers
    )
    return (
        f"{server.name}: valid request -> {valid.status_code} ({len(valid.content)}-byte body), "
        f"the example with {next(iter(server.request))!r}: {json.dumps(_NO_VALUE)} -> "
        f"{invalid.status_code}"
    )


def bench_mock(
    settings: Settings,
    spec: dict[str, Any],
    bound: list[BoundResponse],
    workdir: Path,
    prism: Path | None,
) -> dict[str, Section]:
    """Ours and Prism, each started once, measured on every bound operation in turn: one
    section per operation, keyed by its client class."""
    sections = {
        b.operation.client: Section(
            title=f"Mock server: ours against Prism, {b.operation.label} (same resolved fragment)",
            unit="ms",
            floor=None,
            tail=0.99,
            method=(
                f"{settings.mock_requests} requests per server and concurrency through one "
                f"httpx.AsyncClient each, in rounds of {settings.mock_round} taking turns, after "
                f"{settings.mock_warmup} warm-up requests; request: the operation's documented "
                f"example ({len(json.dumps(b.request))} bytes of JSON); median and p99 are "
                "per-request latencies, server CPU is per request"
            ),
        )
        for b in bound
    }
    notes: list[str] = []
    first = bound[0].operation
    with contextlib.ExitStack() as stack:
        servers = [
            stack.enter_context(
                _serve(
                    "ours",
                    [sys.executable, "-m", "spectools", "mock", "--port", "0"],
                    workdir / "ours-mock.log",
                    # the first operation's line (the mock logs one per operation it serves)
                    rf"serving {first.method.upper()} (http://\S+?){re.escape(first.path)}\s",
                    "{0}",
                )
            )
        ]
        if prism is None:
            reason = "no Prism given (`--prism PATH`); `nox -s bench` installs it with npm"
            if shutil.which("npm") is None:
                reason = "npm is not on PATH, so `nox -s bench` could not install Prism"
            notes.append(f"skipped: Prism: {reason}")
        else:
            spec_path = workdir / "resolved-for-prism.json"
            spec_path.write_text(json.dumps(spec), encoding="utf-8")
            port = _free_port()
            command = [
                str(prism),
                "mock",
                str(spec_path),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ]
            try:
                servers.append(
                    stack.enter_context(
                        _serve(
                            "Prism",
                            command,
                            workdir / "prism.log",
                            r"Prism is listening on (http://\S+)",
                            "{0}",  # Prism serves the spec's paths without servers' /v1
                        )
                    )
                )
                notes.append(
                    f"Prism: {PRISM_PACKAGE} {prism_version(prism)} (`prism mock`, static mode, "
                    "default logging to a file), node "
                    + subprocess.run(
                        ["node", "--version"], capture_output=True, text=True, check=False
                    ).stdout.strip()
                )
            except RuntimeError as exc:
                notes.append(f"skipped: Prism did not start: {exc}")
        loop, loop_name = _event_loop()
        notes.append(
            f"client: httpx {httpx.__version__} on {loop_name}, the same for both servers: the "
            "body encoded once, trust_env=False, no cookie jar"
        )
        try:
            for b in bound:
                for server in servers:
                    server.method = b.operation.method.upper()
                    server.url, server.request = server.base + b.operation.path, b.request
                    server.content = json.dumps(b.request).encode()
                section = sections[b.operation.client]
                section.notes += notes
                _run_rounds(settings, section, servers, loop)
        finally:
            loop.close()
    return sections


def _run_rounds(
    settings: Settings,
    section: Section,
    servers: list[Server],
    loop: asyncio.AbstractEventLoop,
) -> None:
    for concurrency in settings.mock_concurrency:
        for server in servers:
            server.client = _client(concurrency)
            server.latencies, server.elapsed, server.errors = [], 0.0, 0
            server.server_cpu = server.client_cpu = 0.0
        try:
            if concurrency == settings.mock_concurrency[0]:
                section.notes += [loop.run_until_complete(_probe(s)) for s in servers]
            for server in servers:
                loop.run_until_complete(_drive(server, settings.mock_warmup, concurrency))
                server.latencies, server.elapsed, server.errors = [], 0.0, 0
                server.server_cpu = server.client_cpu = 0.0
            done, turn = 0, 0
            while done < settings.mock_requests:
                n = min(settings.mock_round, settings.mock_requests - done)
                for server in servers[turn % 2 :] + servers[: turn % 2]:
                    loop.run_until_complete(_drive(server, n, concurrency))
                done, turn = done + n, turn + 1
        finally:
            for server in servers:
                if server.client is not None:
                    loop.run_until_complete(server.client.aclose())
        _record(section, servers, concurrency)


def _record(section: Section, servers: list[Server], concurrency: int) -> None:
    names = {server.name: f"{server.name}, concurrency {concurrency}" for server in servers}
    for server in servers:
        name = names[server.name]
        count = len(server.latencies)
        if count == 0:
            section.notes.append(f"WARNING: {name}: no request was answered")
            continue
        section.add(name, server.latencies)
        section.extras[name] = {
            "req/s": count / server.elapsed,
            "server CPU ms/req": server.server_cpu / count * 1e3,
            "client CPU ms/req": server.client_cpu / count * 1e3,
        }
        if server.errors:
            section.notes.append(
                f"WARNING: {name}: {server.errors} requests failed or were not answered 200"
            )
    if "Prism" in names and all(names[n] in section.extras for n in ("ours", "Prism")):
        section.targets.append(
            Target(
                names["ours"], TARGET, versus=names["Prism"], metric="req/s", higher_is_better=True
            )
        )
        ours, prism = (section.extras[names[n]] for n in ("ours", "Prism"))
        cpu, client = "server CPU ms/req", "client CPU ms/req"
        if ours[cpu] > 0 and ours[client] > 0:
            # With the CPUs busy, requests/s goes as 1 / (client + server CPU per request): even
            # a mock that cost nothing would be this much faster than Prism through this client.
            bound = (prism[client] + prism[cpu]) / ours[client]
            section.notes.append(
                f"concurrency {concurrency}: Prism spends {prism[cpu] / ours[cpu]:.2f}x our "
                f"server CPU per request; the client spends {ours[client]:.2f} ms per request, "
                f"so with the CPUs busy no mock could be more than ~{bound:.1f}x Prism's "
                "requests/s through it"
            )
