"""Stage 1, load: from what the user names to the documents that are compared.

A side is a file (the project's fragment, or a full upstream description, YAML or JSON, OpenAPI
3.0 or 3.1) or `git:REF` (the project's fragment at a revision). Every side is cut down to the
bound operations it has (`openapi/operations.yaml`) with `sync.extract_fragment`, so a full
description and a fragment compare alike; an operation only one side has is reported as added
or removed, and a side with none of them is unusable.

Overlays: a side that has its own (`git:REF`, or a file with `overlays/` beside it) is read
through them; a side without (an upstream description) borrows the other side's, or the
project's (`openapi/overlays` of the repository) when neither has any, so both are read through
the same corrections and the report names the classes users import. Overlays are applied
leniently, the same way for files and `git:REF`s: an action that does not apply to a side is
skipped and recorded, and the report lists it. Only when the new side's *own* overlays miss it
(the project's fragment the project moves to) are they stale, and the report fails.
"""

from __future__ import annotations

import copy
import functools
import multiprocessing
import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..naming import class_name
from ..overlays import ActionResult, apply_overlay, overlay_files
from ..project import ROOT, Operation, operations
from ..specio import SpecError, load_document, load_yaml_file, parse_document
from ..sync import extract_fragment
from .diff.operation import ModelNames
from .diff.resolver import Resolver, check_ref_cycles
from .model import ActionRef, SideReport

__all__ = [
    "FRAGMENT_IN_REPO",
    "GIT_PREFIX",
    "InputError",
    "Overlays",
    "ReadSide",
    "Side",
    "git",
    "load_pair",
    "load_side",
    "model_names",
    "read_side",
]

GIT_PREFIX = "git:"
FRAGMENT_IN_REPO = "openapi/fragment.yaml"
OVERLAYS_IN_REPO = "openapi/overlays"
# Below this size a second process costs more than parsing in this one (YAML: ~0.3 s per MB).
_PARALLEL_FROM_BYTES = 1_000_000

Overlays = tuple[tuple[str, Any], ...]  # (file name, parsed overlay), in the order applied


class InputError(SpecError):
    """One side cannot be read; `role` says which ("old" or "new")."""

    def __init__(self, role: str, reason: str) -> None:
        super().__init__(f"{role}: {reason}")
        self.role = role


@dataclass(frozen=True)
class Side:
    """One side as written: the operation's fragment, and its own overlays if it has any."""

    role: str
    source: str
    fragment: dict[str, Any]
    overlays: Overlays | None


@dataclass(frozen=True)
class ReadSide:
    """One side read through overlays: the document compared and what each action did."""

    side: Side
    document: dict[str, Any]
    overlays_from: str  # "own", "none", or where they were borrowed from
    results: tuple[ActionResult, ...] = ()

    def report(self) -> SideReport:
        return SideReport(
            role=self.side.role,
            source=self.side.source,
            overlays=self.overlays_from,
            applied=sum(r.applied for r in self.results),
            not_applied=tuple(
                (ActionRef(r.action.overlay, r.action.number), r.action.target, r.problem)
                for r in self.results
                if r.problem is not None
            ),
        )


def git(repo: Path, *args: str) -> str:
    """Run git in `repo`; its first error line becomes a SpecError."""
    try:
        done = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise SpecError("git is not installed") from None
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["failed"])[0]
        raise SpecError(f"git {' '.join(args)}: {reason}")
    return done.stdout


def _load_git(ref: str, repo: Path) -> tuple[dict[str, Any], Overlays]:
    try:
        git(repo, "rev-parse", "--git-dir")
    except SpecError:
        raise SpecError(f"{GIT_PREFIX}{ref}: {repo} is not a git repository") from None
    try:
        git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except SpecError:
        raise SpecError(f"{GIT_PREFIX}{ref}: unknown revision {ref}") from None
    origin = f"{GIT_PREFIX}{ref}:{FRAGMENT_IN_REPO}"
    try:
        text = git(repo, "show", f"{ref}:{FRAGMENT_IN_REPO}")
    except SpecError:
        raise SpecError(f"{GIT_PREFIX}{ref}: no {FRAGMENT_IN_REPO} at that revision") from None
    names = git(repo, "ls-tree", "--name-only", ref, f"{OVERLAYS_IN_REPO}/").splitlines()
    overlays: list[tuple[str, Any]] = []
    for name in sorted(n for n in names if n.endswith(".yaml")):
        try:
            overlays.append((Path(name).name, yaml.safe_load(git(repo, "show", f"{ref}:{name}"))))
        except yaml.YAMLError as exc:
            raise SpecError(
                f"{GIT_PREFIX}{ref}:{name}: invalid YAML: {getattr(exc, 'problem', exc)}"
            ) from None
    return _fragment(parse_document(text, origin=origin), origin), tuple(overlays)


def _fragment(document: dict[str, Any], origin: str) -> dict[str, Any]:
    try:
        fragment = extract_fragment(document, missing_ok=True)
        if not fragment["paths"]:
            bound = ", ".join(op.label for op in operations())
            raise SpecError(f"none of the bound operations is in the document ({bound})")
        check_ref_cycles(fragment)
    except SpecError as exc:
        raise SpecError(f"{origin}: {exc}") from None
    return fragment


def load_side(spec: str, repo: Path) -> tuple[dict[str, Any], Overlays | None]:
    """One side's fragment and own overlays (None: it has none), overlays not yet applied."""
    if spec.startswith(GIT_PREFIX):
        return _load_git(spec[len(GIT_PREFIX) :], repo)
    path = Path(spec)
    fragment = _fragment(load_document(path), spec)
    beside = overlay_files(path.parent / "overlays")
    return fragment, (tuple((p.name, load_yaml_file(p)) for p in beside) if beside else None)


