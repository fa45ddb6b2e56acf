"""The console command: `realtime-sessions client-secrets create --model gpt-realtime` (or
`python -m realtime_sessions ...`); `realtime-sessions create ...` calls the deprecated endpoint.

One sub-command per bound operation, read from the generated table `_operations.OPERATIONS`
(openapi/operations.yaml and the request schema): nothing here is per operation. Every request
field is a flag (`--speed 1.2`; objects, arrays and unions as JSON: `--turn-detection '{...}'`),
`--json FILE|-` gives a whole body, and operations.yaml adds shortcuts into nested fields
(`client-secrets create --model` sets `session.model`). Prints the result as JSON, every
`x-secret` value (the ephemeral key) masked unless `--show-secret`. The API key comes from
OPENAI_API_KEY only: a command-line flag would show in `ps` and shell history. Exit status:
0 success, 1 API or connection error, 2 bad arguments or configuration. Every failure is reported
on one line of stderr (the request id on a second one), never a traceback, and never with the API
key in it; so is the deprecation warning of a deprecated endpoint.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from ._exceptions import APIError, APIStatusError, ModelValidationError, RealtimeSessionsError
from ._operations import OPERATIONS

__all__ = ["main"]

MASK = "<masked: use --show-secret>"


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line like the CLI's others (usage is in --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


class _UsageError(Exception):
    """A value the command line gave that the request cannot use; exits 2 like argparse's."""


def _boolean(text: str) -> bool:
    if text.lower() in ("true", "1", "yes"):
        return True
    if text.lower() in ("false", "0", "no"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def _json_value(text: str) -> Any:
    """JSON, or a plain string where it is not JSON (`--max-response-output-tokens inf`)."""
    try:
        return json.loads(text)
    except ValueError as exc:
        if text.lstrip()[:1] in ("{", "[", '"'):
            raise argparse.ArgumentTypeError(f"not valid JSON ({exc})") from None
        return text


def _json_object(text: str) -> dict[str, Any]:
    """`--json FILE` or `--json -` (standard input): a JSON object."""
    try:
        if text == "-":
            data = json.load(sys.stdin)
        else:
            with open(text, encoding="utf-8") as file:
                data = json.load(file)
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {text}: {exc.strerror}") from None
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text} is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise argparse.ArgumentTypeError(f"{text} must hold a JSON object")
    return data


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": _boolean,
}


def _typed(kind: str) -> Callable[[str], Any]:
    """A flag's converter, named after the JSON type: argparse says "invalid number value"."""
    base = _CONVERTERS.get(kind, _json_value)

    def convert(text: str) -> Any:
        return base(text)

    convert.__name__ = kind if kind in _CONVERTERS else "JSON"
    return convert


def _flag(name: str) -> str:
    return name.replace("_", "-")


def _add_command(command: argparse.ArgumentParser, operation: dict[str, Any]) -> None:
    shortcuts = {option["flag"] for option in operation["options"]}
    fields = command.add_argument_group("request fields (objects, arrays and unions as JSON)")
    for parameter in operation["parameters"]:
        flag = _flag(parameter["name"])
        if flag in shortcuts:
            continue  # operations.yaml's shortcut of the same name is the flag
        kind = parameter["kind"]
        help_text = parameter["help"] or parameter["name"]
        if parameter["choices"]:
            help_text += f" [one of: {', '.join(parameter['choices'])}]"
        fields.add_argument(
            f"--{flag}",
            dest=f"param:{parameter['name']}",
            metavar=kind.upper(),
            type=_typed(kind),
            choices=parameter["choices"],
            help=help_text.replace("%", "%%"),
        )
    for option in operation["options"]:
        fields.add_argument(
            f"--{option['flag']}",
            dest=f"field:{option['flag']}",
            metavar=option["type"].upper(),
            type=_typed(option["type"]),
            required=option["required"],
            help=f"{option['help']} (sets {'.'.join(option['field'])})",
        )
    body = command.add_argument_group("the body as a whole")
    body.add_argument(
        "--json",
        metavar="FILE",
        type=_json_object,
        help="a JSON object with request fields ('-' reads standard input); flags override it",
    )
    body.add_argument(
        "--extra-body",
        metavar="JSON",
        type=_json_object_text,
        help="JSON merged into the body after validation: fields newer than this package",
    )
    body.add_argument(
        "--no-validate",
        action="store_true",
        help="send values the embedded schema refuses (the API still checks them)",
    )
    client = command.add_argument_group("client")
    client.add_argument("--base-url", help="default: OPENAI_BASE_URL or https://api.openai.com/v1")
    client.add_argument("--timeout", type=float, help="seconds (default 60)")
    client.add_argument(
        "--max-retries", type=int, help="retries after the first attempt (default 2)"
    )
    client.add_argument(
        "--show-secret", action="store_true", help="print the ephemeral client key unmasked"
    )


