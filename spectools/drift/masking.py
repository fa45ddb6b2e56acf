"""Upstream changes that the overlays hide.

The comparison through overlays says what changes for users of the generated client. But an
overlay action that removes or rewrites a node also removes what upstream did to that node: were
`required` dropped wholesale, a property upstream newly requires would vanish from both sides,
and the server would start rejecting calls while the gate passed. So the two raw fragments
(before overlays) are compared as well, and a raw change is *hidden* when

1. the comparison through the overlays reports nothing of the same kind at the same pointer
   (its effect disappeared), and
2. an overlay action that applied to either side wrote or removed a document location the change
   depends on: the node itself, a node above it, or a keyword inside it (documentation keywords
   inside it only matter to documentation changes).

A hidden change is reported as what upstream did, with the severity it has without the overlay,
naming the actions; a breaking one fails the gate unless acknowledged, like any other. A raw
change whose effect disappeared although no action touches it is still reported, as hidden by
the overlays as a whole: nothing upstream does is dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..overlays import ActionResult
from .checker import DOC_KINDS, EXTENSION_KIND
from .diff.resolver import is_doc_key
from .load import ReadSide
from .model import ActionRef, Change, Severity

__all__ = ["hidden_changes"]

_DOC_CHANGES = {*DOC_KINDS.values(), EXTENSION_KIND}


def _touches(written: str, location: str, documentation: bool) -> bool:
    """Whether writing at `written` can change what is found at `location`."""
    if written == location or location.startswith(f"{written}/"):
        return True  # the node itself, or one it lives in
    if not written.startswith(f"{location}/"):
        return False
    keyword = written[len(location) + 1 :].split("/", 1)[0].replace("~1", "/").replace("~0", "~")
    return documentation or not is_doc_key(keyword)


def _touching(
    locations: Iterable[str], results: Sequence[ActionResult], documentation: bool
) -> set[ActionRef]:
    return {
        ActionRef(result.action.overlay, result.action.number)
        for result in results
        if result.applied
        for written in result.footprint
        for location in locations
        if _touches(written, location, documentation)
    }


def _name_actions(actions: Sequence[ActionRef]) -> str:
    """`overlay 03-x.yaml actions 1, 2; overlay 04-y.yaml action 8`."""
    by_file: dict[str, list[str]] = {}
    for action in actions:
        by_file.setdefault(action.overlay, []).append(str(action.action))
    return "; ".join(
        f"overlay {name} action{'s' if len(numbers) > 1 else ''} {', '.join(numbers)}"
        for name, numbers in by_file.items()
    )


def hidden_changes(
    raw: Sequence[Change], resolved: Sequence[Change], old: ReadSide, new: ReadSide
) -> list[Change]:
    """The raw changes whose effect the overlays hide, each saying which actions hide it."""
    seen = {(c.pointer, c.kind) for c in resolved}
    hidden = []
    for change in raw:
        if (change.pointer, change.kind) in seen:
            continue
        documentation = change.severity is Severity.INFO and change.kind in _DOC_CHANGES
        culprits = sorted(
            _touching(change.locations[0], old.results, documentation)
            | _touching(change.locations[1], new.results, documentation)
        )
        by = _name_actions(culprits) or "the overlays"
        hidden.append(
            replace(
                change,
                message=f"Upstream: {change.message} Hidden by {by}.",
                hidden_by=tuple(culprits),
            )
        )
    return hidden
