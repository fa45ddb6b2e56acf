"""What we are measured against: raw openapi-python-client output and the official `openai` SDK.

Raw openapi-python-client is generated at bench time from the same resolved fragment with no
templates of ours. Where the SDK has each bound operation (its method, its models of the same
body) is `OPENAI`, keyed by our response model's name: configuration, as the SDK's names are its
own.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "OPENAI",
    "OpenAIModel",
    "OpenAIReference",
    "References",
    "first_attribute",
    "load_references",
    "model_class",
    "openai_model",
    "openai_models",
]


@dataclass(frozen=True)
class OpenAIModel:
    """An SDK model of one of our response bodies."""

    label: str  # how the tables name it
    candidates: tuple[str, ...]  # "module:Class", the first importable one is used
    extra: dict[str, Any] = field(default_factory=dict)  # fields it requires the body lacks


@dataclass(frozen=True)
class OpenAIReference:
    """Where the SDK has one of our operations: the method that calls it (attribute paths on
    `OpenAI()`, the first present one is used) and its models of the response body."""

    calls: tuple[str, ...]
    models: tuple[OpenAIModel, ...]


# The one table of configuration in the bench, keyed by the response model operations.yaml
# names: the SDK names its resources and types by its generator's own configuration, which the
# spec does not carry, so where it keeps an operation cannot be derived. An operation without
# an entry is measured without the SDK, and the bench says so.
OPENAI: dict[str, OpenAIReference] = {
    "SessionCreateResponse": OpenAIReference(
        calls=("beta.realtime.sessions.create", "realtime.sessions.create"),
        models=(
            # What `client.beta.realtime.sessions.create` returns: the deprecated endpoint's
            # 2025 "beta" shape, so most of today's fields land in its extras.
            OpenAIModel(
                "endpoint",
                ("openai.types.beta.realtime.session_create_response:SessionCreateResponse",),
            ),
            # Today's session shape (as `client_secrets.create` returns it); matches the body.
            OpenAIModel(
                "current shape",
                (
                    "openai.types.realtime.realtime_session_create_response:"
                    "RealtimeSessionCreateResponse",
                ),
                {"type": "realtime"},
            ),
        ),
    ),
    "ClientSecretCreateResponse": OpenAIReference(
        calls=("realtime.client_secrets.create",),
        models=(
            OpenAIModel(
                "endpoint",
                ("openai.types.realtime.client_secret_create_response:ClientSecretCreateResponse",),
            ),
        ),
    ),
}


@dataclass
class References:
    """Handles on everything measured; None (with a reason in `skipped`) when unavailable."""

    ours: Any
    raw_opc: Any = None
    openai: Any = None
    skipped: list[str] = field(default_factory=list)


def _generate_raw_opc(spec: dict[str, Any], workdir: Path) -> Any:
    """openapi-python-client, no custom templates, same resolved fragment -> `raw_client`."""
    from ..generate import prepare_for_generators

    spec_path = workdir / "resolved.json"
    spec_path.write_text(json.dumps(prepare_for_generators(spec)), encoding="utf-8")
    config = workdir / "raw-config.yaml"
    config.write_text("package_name_override: raw_client\npost_hooks: []\n", encoding="utf-8")
    command = [
        *(sys.executable, "-m", "openapi_python_client", "generate"),
        *("--path", str(spec_path), "--meta", "none"),
        *("--output-path", str(workdir / "raw_client"), "--config", str(config)),
    ]
    subprocess.run(command, check=True, capture_output=True, cwd=workdir)
    sys.path.insert(0, str(workdir))
    return importlib.import_module("raw_client")


def load_references(spec: dict[str, Any], workdir: Path) -> References:
    references = References(ours=importlib.import_module("realtime_sessions"))
    if importlib.util.find_spec("openapi_python_client") is None:
        references.skipped.append("raw openapi-python-client: openapi_python_client not importable")
    else:
        try:
            references.raw_opc = _generate_raw_opc(spec, workdir)
        except (subprocess.CalledProcessError, ImportError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            references.skipped.append(
                f"raw openapi-python-client: generation failed: {exc} {detail[-400:]!r}"
            )
    if importlib.util.find_spec("openai") is None:
        references.skipped.append("openai: not installed")
    else:
        references.openai = importlib.import_module("openai")
    return references


def openai_models(model: str) -> tuple[OpenAIModel, ...]:
    """The SDK's models of our response model `model` (none when `OPENAI` lists none)."""
    reference = OPENAI.get(model)
    return reference.models if reference is not None else ()


def openai_model(reference: OpenAIModel) -> tuple[str, Any]:
    """(where, class) of the first importable candidate; LookupError when none is."""
    for candidate in reference.candidates:
        module, _, name = candidate.partition(":")
        try:
            return candidate, getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
    raise LookupError(f"none of {', '.join(reference.candidates)}")


def first_attribute(root: Any, paths: Sequence[str]) -> tuple[str, Any]:
    """(path, value) of the first dotted attribute path present on `root`."""
    for path in paths:
        target = root
        try:
            for part in path.split("."):
                target = getattr(target, part)
        except AttributeError:
            continue
        return path, target
    raise AttributeError(f"none of {', '.join(paths)}")


def model_class(package: Any, name: str) -> Any:
    """`package.name` or `package.models.name`; AttributeError when the package lacks it."""
    try:
        return getattr(package, name)
    except AttributeError:
        return getattr(importlib.import_module(f"{package.__name__}.models"), name)