def _json_object_text(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise argparse.ArgumentTypeError("must be a JSON object")
    return data


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
        command = groups[tuple(group)].add_parser(
            leaf, help=operation["help"], description=operation["help"]
        )
        command.set_defaults(operation=operation)
        _add_command(command, operation)
    return parser


def _put(target: dict[str, Any], path: Sequence[str], value: Any, *, replace: bool = True) -> None:
    for name in path[:-1]:
        child = target.get(name)
        if not isinstance(child, dict):
            child = target[name] = {}
        target = child
    if replace or path[-1] not in target:
        target[path[-1]] = value


def _masked(data: Any, path: Sequence[str]) -> Any:
    """`data` with the value at `path` replaced by MASK, if it is there (copies, never edits)."""
    if not path:
        return MASK
    if not isinstance(data, dict) or path[0] not in data:
        return data
    return {**data, path[0]: _masked(data[path[0]], path[1:])}


def _request(args: argparse.Namespace) -> dict[str, Any]:
    """The call's keyword arguments: `--json`, then field flags, then shortcuts, then the
    operation's fixed values where nothing set them."""
    operation = args.operation
    params: dict[str, Any] = dict(args.json or {})
    known = [parameter["name"] for parameter in operation["parameters"]]
    for name in params:
        if name not in known:
            import difflib

            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else " (use --extra-body)"
            raise _UsageError(f"argument --json: unknown request field {name!r}{hint}")
    for name in known:
        value = getattr(args, f"param:{name}", None)
        if value is not None:
            params[name] = value
    for option in operation["options"]:
        value = getattr(args, f"field:{option['flag']}")
        if value is not None:
            _put(params, option["field"], value)
    for dotted, value in operation["fixed"].items():
        _put(params, dotted.split("."), value, replace=False)
    return params


def _flag_for(args: argparse.Namespace, path: str) -> str:
    """The flag the user gave that set the field at dotted `path`: a shortcut's, else its
    top-level field's; `--json` when neither was given (the value came from the body file)."""
    parts = path.split(".") if path else []
    if parts[:1] == ["extra_body"]:
        return "--extra-body"
    for option in args.operation["options"]:
        given = getattr(args, f"field:{option['flag']}") is not None
        if given and parts[: len(option["field"])] == option["field"]:
            return f"--{option['flag']}"
    if parts and getattr(args, f"param:{parts[0]}", None) is not None:
        return f"--{_flag(parts[0])}"
    return "--json"


def _call(args: argparse.Namespace) -> dict[str, Any]:
    import importlib

    operation = args.operation
    options: dict[str, Any] = {"base_url": args.base_url}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    params = _request(args)
    # The public class by the name the table gives, from this package's namespace.
    client_class = getattr(importlib.import_module(".", __package__), operation["client"])
    with client_class(**options) as client:
        try:
            result = getattr(client, operation["call"])(
                **params, extra_body=args.extra_body, validate=not args.no_validate
            )
        except ModelValidationError as exc:
            flag = _flag_for(args, exc.path)
            detail = str(exc)
            if exc.path and f"--{_flag(exc.path)}" == flag:  # `--speed: speed: ...` says it twice
                detail = detail.split(": ", 1)[1]
            raise _UsageError(f"argument {flag}: {detail}") from None
    data: dict[str, Any] = result.to_dict()
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (the console script exits with it)."""
    args = _parser().parse_args(argv)
    try:
        with warnings.catch_warnings(record=True) as caught:
            if not sys.warnoptions:  # shown as `python -m` would show it, unless -W says otherwise
                warnings.simplefilter("default", DeprecationWarning)
            try:
                data = _call(args)
            finally:
                for warning in caught:  # one clean line each, however Python was started
                    if issubclass(warning.category, DeprecationWarning):
                        print(f"warning: {warning.message}", file=sys.stderr)
                    else:
                        warnings.showwarning(
                            warning.message,
                            warning.category,
                            warning.filename,
                            warning.lineno,
                        )
    except APIStatusError as exc:
        print(
            f"{type(exc).__name__}: {exc.message}\nrequest id: {exc.request_id or '-'}",
            file=sys.stderr,
        )
        return 1
    except APIError as exc:  # no response, or a response we could not read
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except _UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Warning as exc:  # `-W error`: the deprecation refused, before anything was sent
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
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
