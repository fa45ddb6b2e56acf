"""`sync-spec`: extract the `POST /realtime/sessions` fragment from an upstream description.

The fragment holds the one operation, the transitive closure of every `$ref` it uses (of any
component kind), the security schemes it needs, `servers` and `info`. Everything else upstream is
dropped. Output is deterministic: components sorted by name, everything else in upstream order.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import __version__
from .specio import SpecError, dump_yaml, load_document, parse_document, sha256_of

__all__ = [
    "DEFAULT_SOURCE",
    "FRAGMENT_PATH",
    "OPERATION",
    "PROVENANCE_PATH",
    "component_closure",
    "extract_fragment",
    "iter_refs",
    "sync_spec",
]

ROOT = Path(__file__).resolve().parent.parent
OPERATION = ("/realtime/sessions", "post")
FRAGMENT_PATH = ROOT / "openapi" / "fragment.yaml"
PROVENANCE_PATH = ROOT / "openapi" / "provenance.yaml"
DEFAULT_SOURCE = ROOT.parent / "shared" / "upstream" / "openapi.yaml"
UPSTREAM_REPOSITORY = "openai/openai-openapi"

_COMMIT = re.compile(r"\b[0-9a-f]{40}\b")


def iter_refs(node: Any) -> Any:
    """Yield every local `$ref` string below `node`, depth first, in document order."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _resolve_pointer(doc: dict[str, Any], ref: str) -> tuple[str, str, Any]:
    if not ref.startswith("#/components/"):
        raise SpecError(f"unsupported $ref {ref!r}: only local #/components/... references")
    parts = ref[len("#/components/") :].split("/")
    if len(parts) != 2:
        raise SpecError(f"unsupported $ref {ref!r}: expected #/components/<kind>/<name>")
    kind, name = (p.replace("~1", "/").replace("~0", "~") for p in parts)
    try:
        return kind, name, doc["components"][kind][name]
    except (KeyError, TypeError):
        raise SpecError(f"dangling $ref {ref!r}: no such component") from None


def component_closure(doc: dict[str, Any], node: Any) -> dict[str, dict[str, Any]]:
    """Every component `node` references, directly or through other components, by kind."""
    components: dict[str, dict[str, Any]] = {}
    pending = list(iter_refs(node))
    while pending:
        kind, name, target = _resolve_pointer(doc, pending.pop(0))
        bucket = components.setdefault(kind, {})
        if name in bucket:
            continue
        bucket[name] = target
        pending.extend(iter_refs(target))
    return components


def extract_fragment(
    doc: dict[str, Any], path: str = OPERATION[0], method: str = OPERATION[1]
) -> dict[str, Any]:
    """Return a self-contained OpenAPI document with only `method path` and what it references."""
    try:
        operation = doc["paths"][path][method]
    except (KeyError, TypeError):
        raise SpecError(f"operation {method.upper()} {path} is absent from the document") from None
    if not isinstance(operation, dict):
        raise SpecError(f"operation {method.upper()} {path} is not an object")

    path_item = doc["paths"][path]
    # Path-level parameters apply to the operation too, so they belong to the fragment.
    kept_path_item: dict[str, Any] = {k: v for k, v in path_item.items() if k in ("parameters",)}
    kept_path_item[method] = operation

    components = component_closure(doc, kept_path_item)

    security = operation.get("security", doc.get("security"))
    schemes = doc.get("components", {}).get("securitySchemes", {})
    if security:
        for requirement in security:
            for scheme in requirement:
                if scheme not in schemes:
                    raise SpecError(f"security scheme {scheme!r} is not defined")
                components.setdefault("securitySchemes", {})[scheme] = schemes[scheme]

    fragment: dict[str, Any] = {"openapi": doc["openapi"]}
    for key in ("info", "servers"):
        if key in doc:
            fragment[key] = doc[key]
    if security and "security" not in operation:
        fragment["security"] = security
    fragment["paths"] = {path: kept_path_item}
    fragment["components"] = {
        kind: dict(sorted(components[kind].items())) for kind in sorted(components)
    }
    return fragment


def _read_source(source: str) -> tuple[dict[str, Any], str, str | None]:
    """Return (document, sha256, commit-if-known) for a path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        import hashlib

        import httpx

        try:
            response = httpx.get(source, follow_redirects=True, timeout=60)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise SpecError(f"{source}: cannot fetch ({exc})") from None
        commit = _COMMIT.search(source)
        return (
            parse_document(response.content, origin=source),
            hashlib.sha256(response.content).hexdigest(),
            commit.group(0) if commit else None,
        )
    doc = load_document(source)
    note = Path(source).with_name("SOURCE.md")  # upstream copies carry their commit beside them
    commit = _COMMIT.search(note.read_text()) if note.is_file() else None
    return doc, sha256_of(source), commit.group(0) if commit else None


def validate_fragment(fragment: dict[str, Any]) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(fragment)
    except OpenAPIValidationError as exc:
        raise SpecError(f"extracted fragment is not valid OpenAPI: {exc.message}") from None


def sync_spec(
    source: str | Path = DEFAULT_SOURCE,
    *,
    commit: str | None = None,
    out_dir: Path = FRAGMENT_PATH.parent,
) -> dict[str, Any]:
    """Extract, validate and write `fragment.yaml` and `provenance.yaml`; return the provenance."""
    doc, digest, found_commit = _read_source(str(source))
    fragment = extract_fragment(doc)
    validate_fragment(fragment)
    schemas = fragment.get("components", {}).get("schemas", {})
    provenance = {
        "upstream": {
            "repository": UPSTREAM_REPOSITORY,
            "commit": commit or found_commit or "unknown",
            "file": "openapi.yaml",
            "sha256": digest,
            "openapi": doc["openapi"],
            "info_version": doc.get("info", {}).get("version"),
        },
        "operation": f"{OPERATION[1].upper()} {OPERATION[0]}",
        "schemas": sorted(schemas),
        "extracted_by": f"spectools {__version__} (python -m spectools sync-spec)",
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    header = (
        "# Extracted by `nox -s sync-spec` from the upstream OpenAI OpenAPI description.\n"
        "# Never edit by hand: corrections live in openapi/overlays/. Provenance: provenance.yaml\n"
    )
    (out_dir / FRAGMENT_PATH.name).write_text(header + dump_yaml(fragment), encoding="utf-8")
    (out_dir / PROVENANCE_PATH.name).write_text(
        "# Where openapi/fragment.yaml came from; written by `nox -s sync-spec`.\n"
        + dump_yaml(provenance),
        encoding="utf-8",
    )
    return provenance
