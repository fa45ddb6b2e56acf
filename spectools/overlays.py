"""Apply OpenAPI Overlay 1.0 documents to the extracted fragment.

Overlays are how this project corrects upstream: each file in `openapi/overlays/` is applied in
file-name order (`01-…`, `02-…`), each action a JSONPath `target` with `update` (deep merge;
arrays are appended to) or `remove: true`.

Every action also records, in Overlay 1.0 extension fields, what it expects to find upstream:

    x-expect          a pattern the target must match before the action runs: a mapping names
                      only the keys it checks (others may be anything), a list must have exactly
                      as many items (each matched in turn), a scalar must be equal as JSON;
    x-expect-absent   keys the target must not have yet (the keys the update adds).

A `remove` records the value it removes (`x-expect`); an `update` of a mapping names each key it
writes in one of the two fields; an `update` of a list (an append) records the list. An action
whose target matches nothing, or whose target no longer matches its precondition, is *stale*:
upstream changed what the correction was written for, and someone must look. `resolved_spec`
(regenerate, check-generated, the mock) refuses stale overlays; the drift gate applies them
leniently and reports each action that did not apply.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonpath_ng import DatumInContext, Fields, Index, JSONPath
from jsonpath_ng.ext.parser import ExtentedJsonPathParser

from .project import FRAGMENT_PATH, OVERLAY_DIR
from .specio import SpecError, load_yaml_file, same_json

__all__ = [
    "OVERLAY_DIR",
    "Action",
    "ActionResult",
    "OverlayError",
    "StaleOverlayError",
    "apply_overlay",
    "apply_overlays",
    "overlay_actions",
    "overlay_files",
    "resolved_spec",
]

EXPECT = "x-expect"
EXPECT_ABSENT = "x-expect-absent"
# One parser for all targets: building one rebuilds the grammar tables (~13 ms per target).
_JSONPATH = ExtentedJsonPathParser()


class OverlayError(SpecError):
    """An overlay is malformed, or (strict application) one of its actions is stale."""


class StaleOverlayError(OverlayError):
    """An action's target or precondition no longer matches upstream: revise the overlay."""


@dataclass(frozen=True)
class Action:
    """One action of one overlay file, numbered from 1 as reviewers count them."""

    overlay: str
    number: int
    spec: Mapping[str, Any]

    @property
    def target(self) -> str:
        return str(self.spec.get("target"))

    @property
    def label(self) -> str:
        return f"{self.overlay} action {self.number}"


@dataclass(frozen=True)
class ActionResult:
    """What one action did: the JSON pointers it wrote or removed, or why it did not apply."""

    action: Action
    footprint: tuple[str, ...] = ()
    problem: str | None = None

    @property
    def applied(self) -> bool:
        return self.problem is None


def overlay_files(directory: Path = OVERLAY_DIR) -> list[Path]:
    """The overlays in the fixed order regenerate applies them: by file name."""
    return sorted(directory.glob("*.yaml"))


def overlay_actions(overlay: Any, *, origin: str = "overlay") -> list[Action]:
    """The actions of one overlay document, checked for form (not yet against a document)."""
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{origin}: not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{origin}: 'actions' must be a non-empty list")
    found = []
    for number, spec in enumerate(actions, 1):
        action = Action(origin, number, spec if isinstance(spec, dict) else {})
        if not isinstance(spec, dict) or not isinstance(spec.get("target"), str):
            raise OverlayError(f"{action.label}: an action is a mapping with a 'target'")
        if not spec.get("remove") and "update" not in spec:
            raise OverlayError(f"{action.label}: action has neither 'update' nor 'remove: true'")
        _parse(action)
        found.append(action)
    return found


@functools.lru_cache(maxsize=512)
def _parse_target(target: str) -> JSONPath:
    return _JSONPATH.parse(target)


def _parse(action: Action) -> JSONPath:
    try:
        return _parse_target(action.target)
    except Exception as exc:  # jsonpath-ng raises bare Exceptions for bad syntax
        raise OverlayError(f"{action.label} ({action.target}): bad JSONPath: {exc}") from None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(match: DatumInContext) -> str:
    """The JSON pointer of a JSONPath match."""
    tokens: list[str] = []
    node: DatumInContext | None = match
    while node is not None and node.context is not None:
        path = node.path
        if isinstance(path, Fields):
            tokens.append(_escape(str(path.fields[0])))
        elif isinstance(path, Index):
            tokens.append(str(path.indices[0]))
        node = node.context
    return "".join(f"/{t}" for t in reversed(tokens))


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}…"


def mismatch(pattern: Any, value: Any, where: str = "") -> str | None:
    """Why `value` does not match the `x-expect` pattern, or None when it does."""
    at = f"`{where}` " if where else ""
    if isinstance(pattern, dict):
        if not isinstance(value, dict):
            return f"{at}is {_show(value)}, expected an object"
        for key, expected in pattern.items():
            inner = f"{where}.{key}" if where else str(key)
            if key not in value:
                return f"`{inner}` is absent, expected {_show(expected)}"
            problem = mismatch(expected, value[key], inner)
            if problem:
                return problem
        return None
    if isinstance(pattern, list):
        if not isinstance(value, list) or len(value) != len(pattern):
            found = f"{len(value)} items" if isinstance(value, list) else _show(value)
            return f"{at}has {found}, expected {len(pattern)}"
        for index, (expected, item) in enumerate(zip(pattern, value, strict=True)):
            problem = mismatch(expected, item, f"{where}[{index}]")
            if problem:
                return problem
        return None
    if not same_json(pattern, value):
        return f"{at}is {_show(value)}, expected {_show(pattern)}"
    return None


