"""The console command: `realtime-sessions client-secrets create --model gpt-realtime` (or
`python -m realtime_sessions ...`); `realtime-sessions create ...` calls the deprecated endpoint.

One sub-command per bound operation, with flags for a few request fields, read from the generated
table `_operations.OPERATIONS` (openapi/operations.yaml): nothing here is per operation.
Prints the result as JSON, every `x-secret` value (the ephemeral key) masked unless
`--show-secret`. The API key comes from OPENAI_API_KEY only: a command-line flag would show in
`ps` and shell history. Exit status: 0 success, 1 API or connection error, 2 bad arguments or
configuration. Every failure is reported on one line of stderr (the request id on a second
one), never a traceback, and never with the API key in it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from ._exceptions import APIError, APIStatusError, RealtimeSessionsError
from ._operations import OPERATIONS

__all__ = ["main"]

MASK = "<masked: use --show-secret>"
_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float}


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line like the CLI's others (usage is in --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="realtime-sessions",
        description="Create OpenAI Realtime client secrets (and sessions, deprecated).",
    )
    groups: dict[tuple[str, ...], Any] = {(): parser.add_subparsers(dest="command", required=True)}
    for operation in OPERATIONS:
        *group, leaf = operation["command"]
        for depth in range(1, len(group) + 1):  # `client-secrets` in `client-secrets create`
            if tuple(group[:depth]) not in groups:
                words = " ".join(group[:depth])
                node = groups[tuple(group[: depth - 1])].add_parser(
                    group[depth - 1], help=f"{words}: see `{words} --help`"
                )
                groups[tuple(group[:depth])] = node.add_subparsers(required=True)
        command = groups[tuple(group)].add_parser(leaf, help=operation["help"])
        command.set_defaults(operation=operation)
        for option in operation["options"]:
            command.add_argument(
                f"--{option['flag']}",
                dest=f"field:{option['flag']}",
                metavar=option["flag"].upper().replace("-", "_"),
                type=_TYPES[option["type"]],
                required=option["required"],
                help=option["help"],
            )
        command.add_argument(
            "--base-url", help="default: OPENAI_BASE_URL or https://api.openai.com/v1"
        )
        command.add_argument("--timeout", type=float, help="seconds (default 60)")
        command.add_argument(
            "--max-retries", type=int, help="retries after the first attempt (default 2)"
        )
        command.add_argument(
            "--show-secret", action="store_true", help="print the ephemeral client key unmasked"
        )
    return parser


def _put(target: dict[str, Any], path: Sequence[str], value: Any) -> None:
    for name in path[:-1]:
        target = target.setdefault(name, {})
    target[path[-1]] = value


def _masked(data: Any, path: Sequence[str]) -> Any:
    """`data` with the value at `path` replaced by MASK, if it is there (copies, never edits)."""
    if not path:
        return MASK
    if not isinstance(data, dict) or path[0] not in data:
        return data
    return {**data, path[0]: _masked(data[path[0]], path[1:])}


def _call(args: argparse.Namespace) -> dict[str, Any]:
    import importlib

    operation = args.operation
    options: dict[str, Any] = {"base_url": args.base_url}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    params: dict[str, Any] = {}
    for dotted, value in operation["fixed"].items():
        _put(params, dotted.split("."), value)
    for option in operation["options"]:
        value = getattr(args, f"field:{option['flag']}")
        if value is not None:
            _put(params, option["field"], value)
    # The public class by the name the table gives, from this package's namespace.
    client_class = getattr(importlib.import_module(".", __package__), operation["client"])
    with client_class(**options) as client:
        result = getattr(client, operation["call"])(**params)
    data: dict[str, Any] = result.to_dict()
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (the console script exits with it)."""
    args = _parser().parse_args(argv)
    try:
        data = _call(args)
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
    shown = data
    if not args.show_secret:
        for path in args.operation["secrets"]:
            shown = _masked(shown, path)
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
