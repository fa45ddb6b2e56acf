"""`sync-spec`: extract the bound operations' fragment from an upstream description.

The fragment holds every operation `openapi/operations.yaml` lists, the union of their `$ref`
closures (of any component kind), the security schemes they need, `servers` and `info`.
Everything else upstream is dropped. Output is deterministic: paths in the order the operations
are listed, components sorted by name, everything else in upstream order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .project import (
    DEFAULT_SOURCE,
    FRAGMENT_PATH,
    OVERLAY_DIR,
    PROVENANCE_PATH,
    UPSTREAM_REPOSITORY,
    Operation,
    operations,
)
from .refs import Refs
from .specio import SpecError, dump_yaml, load_document, parse_document, sha256_of

__all__ = ["extract_fragment", "sync_spec", "validate_fragment"]

_COMMIT = re.compile(r"\b[0-9a-f]{40}\b")


def extract_fragment(
    doc: dict[str, Any],
    bound: Sequence[Operation] | None = None,
    *,
    missing_ok: bool = False,
) -> dict[str, Any]:
    """A self-contained OpenAPI document with only the `bound` operations (default: the
    project's) and what they reference. An absent operation is a SpecError, or, with
    `missing_ok` (the drift gate reading an older or newer side), left out."""
    paths: dict[str, dict[str, Any]] = {}
    requirements: list[Any] = []
    for op in operations() if bound is None else bound:
        try:
            operation = op.find(doc)
        except SpecError:
            if missing_ok and op.method not in (doc.get("paths") or {}).get(op.path, {}):
                continue
            raise
        # Path-level parameters apply to the operation too, so they belong to the fragment.
        item = paths.setdefault(
            op.path, {k: v for k, v in doc["paths"][op.path].items() if k == "parameters"}
        )
        item[op.method] = operation
        requirements.extend(operation.get("security", doc.get("security")) or ())

    components = Refs(doc).closure(paths)
    schemes = doc.get("components", {}).get("securitySchemes", {})
    for requirement in requirements:
        for scheme in requirement:
            if scheme not in schemes:
                raise SpecError(f"security scheme {scheme!r} is not defined")
            components.setdefault("securitySchemes", {})[scheme] = schemes[scheme]

    fragment: dict[str, Any] = {"openapi": doc["openapi"]}
    for key in ("info", "servers"):
        if key in doc:
            fragment[key] = doc[key]
    operations_found = [m for item in paths.values() for m in item.values() if isinstance(m, dict)]
    if doc.get("security") and any("security" not in m for m in operations_found):
        fragment["security"] = doc["security"]
    fragment["paths"] = paths
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


def _openapi_problem(document: dict[str, Any]) -> str | None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(step) for step in exc.absolute_path)
        return f"{exc.message}" + (f" at /{where}" if where else "")
    return None


def validate_fragment(fragment: dict[str, Any], overlays: Path | None = None) -> str | None:
    """Raise SpecError unless `fragment` is valid OpenAPI, as extracted or once the overlays in
    `overlays` (a directory) correct it. Returns upstream's own problem in the second case."""
    problem = _openapi_problem(fragment)
    if problem is None:
        return None
    if overlays is not None:
        from .overlays import apply_overlays, overlay_files

        corrected, results = apply_overlays(fragment, overlay_files(overlays), strict=False)
        if all(result.applied for result in results) and _openapi_problem(corrected) is None:
            return problem
    raise SpecError(f"extracted fragment is not valid OpenAPI: {problem}")


def sync_spec(
    source: str | Path = DEFAULT_SOURCE,
    *,
    commit: str | None = None,
    out_dir: Path = FRAGMENT_PATH.parent,
) -> dict[str, Any]:
    """Extract, validate and write `fragment.yaml` and `provenance.yaml`; return the provenance."""
    doc, digest, found_commit = _read_source(str(source))
    fragment = extract_fragment(doc)
    # The overlays that will correct this fragment: those beside it, else the project's.
    overlays = out_dir / "overlays" if (out_dir / "overlays").is_dir() else OVERLAY_DIR
    upstream_problem = validate_fragment(fragment, overlays)
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
        "operations": [op.label for op in operations()],
        "schemas": sorted(schemas),
        "extracted_by": f"spectools {__version__} (python -m spectools sync-spec)",
    }
    if upstream_problem is not None:  # valid OpenAPI only once the overlays correct it
        provenance["valid_after_overlays"] = upstream_problem
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
