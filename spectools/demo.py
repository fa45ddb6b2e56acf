"""`python -m spectools demo`: the main job end to end, offline.

Starts the mock on a free 127.0.0.1 port and, with the generated clients (a dummy `sk-mock` key:
no OpenAI account needed), calls every bound operation (`openapi/operations.yaml`) side by side
with its documented request example: a session from the deprecated `RealtimeSessions.create`
and a client secret from its successor `RealtimeClientSecrets.create`, printing each result with
its secrets masked. Then it shows one fault being retried away on the first operation that is
not deprecated: the mock answers 429 once (`X-Mock-Fault: 429;times=1`) and the retry succeeds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .mock import MockServer
from .mock.app import RecordedRequest
from .mock.spec import MockOperation
from .overlays import resolved_spec

__all__ = ["main"]

API_KEY = "sk-mock"  # the mock accepts any sk- key
RETRIED_FAULT = {"X-Mock-Fault": "429;times=1", "X-Mock-Fault-Key": "demo-retry"}
_TIMESTAMPS = ("expires_at",)  # unixtime fields, shown as dates (0: not yet set)


def _masked(secret: str) -> str:
    return f"{secret[:3]}…{secret[-4:]} (masked)"  # enough to tell keys apart, never the key


def _shown(name: str, value: Any) -> str:
    if name in _TIMESTAMPS and isinstance(value, int) and value > 0:
        return dt.datetime.fromtimestamp(value, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return str(value)


def _leaves(data: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(path, value) for every scalar in a JSON object, in its order; lists shown whole."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif not (isinstance(data, list) and not data):
        yield path, ", ".join(map(str, data)) if isinstance(data, list) else data


def _result_table(title: str, result: Any, secrets: Sequence[Sequence[str]]) -> Table:
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold cyan")
    table.add_column()
    if hasattr(result, "session"):  # a union member: say which class the type picked
        table.add_row("session class", type(result.session).__name__)
    for path, value in _leaves(result.to_dict()):
        secret = [*path] in [list(s) for s in secrets] and isinstance(value, str)
        table.add_row(".".join(path), _masked(value) if secret else _shown(path[-1], value))
    return table


def _attempts_table(label: str, attempts: Sequence[RecordedRequest]) -> Table:
    table = Table(title=f"What the mock saw for one {label} call", title_justify="left")
    for column in ("attempt", "status", "fault", "request id"):
        table.add_column(column)
    for number, attempt in enumerate(attempts, 1):
        status = str(attempt.status) if attempt.status is not None else "-"
        style = "green" if attempt.status == 200 else "yellow"
        table.add_row(
            str(number), f"[{style}]{status}[/]", attempt.fault or "-", attempt.request_id
        )
    return table


def _example(spec: dict[str, Any], operation: MockOperation) -> dict[str, Any]:
    """The operation's first documented request example (overlays 05 and 08 provide them)."""
    media = operation.bound.find(spec)["requestBody"]["content"]["application/json"]
    example: dict[str, Any] = next(iter(media["examples"].values()))["value"]
    return example


def main(argv: Sequence[str] | None = None) -> int:
    argparse.ArgumentParser(prog="python -m spectools demo", description=__doc__).parse_args(argv)
    console = Console()
    try:
        package = importlib.import_module("realtime_sessions")
        from realtime_sessions._operations import OPERATIONS
    except ImportError:
        console.print(
            "[red]realtime_sessions is not installed: run `pip install .` (or `nox -s demo`)."
        )
        return 1
    secrets = {entry["label"]: entry["secrets"] for entry in OPERATIONS}
    spec = resolved_spec()

    with MockServer(port=0) as mock:
        for operation in mock.operations:
            console.print(
                f"Mock serving [bold]{operation.method} {mock.url_for(operation.path)}[/]"
                f" (offline, key {API_KEY!r})"
            )
        try:
            for operation in mock.operations:
                bound = operation.bound
                client = getattr(package, bound.client)(api_key=API_KEY, base_url=mock.base_url)
                with warnings.catch_warnings(record=True) as warned, client:
                    warnings.simplefilter("always", DeprecationWarning)
                    result = getattr(client, bound.call)(**_example(spec, operation))
                for warning in warned:  # a deprecated operation warns: show it
                    console.print(
                        f"[yellow]{type(warning.message).__name__}:[/]"
                        f" {escape(str(warning.message))}"
                    )
                deprecated = " (deprecated)" if operation.deprecated else ""
                title = f"{bound.client}.{bound.call}: {bound.label}{deprecated}"
                console.print(_result_table(title, result, secrets[bound.label]))

            current = next((op for op in mock.operations if not op.deprecated), mock.operation)
            bound = current.bound
            told = ", ".join(f"{name}: {value}" for name, value in RETRIED_FAULT.items())
            console.print(
                f"\n{bound.client}.{bound.call} again, with the mock told to rate-limit the first"
                f" attempt ({told}):"
            )
            first_attempt = len(mock.requests)
            with getattr(package, bound.client)(
                api_key=API_KEY,
                base_url=mock.base_url,
                max_retries=2,
                default_headers=RETRIED_FAULT,
            ) as retrying:
                getattr(retrying, bound.call)(**_example(spec, current))
        except package.APIStatusError as exc:
            console.print(f"[red]The mock refused the request:[/] {escape(str(exc))}")
            return 1
        attempts = mock.requests[first_attempt:]
        console.print(_attempts_table(f"{bound.client}.{bound.call}()", attempts))
        console.print(
            f"[green]Recovered[/] after {len(attempts)} attempts: {bound.label} answered"
            f" {attempts[-1].status} (request id {attempts[-1].request_id})."
        )
    return 0
