"""`python -m realtime_sessions create --model gpt-realtime --voice marin` (or `realtime-sessions`).

Prints the created session as JSON, the ephemeral key masked unless `--show-secret`. The API
key comes from OPENAI_API_KEY only: a command-line flag would show in `ps` and shell history.
Exit status: 0 success, 1 API or connection error, 2 bad arguments or configuration. Every
failure is reported on one line of stderr (the request id on a second one), never a traceback,
and never with the API key in it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from ._client import RealtimeSessions
from ._exceptions import APIError, APIStatusError, RealtimeSessionsError

__all__ = ["main"]

MASK = "<masked: use --show-secret>"


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line like the CLI's others (usage is in --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="realtime-sessions",
        description="Create OpenAI Realtime sessions (POST /realtime/sessions, deprecated).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser(
        "create", help="create a session and print it as JSON (API key from OPENAI_API_KEY)"
    )
    create.add_argument("--model", required=True, help="e.g. gpt-realtime")
    create.add_argument("--voice", help="e.g. marin")
    create.add_argument("--instructions", help="system instructions for the session")
    create.add_argument("--base-url", help="default: OPENAI_BASE_URL or https://api.openai.com/v1")
    create.add_argument("--timeout", type=float, help="seconds (default 60)")
    create.add_argument(
        "--max-retries", type=int, help="retries after the first attempt (default 2)"
    )
    create.add_argument(
        "--show-secret", action="store_true", help="print the ephemeral client key unmasked"
    )
    return parser


def _masked(session: dict[str, Any]) -> dict[str, Any]:
    secret = session.get("client_secret")
    if isinstance(secret, dict) and "value" in secret:
        return {**session, "client_secret": {**secret, "value": MASK}}
    return session


def _create(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {"base_url": args.base_url}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    params: dict[str, Any] = {"model": args.model}
    if args.voice is not None:
        params["voice"] = args.voice
    if args.instructions is not None:
        params["instructions"] = args.instructions
    with RealtimeSessions(**options) as client:
        session = client.create(**params)
    data: dict[str, Any] = session.to_dict()
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (the console script exits with it)."""
    args = _parser().parse_args(argv)
    try:
        data = _create(args)
    except APIStatusError as exc:
        print(
            f"{type(exc).__name__} (HTTP {exc.status_code}): {exc.message}\n"
            f"request id: {exc.request_id or '-'}",
            file=sys.stderr,
        )
        return 1
    except APIError as exc:  # no response, or a response we could not read
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except (RealtimeSessionsError, TypeError, ValueError) as exc:  # bad key/args, before sending
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    shown = data if args.show_secret else _masked(data)
    text = json.dumps(shown, indent=2, ensure_ascii=False)
    if not text.isascii() and not _encodable(text, sys.stdout.encoding or "utf-8"):
        text = json.dumps(shown, indent=2)  # \u escapes: a lone surrogate, or a narrow terminal
    print(text)
    return 0


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