def _is_large_file(spec: str) -> bool:
    path = Path(spec)
    return (
        not spec.startswith(GIT_PREFIX)
        and path.is_file()
        and path.stat().st_size > _PARALLEL_FROM_BYTES
    )


def _parse_in_parallel(old: str, new: str) -> bool:
    """Two large files, and a process that may fork: one without other threads (a fork copies
    locks other threads may hold), on a system that has fork."""
    return (
        _is_large_file(old)
        and _is_large_file(new)
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )


def _load_sides(old: str, new: str, repo: Path) -> tuple[Side, Side]:
    """Both sides, each error naming its side; of two large files, the old one is parsed in a
    forked process meanwhile when that is safe (see `_parse_in_parallel`)."""
    loaded: dict[str, tuple[dict[str, Any], Overlays | None] | SpecError] = {}

    def attempt(role: str, load: Callable[[], tuple[dict[str, Any], Overlays | None]]) -> None:
        try:
            loaded[role] = load()
        except SpecError as exc:
            loaded[role] = exc

    if _parse_in_parallel(old, new):
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=1, mp_context=fork) as pool:
            pending = pool.submit(load_side, old, repo)
            attempt("new", lambda: load_side(new, repo))
            attempt("old", pending.result)
    else:
        attempt("old", lambda: load_side(old, repo))
        attempt("new", lambda: load_side(new, repo))
    sides = []
    for role, spec in (("old", old), ("new", new)):
        result = loaded[role]
        if isinstance(result, SpecError):
            raise InputError(role, str(result))
        sides.append(Side(role, spec, *result))
    return sides[0], sides[1]


def read_side(side: Side, overlays: Overlays, overlays_from: str) -> ReadSide:
    """`side` read through `overlays`, leniently: what did not apply is recorded, not raised."""
    document = copy.deepcopy(side.fragment)
    results: list[ActionResult] = []
    try:
        for name, overlay in overlays:
            results += apply_overlay(document, overlay, origin=name, strict=False)
    except SpecError as exc:  # a malformed overlay (not a stale one) makes the side unusable
        raise InputError(side.role, f"{side.source}: {exc}") from None
    return ReadSide(side, document, overlays_from, tuple(results))


def _project_overlays(repo: Path) -> tuple[Overlays, str]:
    """The overlays in the repository's working tree, wherever the command runs from."""
    files = overlay_files(repo / OVERLAYS_IN_REPO)
    return tuple((p.name, load_yaml_file(p)) for p in files), f"project ({repo / OVERLAYS_IN_REPO})"


def load_pair(
    old: str, new: str, repo: Path = ROOT, *, overlays: bool = True
) -> tuple[ReadSide, ReadSide, list[str]]:
    """Both sides read through their overlays (see the module docstring), and notes on how."""
    old_side, new_side = _load_sides(old, new, repo)
    if not overlays:
        return (
            ReadSide(old_side, old_side.fragment, "none"),
            ReadSide(new_side, new_side.fragment, "none"),
            ["compared as written, without overlays (--no-overlays)"],
        )
    notes: list[str] = []
    project: tuple[Overlays, str] | None = None
    read = []
    for side, other in ((old_side, new_side), (new_side, old_side)):
        if side.overlays is not None:
            read.append(read_side(side, side.overlays, "own"))
        elif other.overlays is not None:
            lender = f"borrowed from {other.role} ({other.source})"
            read.append(read_side(side, other.overlays, lender))
            notes.append(
                f"{side.role} has no overlays beside it: read through {other.role}'s overlays"
            )
        else:
            project = project or _project_overlays(repo)
            read.append(read_side(side, *project))
    if project is not None:
        if project[0]:
            notes.append(
                f"neither side has overlays beside it: both read through the project's overlays"
                f" ({repo / OVERLAYS_IN_REPO})"
            )
        else:
            notes.append(f"no overlays at {repo / OVERLAYS_IN_REPO}: both compared as written")
    return read[0], read[1], notes


def model_names(
    old: ReadSide, new: ReadSide, repo: Path = ROOT
) -> Callable[[Operation], ModelNames]:
    """Response model names as the generated client has them, per operation: from the resolved
    document of whoever owns the overlays (the new side, the old side, else the project's own
    fragment), so a side an overlay no longer fully applies to is still named after the
    project's classes."""

    @functools.cache
    def reference() -> dict[str, Any] | None:
        for side in (new, old):
            if side.overlays_from == "own":
                return side.document
        fragment = repo / FRAGMENT_IN_REPO
        if not fragment.is_file() or new.overlays_from == "none":
            return None
        try:
            project = Side("project", str(fragment), load_document(fragment), None)
            return read_side(project, _project_overlays(repo)[0], "own").document
        except SpecError:
            return None

    def names(op: Operation) -> ModelNames:
        return functools.partial(name, op)

    def name(op: Operation, status: str, media_type: str) -> str | None:
        doc = reference()
        if doc is None:
            return None
        resolver = Resolver(doc)
        try:
            operation = doc["paths"][op.path][op.method]
            response, _ = resolver.resolve(operation["responses"][status])
            schema = response["content"][media_type]["schema"]
            resolved, _ = resolver.resolve(schema)
        except (KeyError, TypeError, SpecError):
            return None
        title = resolved.get("title") if isinstance(resolved, dict) else None
        if isinstance(title, str) and title:
            return class_name(title)
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        return class_name(ref.rsplit("/", 1)[1]) if isinstance(ref, str) else None

    return names