def _check_precondition_form(action: Action) -> None:
    """Strict application: every action says what it expects, and every key it writes."""
    spec = action.spec
    if EXPECT not in spec and EXPECT_ABSENT not in spec:
        raise OverlayError(
            f"{action.label} ({action.target}): no precondition; record what it expects "
            f"upstream in '{EXPECT}' (the value it removes or replaces) or '{EXPECT_ABSENT}'"
        )
    update = spec.get("update")
    if isinstance(update, dict):
        expected = spec.get(EXPECT)
        named = {
            *(expected if isinstance(expected, dict) else ()),
            *(spec.get(EXPECT_ABSENT) or ()),
        }
        unnamed = [key for key in update if key not in named]
        if unnamed:
            raise OverlayError(
                f"{action.label} ({action.target}): the update writes {unnamed} without saying"
                f" what is there now; name each key in '{EXPECT}' or '{EXPECT_ABSENT}'"
            )


def _precondition_problem(action: Action, value: Any) -> str | None:
    spec = action.spec
    if EXPECT in spec:
        problem = mismatch(spec[EXPECT], value)
        if problem:
            return problem
    for key in spec.get(EXPECT_ABSENT) or ():
        if isinstance(value, dict) and key in value:
            return f"`{key}` is {_show(value[key])}, expected it absent"
    return None


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(copy.deepcopy(update if isinstance(update, list) else [update]))
        return target
    return copy.deepcopy(update)


def _footprint(pointer: str, value: Any, update: Any) -> list[str]:
    """The pointers an update writes: each key it merges, or the items it appends."""
    if isinstance(value, list):
        added = len(update) if isinstance(update, list) else 1
        return [f"{pointer}/{index}" for index in range(len(value), len(value) + added)]
    return [f"{pointer}/{_escape(str(key))}" for key in update]


def _remove(match: DatumInContext, action: Action) -> None:
    parent = match.context.value if match.context is not None else None
    if isinstance(match.path, Fields) and isinstance(parent, dict):
        for field in match.path.fields:
            parent.pop(field, None)
    elif isinstance(match.path, Index) and isinstance(parent, list):
        for index in sorted(match.path.indices, reverse=True):
            del parent[index]
    else:
        raise OverlayError(f"{action.label} ({action.target}): cannot remove the document root")


def _apply_action(document: dict[str, Any], action: Action) -> ActionResult:
    matches = _parse(action).find(document)
    if not matches:
        return ActionResult(action, problem="target matches nothing")
    for match in matches:
        problem = _precondition_problem(action, match.value)
        if problem:
            where = f" at {pointer_of(match)}" if len(matches) > 1 else ""
            return ActionResult(action, problem=f"{problem}{where}")
    footprint: list[str] = []
    if action.spec.get("remove"):
        # Remove deepest/last first so list indices stay valid.
        for match in reversed(matches):
            footprint.append(pointer_of(match))
            _remove(match, action)
        return ActionResult(action, tuple(footprint))
    update = action.spec["update"]
    for match in matches:
        if not isinstance(match.value, dict | list):
            raise OverlayError(
                f"{action.label} ({action.target}): update target must be an object or array"
            )
        footprint += _footprint(pointer_of(match), match.value, update)
        _merge(match.value, update)
    return ActionResult(action, tuple(footprint))


def apply_overlay(
    document: dict[str, Any], overlay: Any, *, origin: str = "overlay", strict: bool = True
) -> list[ActionResult]:
    """Apply one overlay document to `document` in place.

    Strict (the project's own pipeline): an action without a precondition is refused and a stale
    action raises `StaleOverlayError` naming the file and action. Lenient (the drift gate reading
    other upstream versions): a stale action is skipped and its result says why.
    """
    results = []
    for action in overlay_actions(overlay, origin=origin):
        if strict:
            _check_precondition_form(action)
        result = _apply_action(document, action)
        if strict and not result.applied:
            raise StaleOverlayError(
                f"{action.label} ({action.target}) is stale: {result.problem}; upstream no"
                " longer matches what this action corrects, revise the overlay"
            )
        results.append(result)
    return results


def apply_overlays(
    document: dict[str, Any],
    overlays: Iterable[Path] | Sequence[tuple[str, Any]],
    *,
    strict: bool = True,
) -> tuple[dict[str, Any], list[ActionResult]]:
    """A copy of `document` with every overlay applied in the order given, and what each action
    did. `overlays` are files, or (name, parsed overlay) pairs."""
    result = copy.deepcopy(document)
    done: list[ActionResult] = []
    for item in overlays:
        name, overlay = (item.name, load_yaml_file(item)) if isinstance(item, Path) else item
        done += apply_overlay(result, overlay, origin=name, strict=strict)
    return result, done


def resolved_spec(
    fragment: Path = FRAGMENT_PATH, overlays: Iterable[Path] | None = None
) -> dict[str, Any]:
    """The fragment with the project's overlays applied: what the generators and the mock read.
    Raises `StaleOverlayError` when an overlay no longer matches the fragment."""
    from .specio import load_document

    files = overlay_files(fragment.parent / "overlays") if overlays is None else overlays
    return apply_overlays(load_document(fragment), files)[0]
