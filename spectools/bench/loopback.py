"""Loopback calls of each bound operation: ours against raw httpx, raw openapi-python-client and
the SDK, each call timed on its own against a keep-alive HTTP/1.1 server on 127.0.0.1 in its own
process (`spectools.bench.loopback_server`, TCP_NODELAY), which answers the full body."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import inspect
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..project import ROOT, snake_case
from .body import BoundResponse
from .harness import (
    API_KEY,
    Case,
    Section,
    Settings,
    Target,
    each_async_timer,
    each_timer,
    interleave,
)
from .references import OPENAI, References, first_attribute

__all__ = ["bench_loopback", "floors", "loopback_server"]


def floors(method: str) -> tuple[str, str]:
    """The floors' names: raw httpx's own method for the operation, sync and async."""
    return f"httpx.Client.{method} + .json()", f"httpx.AsyncClient.{method} + .json()"


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
    settings: Settings,
    references: References,
    bound: BoundResponse,
    body: bytes,
    spec: dict[str, Any],
    workdir: Path,
) -> Section:
    """One bound operation: ours (sync and async) against raw httpx, raw opc and the SDK."""
    operation = bound.operation
    sync_root, async_root = operation.roots
    floor, async_floor = floors(operation.method)
    section = Section(
        title=f"Loopback {operation.label} (keep-alive, 127.0.0.1, TCP_NODELAY)",
        unit="us",
        floor=floor,
        targets=[
            Target(f"ours: {sync_root}", 1.00, versus=floor),  # issue 15: keep it
            Target(f"ours: {async_root}", 1.10, versus=async_floor),
        ],
        method=(
            f"{settings.calls} calls per client in rounds of {settings.round_size}, each call "
            f"timed on its own after {settings.warmup_calls} warm-up calls; the server "
            f"(spectools.bench.loopback_server, own process) answers the full {len(body)}-byte "
            f"body; request: the operation's documented example ({len(json.dumps(bound.request))}"
            " bytes of JSON)"
        ),
    )
    httpx = importlib.import_module("httpx")
    request = bound.request
    loop = asyncio.new_event_loop()
    closers: list[Callable[[], object]] = []
    with loopback_server(body, workdir) as base_url:
        url = base_url + operation.path
        headers = {"Authorization": f"Bearer {API_KEY}"}
        cases: list[Case] = []

        plain = httpx.Client()
        closers.append(plain.close)
        plain_send = getattr(plain, operation.method)  # httpx's .post, .put, ...
        cases.append(
            Case(floor, each_timer(lambda: plain_send(url, json=request, headers=headers).json()))
        )

        async def make_async_plain() -> Any:
            return httpx.AsyncClient()

        plain_async = loop.run_until_complete(make_async_plain())
        closers.append(lambda: loop.run_until_complete(plain_async.aclose()))

        plain_async_send = getattr(plain_async, operation.method)

        async def async_plain_call() -> Any:
            response = await plain_async_send(url, json=request, headers=headers)
            return response.json()

        cases.append(Case(async_floor, each_async_timer(loop, async_plain_call)))

        ours = getattr(references.ours, operation.client)(api_key=API_KEY, base_url=base_url)
        closers.append(ours.close)
        call = getattr(ours, operation.call)
        cases.append(Case(f"ours: {sync_root}", each_timer(lambda: call(**request))))

        async def make_async_ours() -> Any:
            return getattr(references.ours, operation.async_client)(
                api_key=API_KEY, base_url=base_url
            )

        ours_async = loop.run_until_complete(make_async_ours())
        closers.append(lambda: loop.run_until_complete(ours_async.close()))
        async_call = getattr(ours_async, operation.call)
        cases.append(
            Case(f"ours: {async_root}", each_async_timer(loop, lambda: async_call(**request)))
        )

        if references.raw_opc is not None:
            try:
                cases.append(_raw_opc_case(references, bound, spec, base_url, closers))
            except Exception as exc:
                section.notes.append(f"raw opc: skipped: {exc!r}")
        else:
            section.notes.extend(f"skipped: {s}" for s in references.skipped if s.startswith("raw"))

        if references.openai is not None:
            try:
                cases.append(_openai_case(references, bound, base_url, section, closers))
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


def _raw_opc_case(
    references: References,
    bound: BoundResponse,
    spec: dict[str, Any],
    base_url: str,
    closers: list[Callable[[], object]],
) -> Case:
    """openapi-python-client's own module for the operation: `api/<tag>/<operationId>.sync`."""
    found = bound.operation.find(spec)
    package = references.raw_opc.__name__
    module = f"{snake_case(found['tags'][0])}.{snake_case(found['operationId'])}"
    endpoint = importlib.import_module(f"{package}.api.{module}")
    params = getattr(importlib.import_module(f"{package}.models"), bound.request_model)
    raw_client = references.raw_opc.AuthenticatedClient(base_url=base_url, token=API_KEY)
    closers.append(lambda: raw_client.get_httpx_client().close())
    request = bound.request

    def raw_call() -> Any:
        result = endpoint.sync(client=raw_client, body=params.from_dict(request))
        if result is None:
            raise RuntimeError("raw opc: unexpected status")
        return result

    raw_call()
    return Case(f"raw opc: {module.rsplit('.', 1)[1]}.sync", each_timer(raw_call))


def _openai_case(
    references: References,
    bound: BoundResponse,
    base_url: str,
    section: Section,
    closers: list[Callable[[], object]],
) -> Case:
    """The SDK's method for the operation, as `OPENAI` lists it; LookupError without one."""
    reference = OPENAI.get(bound.model)
    if reference is None:
        raise LookupError(f"OPENAI lists no SDK method for {bound.model}")
    sdk = references.openai.OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0)
    closers.append(sdk.close)
    where, create = first_attribute(sdk, reference.calls)
    # Fields of the documented request the SDK's method has no parameter for (its deprecated
    # endpoint's signature is older than the spec) go as `extra_body`: the same bytes are sent.
    known = inspect.signature(create).parameters
    request = {key: value for key, value in bound.request.items() if key in known}
    extra = {key: value for key, value in bound.request.items() if key not in known}
    if extra:
        request["extra_body"] = extra
        section.notes.append(f"openai: sent as extra_body (no parameter for them): {sorted(extra)}")
    create(**request)
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
    return Case(f"openai: client.{where}", each_timer(lambda: create(**request)))
