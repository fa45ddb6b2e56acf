"""The project's facts, in one place: where things are, where upstream is, what is bound.

Everything else derives from these: the paths of the pipeline's files, the upstream description
and repository, the list of bound operations (`openapi/operations.yaml`) and the naming rule
(`naming`, re-exported). No other module spells out a path, an HTTP method or a schema name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .naming import class_name, python_identifier, words
from .specio import SpecError, load_yaml_file

__all__ = [
    "DEFAULT_SOURCE",
    "FRAGMENT_PATH",
    "GENERATED_DIR",
    "OPENAPI_DIR",
    "OPERATIONS_PATH",
    "OVERLAY_DIR",
    "PACKAGE",
    "PROVENANCE_PATH",
    "ROOT",
    "TEMPLATES_DIR",
    "UPSTREAM_DOCS",
    "UPSTREAM_REPOSITORY",
    "CliOption",
    "Operation",
    "absolute_doc_links",
    "class_name",
    "load_operations",
    "operation_for",
    "operations",
    "python_identifier",
    "snake_case",
]

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
FRAGMENT_PATH = OPENAPI_DIR / "fragment.yaml"
PROVENANCE_PATH = OPENAPI_DIR / "provenance.yaml"
OVERLAY_DIR = OPENAPI_DIR / "overlays"
OPERATIONS_PATH = OPENAPI_DIR / "operations.yaml"
TEMPLATES_DIR = ROOT / "templates"
GENERATED_DIR = ROOT / "generated"
PACKAGE = "realtime_sessions"
# The upstream description: a local copy beside the checkout (shared/), from this repository.
DEFAULT_SOURCE = ROOT.parent / "shared" / "upstream" / "openapi.yaml"
UPSTREAM_REPOSITORY = "openai/openai-openapi"
# Upstream's descriptions link to OpenAI's documentation by site path (`](/docs/guides/...)`).
UPSTREAM_DOCS = "https://platform.openai.com"
_SITE_LINK = re.compile(r"\]\((/[^)\s]*)\)")


def absolute_doc_links(text: str) -> str:
    """Markdown links by site path made absolute, so they work in an IDE, on GitHub and in the
    site: `[guide](/docs/guides/realtime)` -> `[guide](https://platform.openai.com/docs/...)`."""
    return _SITE_LINK.sub(lambda m: f"]({UPSTREAM_DOCS}{m[1]})", text)


def snake_case(name: str) -> str:
    """`SessionCreateParams` -> `session_create_params`: module names from class names."""
    return "_".join(w.lower() for w in words(name))


@dataclass(frozen=True)
class CliOption:
    """One flag of an operation's console command and the request field it sets."""

    flag: str  # without dashes: `expires-after`
    field: tuple[str, ...]  # ("expires_after", "seconds")
    help: str = ""
    required: bool = False
    type: str = "string"  # or "integer", "number"


@dataclass(frozen=True)
class Operation:
    """One bound operation, as `openapi/operations.yaml` declares it."""

    method: str  # lower case, as in OpenAPI: "post"
    path: str  # "/realtime/sessions"
    client: str  # "RealtimeSessions"; the async twin is "Async" + client
    call: str  # "create"
    params: str  # "SessionCreateParams": the TypedDict of `call(**params)`
    response: str  # "SessionCreateResponse": the 200 body's model
    cli_command: tuple[str, ...] = ()
    cli_help: str = ""
    cli_options: tuple[CliOption, ...] = ()
    cli_fixed: Mapping[str, Any] = field(default_factory=dict)
    mock: Mapping[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """`POST /realtime/sessions`, as reports and messages name the operation."""
        return f"{self.method.upper()} {self.path}"

    @property
    def async_client(self) -> str:
        return f"Async{self.client}"

    @property
    def roots(self) -> tuple[str, str]:
        """`RealtimeSessions.create`, `AsyncRealtimeSessions.create`: where users call it."""
        return f"{self.client}.{self.call}", f"{self.async_client}.{self.call}"

    @property
    def result_name(self) -> str:
        """The name examples read the response through: `session`, `client_secret`."""
        head, _, _ = snake_case(self.response).partition("_create")
        return head or "response"

    @property
    def params_module(self) -> str:
        return snake_case(self.params)

    @property
    def module(self) -> str:
        """The generated module holding the two client classes: `realtime_sessions`."""
        return snake_case(self.client)

    def find(self, spec: Mapping[str, Any]) -> dict[str, Any]:
        """This operation's object in `spec`; SpecError naming it when absent."""
        try:
            found = spec["paths"][self.path][self.method]
        except (KeyError, TypeError):
            raise SpecError(f"operation {self.label} is absent from the document") from None
        if not isinstance(found, dict):
            raise SpecError(f"operation {self.label} is not an object")
        return found


_REQUIRED = ("method", "path", "client", "call", "params", "response")


def _cli_options(entry: Mapping[str, Any], origin: str) -> tuple[CliOption, ...]:
    options = []
    for flag, spec in (entry.get("options") or {}).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("field"), str):
            raise SpecError(f"{origin}: cli option {flag!r} needs a 'field'")
        options.append(
            CliOption(
                flag=str(flag),
                field=tuple(spec["field"].split(".")),
                help=str(spec.get("help", "")),
                required=bool(spec.get("required", False)),
                type=str(spec.get("type", "string")),
            )
        )
    return tuple(options)


def load_operations(path: Path = OPERATIONS_PATH) -> tuple[Operation, ...]:
    """The operations declared in `path`, checked for form; SpecError naming what is wrong."""
    data = load_yaml_file(path)
    entries = data.get("operations") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise SpecError(f"{path}: expected a non-empty list under 'operations'")
    found: list[Operation] = []
    for number, entry in enumerate(entries, 1):
        origin = f"{path.name} operation {number}"
        if not isinstance(entry, dict):
            raise SpecError(f"{origin}: expected a mapping")
        missing = [key for key in _REQUIRED if not isinstance(entry.get(key), str)]
        if missing:
            raise SpecError(f"{origin}: missing {', '.join(missing)}")
        cli = entry.get("cli") or {}
        found.append(
            Operation(
                method=entry["method"].lower(),
                path=entry["path"],
                client=entry["client"],
                call=entry["call"],
                params=entry["params"],
                response=entry["response"],
                cli_command=tuple(cli.get("command") or ()),
                cli_help=str(cli.get("help", "")),
                cli_options=_cli_options(cli, origin),
                cli_fixed=dict(cli.get("fixed") or {}),
                mock=dict(entry.get("mock") or {}),
            )
        )
    for attribute in ("label", "client", "params", "response"):
        values = [getattr(op, attribute) for op in found]
        duplicates = sorted({v for v in values if values.count(v) > 1})
        if duplicates:
            raise SpecError(f"{path}: {attribute} {duplicates[0]!r} is declared twice")
    return tuple(found)


@functools.cache
def operations() -> tuple[Operation, ...]:
    """The project's bound operations, in the order `openapi/operations.yaml` lists them."""
    return load_operations()


def operation_for(label: str) -> Operation | None:
    """The bound operation named `POST /path` (as `x-successor` names one), if any."""
    method, _, path = label.partition(" ")
    return next(
        (op for op in operations() if op.method == method.lower() and op.path == path), None
    )
