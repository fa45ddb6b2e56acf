"""Apply OpenAPI Overlay 1.0 documents to the extracted fragment.

Overlays are how this project corrects upstream: each file in `openapi/overlays/` is applied in
file-name order (`01-…`, `02-…`), each action a JSONPath `target` with `update` (deep merge;
arrays are appended to) or `remove: true`. An action whose target matches nothing is an error:
an overlay that silently stops applying after an upstream change is how corrections rot.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jsonpath_ng import Fields, Index
from jsonpath_ng.ext.parser import ExtentedJsonPathParser

from .specio import SpecError, load_yaml_file
from .sync import FRAGMENT_PATH

__all__ = [
    "OVERLAY_DIR",
    "OverlayError",
    "apply_overlay",
    "apply_overlays",
    "overlay_files",
    "resolved_spec",
]

OVERLAY_DIR = FRAGMENT_PATH.parent / "overlays"
# One parser for all targets: building one rebuilds the grammar tables (~13 ms per target).
_JSONPATH = ExtentedJsonPathParser()


class OverlayError(SpecError):
    """An overlay is malformed or one of its actions no longer applies."""


def overlay_files(directory: Path = OVERLAY_DIR) -> list[Path]:
    """The overlays in the fixed order regenerate applies them: by file name."""
    return sorted(directory.glob("*.yaml"))


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(copy.deepcopy(update if isinstance(update, list) else [update]))
        return target
    return copy.deepcopy(update)


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], *, origin: str = "overlay"
) -> None:
    """Apply one overlay document to `document` in place."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{origin}: not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{origin}: 'actions' must be a non-empty list")
    for number, action in enumerate(actions, 1):
        where = f"{origin} action {number} ({action.get('target')})"
        try:
            expression = _JSONPATH.parse(action["target"])
        except Exception as exc:  # jsonpath-ng raises bare Exceptions for bad syntax
            raise OverlayError(f"{where}: bad JSONPath: {exc}") from None
        matches = expression.find(document)
        if not matches:
            raise OverlayError(
                f"{where}: target matches nothing; upstream moved, revise the overlay"
            )
        if action.get("remove"):
            # Remove deepest/last first so list indices stay valid.
            for match in reversed(matches):
                parent = match.context.value if match.context is not None else None
                if isinstance(match.path, Fields) and isinstance(parent, dict):
                    for field in match.path.fields:
                        parent.pop(field, None)
                elif isinstance(match.path, Index) and isinstance(parent, list):
                    for index in sorted(match.path.indices, reverse=True):
                        del parent[index]
                else:
                    raise OverlayError(f"{where}: cannot remove the document root")
        elif "update" in action:
            for match in matches:
                if not isinstance(match.value, dict | list):
                    raise OverlayError(f"{where}: update target must be an object or array")
                _merge(match.value, action["update"])
        else:
            raise OverlayError(f"{where}: action has neither 'update' nor 'remove: true'")


def apply_overlays(document: dict[str, Any], overlays: Iterable[Path]) -> dict[str, Any]:
    """Return a copy of `document` with every overlay applied in the order given."""
    result = copy.deepcopy(document)
    for path in overlays:
        apply_overlay(result, load_yaml_file(path), origin=path.name)
    return result


def resolved_spec(
    fragment: Path = FRAGMENT_PATH, overlays: Iterable[Path] | None = None
) -> dict[str, Any]:
    """The fragment with the project's overlays applied: what the generators and the mock read."""
    from .specio import load_document

    files = overlay_files(fragment.parent / "overlays") if overlays is None else overlays
    return apply_overlays(load_document(fragment), files)
