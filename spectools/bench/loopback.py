"""Loopback `POST /realtime/sessions`: ours against raw httpx, raw openapi-python-client and the
SDK, each call timed on its own against a keep-alive HTTP/1.1 server on 127.0.0.1 in its own
process (`spectools.bench.loopback_server`, TCP_NODELAY), which answers the full body."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..project import ROOT
from .harness import (
    API_KEY,
    REQUEST,
    Case,
    Section,
    Settings,
    Target,
    each_async_timer,
    each_timer,
    interleave,
)
from .references import References

__all__ = ["bench_loopback", "loopback_server"]

FLOOR = "httpx.Client.post + .json()"
ASYNC_FLOOR = "httpx.AsyncClient.post + .json()"
TARGETS = [
    Target("ours: RealtimeSessions.create", 1.00, versus=FLOOR),  # issue 15: keep it
    Target("ours: AsyncRealtimeSessions.create", 1.10, versus=ASYNC_FLOOR),
]


def _first_attr(root: Any, paths: Sequence[str]) -> tuple[str, Any]:
    for path in paths:
        target = root
        try:
            for part in path.split("."):
                target = getattr(target, part)
        except AttributeError:
            continue
        return path, target
    raise AttributeError(f"none of {', '.join(paths)}")


@contextlib.contextmanager
def loopback_server(body: bytes, workdir: Path) -> Iterator[str]:
    """Start `spectools.bench.loopback_server` in its own process; yield its base URL."""
    body_file = workdir / "response.json"
    body_file.write_bytes(body)
    process = subprocess.Popen(
        [sys.executable, "-m", "spectools.bench.loopback_server", str(body_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}/v1"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def bench_loopback(
    settings: Settings, references: References, body: bytes, workdir: Path
) -> Section:
    section = Section(
        title="Loopback POST /realtime/sessions (keep-alive, 127.0.0.1, TCP_NODELAY)",
        unit="us",
        floor=FLOOR,
        targets=TARGETS,
        method=(
            f"{settings.calls} calls per client in rounds of {settings.round_size}, each call "
            f"timed on its own after {settings.warmup_calls} warm-up calls; the server "
            f"(spectools.bench.loopback_server, own process) answers the full {len(body)}-byte body; "
            f"request {json.dumps(REQUEST)}"
        ),
    )
    httpx = importlib.import_module("httpx")
    loop = asyncio.new_event_loop()
    closers: list[Callable[[], object]] = []
    with loopback_server(body, workdir) as base_url:
        url = base_url + "/realtime/sessions"
        headers = {"Authorization": f"Bearer {API_KEY}"}
        cases: list[Case] = []

        plain = httpx.Client()
        closers.append(plain.close)
        cases.append(
            Case(
                "httpx.Client.post + .json()",
                each_timer(lambda: plain.post(url, json=REQUEST, headers=headers).json()),
            )
        )

        async def make_async_plain() -> Any:
            return httpx.AsyncClient()

        plain_async = loop.run_until_complete(make_async_plain())
        closers.append(lambda: loop.run_until_complete(plain_async.aclose()))

        async def async_plain_call() -> Any:
            response = await plain_async.post(url, json=REQUEST, headers=headers)
            return response.json()

        cases.append(
            Case("httpx.AsyncClient.post + .json()", each_async_timer(loop, async_plain_call))
        )

        ours = references.ours.RealtimeSessions(api_key=API_KEY, base_url=base_url)
        closers.append(ours.close)
        cases.append(
            Case("ours: RealtimeSessions.create", each_timer(lambda: ours.create(**REQUEST)))
        )

        async def make_async_ours() -> Any:
            return references.ours.AsyncRealtimeSessions(api_key=API_KEY, base_url=base_url)

        ours_async = loop.run_until_complete(make_async_ours())
        closers.append(lambda: loop.run_until_complete(ours_async.close()))
        cases.append(
            Case(
                "ours: AsyncRealtimeSessions.create",
                each_async_timer(loop, lambda: ours_async.create(**REQUEST)),
            )
        )

        if references.raw_opc is not None:
            try:
                raw_client = references.raw_opc.AuthenticatedClient(
                    base_url=base_url, token=API_KEY
                )
                endpoint = importlib.import_module(
                    "raw_client.api.realtime.create_realtime_session"
                )
                params = importlib.import_module("raw_client.models").SessionCreateParams
                closers.append(lambda: raw_client.get_httpx_client().close())

                def raw_call() -> Any:
                    result = endpoint.sync(client=raw_client, body=params.from_dict(REQUEST))
                    if result is None:
                        raise RuntimeError("raw opc: unexpected status")
                    return result

                raw_call()
                cases.append(Case("raw opc: create_realtime_session.sync", each_timer(raw_call)))
            except Exception as exc:
                section.notes.append(f"raw opc: skipped: {exc!r}")
        else:
            section.notes.extend(f"skipped: {s}" for s in references.skipped if s.startswith("raw"))

        if references.openai is not None:
            try:
                sdk = references.openai.OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0)
                closers.append(sdk.close)
                where, create = _first_attr(
                    sdk, ["beta.realtime.sessions.create", "realtime.sessions.create"]
                )
                create(**REQUEST)
                transport = next(
                    (
                        f"{k.__module__.split('.')[0]}.{k.__name__}"
                        for k in type(sdk._client).__mro__
                        if not k.__module__.startswith(("openai", "builtins"))
                    ),
                    "?",
                )
                section.notes.append(
                    f"openai {references.openai.__version__}: `client.{where}`, transport "
                    f"{transport}, max_retries=0, no response validation (SDK default)"
                )
                cases.append(Case(f"openai: client.{where}", each_timer(lambda: create(**REQUEST))))
            except Exception as exc:
                section.notes.append(f"openai: skipped: {exc!r}")
        else:
            section.notes.append("openai: skipped, not installed")

        for case in cases:
            case.run(settings.warmup_calls)
        interleave(section, cases, settings.calls, settings.round_size)
        for close in reversed(closers):
            with contextlib.suppress(Exception):
                close()
    loop.close()
    return section
