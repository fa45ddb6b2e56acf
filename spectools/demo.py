"""`python -m spectools demo`: the main job end to end, offline.

Starts the mock on a free 127.0.0.1 port and, with the generated clients (a dummy `sk-mock` key:
no OpenAI account needed), calls both bound operations side by side: a client secret
(`RealtimeClientSecrets.create`, POST /realtime/client_secrets) and a session from the deprecated
`RealtimeSessions.create` (POST /realtime/sessions), printing each. Then it shows one fault being
retried away: the mock answers 429 once (`X-Mock-Fault: 429;times=1`) and the retry succeeds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import warnings
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .mock import MockServer
from .mock.app import RecordedRequest

__all__ = ["main"]

API_KEY = "sk-mock"  # the mock accepts any sk- key
RETRIED_FAULT = {"X-Mock-Fault": "429;times=1", "X-Mock-Fault-Key": "demo-retry"}


def _masked(secret: str) -> str:
    return f"{secret[:3]}…{secret[-4:]}"  # enough to tell keys apart, never the key


def _when(timestamp: int) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _client_secret_table(secret: Any) -> Table:
    session = secret.session
    body = session.to_dict()
    table = Table(
        title="RealtimeClientSecrets.create: a client secret",
        show_header=False,
        title_justify="left",
    )
    table.add_column(style="bold cyan")
    table.add_column()
    table.add_row("client secret", f"{_masked(secret.value)} (masked)")
    table.add_row("secret expires", _when(secret.expires_at))
    table.add_row("session", f"{type(session).__name__} ({body.get('type', '-')})")
    table.add_row("session id", session.id)
    table.add_row("model", str(body.get("model", "-")))
    table.add_row("voice", str(body.get("audio", {}).get("output", {}).get("voice", "-")))
    table.add_row("instructions", body.get("instructions", "-"))
    return table


def _session_table(session: Any) -> Table:
    body = session.to_dict()
    table = Table(
        title="RealtimeSessions.create (deprecated): a session",
        show_header=False,
        title_justify="left",
    )
    table.add_column(style="bold cyan")
    table.add_column()
    table.add_row("id", session.id)
    table.add_row("model", body.get("model", "-"))
    table.add_row("voice", str(session.audio.output.voice))
    table.add_row("output modalities", ", ".join(body.get("output_modalities", [])))
    table.add_row("instructions", body.get("instructions", "-"))
    table.add_row("session expires", _when(session.expires_at))
    table.add_row("client secret", f"{_masked(session.client_secret.value)} (masked)")
    table.add_row("secret expires", _when(session.client_secret.expires_at))
    return table


def _attempts_table(attempts: Sequence[RecordedRequest]) -> Table:
    table = Table(
        title="What the mock saw for one RealtimeClientSecrets.create() call", title_justify="left"
    )
    for column in ("attempt", "status", "fault", "request id"):
        table.add_column(column)
    for number, attempt in enumerate(attempts, 1):
        status = str(attempt.status) if attempt.status is not None else "-"
        style = "green" if attempt.status == 200 else "yellow"
        table.add_row(
            str(number), f"[{style}]{status}[/]", attempt.fault or "-", attempt.request_id
        )
    return table


def main(argv: Sequence[str] | None = None) -> int:
    argparse.ArgumentParser(prog="python -m spectools demo", description=__doc__).parse_args(argv)
    console = Console()
    try:
        from realtime_sessions import APIStatusError, RealtimeClientSecrets, RealtimeSessions
    except ImportError:
        console.print(
            "[red]realtime_sessions is not installed: run `pip install .` (or `nox -s demo`)."
        )
        return 1

    with MockServer(port=0) as mock:
        for operation in mock.operations:
            console.print(
                f"Mock serving [bold]{operation.method} {mock.url_for(operation.path)}[/]"
                f" (offline, key {API_KEY!r})"
            )
        try:
            secrets = RealtimeClientSecrets(api_key=API_KEY, base_url=mock.base_url)
            secret = secrets.create(
                expires_after={"anchor": "created_at", "seconds": 600},
                session={
                    "type": "realtime",
                    "model": "gpt-realtime",
                    "instructions": "Be brief.",
                    "audio": {"output": {"voice": "marin"}},
                },
            )
            console.print(_client_secret_table(secret))

            # The deprecated endpoint, side by side: the client warns, the demo shows it.
            client = RealtimeSessions(api_key=API_KEY, base_url=mock.base_url, max_retries=2)
            with warnings.catch_warnings(record=True) as warned:
                warnings.simplefilter("always", DeprecationWarning)
                session = client.create(
                    model="gpt-realtime", voice="marin", instructions="Be brief."
                )
            for warning in warned:  # the client warns that the operation is deprecated: show it
                console.print(
                    f"[yellow]{type(warning.message).__name__}:[/] {escape(str(warning.message))}"
                )
            console.print(_session_table(session))

            told = ", ".join(f"{name}: {value}" for name, value in RETRIED_FAULT.items())
            console.print(f"\nAgain, with the mock told to rate-limit the first attempt ({told}):")
            first_attempt = len(mock.requests)
            retrying = RealtimeClientSecrets(
                api_key=API_KEY,
                base_url=mock.base_url,
                max_retries=2,
                default_headers=RETRIED_FAULT,
            )
            recovered = retrying.create(
                session={"type": "realtime", "audio": {"output": {"voice": "cedar"}}}
            ).session
        except APIStatusError as exc:
            console.print(f"[red]The mock refused the request:[/] {escape(str(exc))}")
            return 1
        attempts = mock.requests[first_attempt:]
        console.print(_attempts_table(attempts))
        console.print(
            f"[green]Recovered[/] after {len(attempts)} attempts: a client secret for session"
            f" {recovered.id}, voice {recovered.to_dict()['audio']['output']['voice']}."
        )
    return 0
