"""The two sides of a spec diff: from what the user names to resolved fragments.

A side is a file (the project's fragment, or a full upstream description, YAML or JSON, OpenAPI
3.0 or 3.1) or `git:REF` (the project's fragment at a revision). Every side is cut down to the
operation with `sync.extract_fragment`, so a full description and a fragment compare alike. A
side with overlays (`git:REF`, or a file with `overlays/` beside it) is the project's fragment:
its overlays are applied, and to the other side too when that one has none, so both are read
through the same corrections.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .overlays import OverlayError, apply_overlay, overlay_files
from .specio import SpecError, load_document, load_yaml_file, parse_document
from .sync import extract_fragment

__all__ = ["FRAGMENT_IN_REPO", "GIT_PREFIX", "LoadedSpec", "git", "load_pair", "load_spec"]

GIT_PREFIX = "git:"
FRAGMENT_IN_REPO = "openapi/fragment.yaml"
OVERLAYS_IN_REPO = "openapi/overlays"
# Below this size a second process costs more than parsing in this one (YAML: ~0.25 s per MB).
_PARALLEL_FROM_BYTES = 1_000_000

Overlays = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class LoadedSpec:
    origin: str
    fragment: dict[str, Any]  # the operation and what it references, overlays not yet applied
    overlays: Overlays | None  # (file name, overlay document); None when it has no overlays


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


def _load_git(ref: str, repo: Path) -> LoadedSpec:
    origin = f"{GIT_PREFIX}{ref}"
    git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    try:
        text = git(repo, "show", f"{ref}:{FRAGMENT_IN_REPO}")
    except SpecError:
        raise SpecError(f"{origin}: no {FRAGMENT_IN_REPO} at that revision") from None
    names = git(repo, "ls-tree", "--name-only", ref, f"{OVERLAYS_IN_REPO}/").splitlines()
    overlays: list[tuple[str, Any]] = []
    for name in sorted(n for n in names if n.endswith(".yaml")):
        try:
            overlays.append((Path(name).name, yaml.safe_load(git(repo, "show", f"{ref}:{name}"))))
        except yaml.YAMLError as exc:
            raise SpecError(
                f"{origin}:{name}: invalid YAML: {getattr(exc, 'problem', exc)}"
            ) from None
    fragment = extract_fragment(parse_document(text, origin=f"{origin}:{FRAGMENT_IN_REPO}"))
    return LoadedSpec(origin, fragment, tuple(overlays))


def load_spec(spec: str, repo: Path) -> LoadedSpec:
    """Load one side, without applying overlays (see `load_pair`)."""
    if spec.startswith(GIT_PREFIX):
        return _load_git(spec[len(GIT_PREFIX) :], repo)
    path = Path(spec)
    fragment = extract_fragment(load_document(path))
    beside = overlay_files(path.parent / "overlays")
    overlays = tuple((p.name, load_yaml_file(p)) for p in beside) if beside else None
    return LoadedSpec(spec, fragment, overlays)


def _is_large_file(spec: str) -> bool:
    path = Path(spec)
    return (
        not spec.startswith(GIT_PREFIX)
        and path.is_file()
        and path.stat().st_size > _PARALLEL_FROM_BYTES
    )


def _with_overlays(fragment: dict[str, Any], overlays: Overlays) -> dict[str, Any]:
    document = copy.deepcopy(fragment)
    for name, overlay in overlays:
        apply_overlay(document, overlay, origin=name)
    return document


def load_pair(
    old: str, new: str, repo: Path, *, overlays: bool = True
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both sides as resolved fragments; two large files are parsed in parallel processes."""
    if _is_large_file(old) and _is_large_file(new):
        with ProcessPoolExecutor(max_workers=2) as pool:
            old_future, new_future = (pool.submit(load_spec, s, repo) for s in (old, new))
            sides = old_future.result(), new_future.result()
    else:
        sides = load_spec(old, repo), load_spec(new, repo)
    if not overlays:
        return sides[0].fragment, sides[1].fragment
    old_side, new_side = sides
    if old_side.overlays is None and new_side.overlays is None:
        return _through_project_overlays(old_side.fragment, new_side.fragment, repo)
    old_overlays = old_side.overlays if old_side.overlays is not None else new_side.overlays
    new_overlays = new_side.overlays if new_side.overlays is not None else old_side.overlays
    return (
        _with_overlays(old_side.fragment, old_overlays or ()),
        _with_overlays(new_side.fragment, new_overlays or ()),
    )


def _through_project_overlays(
    old: dict[str, Any], new: dict[str, Any], repo: Path
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two upstream descriptions: read both through this project's overlays, so the report
    names the classes users actually import (`SessionCreateResponse`, not upstream's titles).
    Where an overlay does not apply to a side (upstream moved what it targets), both are
    compared raw and stderr says so."""
    files = overlay_files(repo / OVERLAYS_IN_REPO)
    project = tuple((p.name, load_yaml_file(p)) for p in files)
    try:
        return _with_overlays(old, project), _with_overlays(new, project)
    except OverlayError as exc:
        print(f"note: comparing without the project's overlays ({exc})", file=sys.stderr)
        return old, new
