"""What the drift gate reports: changes with their severity and direction, and the report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "ActionRef",
    "Change",
    "Direction",
    "DriftReport",
    "Severity",
    "SideReport",
    "Verdict",
]


class Severity(StrEnum):
    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; `--fail-on` compares ranks."""
        return {"info": 0, "non-breaking": 1, "breaking": 2}[self.value]


class Direction(StrEnum):
    REQUEST = "request"
    RESPONSE = "response"
    OPERATION = "operation"  # not inside a body schema: status codes, media types, security


@dataclass(frozen=True)
class Verdict:
    """How one change reads in one direction. `kind` may hold `{detail}` (e.g. `max-decreased`)."""

    kind: str
    severity: Severity
    why: str


@dataclass(frozen=True, order=True)
class ActionRef:
    """An overlay action, as reviewers name it: file and 1-based number."""

    overlay: str
    action: int

    def __str__(self) -> str:
        return f"{self.overlay} action {self.action}"


@dataclass(frozen=True)
class Change:
    """One reported change: where, what kind, how bad, why, and the generated names it touches.

    `hidden_by` is None for a change seen through the overlays; for an upstream change the
    overlays hide it names the actions that touch it (empty when none can be singled out).
    `locations` are the JSON pointers of the change in the old and the new *document* (not the
    dereferenced operation): what overlay actions are compared with. `operation` names the bound
    operation it belongs to (`POST /realtime/sessions`).
    """

    pointer: str
    kind: str
    severity: Severity
    message: str
    symbols: tuple[str, ...] = ()
    hidden_by: tuple[ActionRef, ...] | None = None
    locations: tuple[tuple[str, ...], tuple[str, ...]] = field(
        default=((), ()), compare=False, repr=False
    )
    operation: str = ""

    @property
    def hidden(self) -> bool:
        return self.hidden_by is not None

    def as_json(self) -> dict[str, object]:
        return {
            "operation": self.operation,
            "pointer": self.pointer,
            "kind": self.kind,
            "severity": self.severity.value,
            "message": self.message,
            "symbols": list(self.symbols),
            "hidden_by": None
            if self.hidden_by is None
            else [{"overlay": a.overlay, "action": a.action} for a in self.hidden_by],
        }


@dataclass(frozen=True)
class SideReport:
    """How one side was read: where from, whose overlays, which actions did not apply."""

    role: str  # "old" or "new"
    source: str
    overlays: str  # "own", "none", or where they were borrowed from
    applied: int
    not_applied: tuple[tuple[ActionRef, str, str], ...] = ()  # (action, target, why)

    @property
    def stale(self) -> bool:
        """The new side's own overlays (the project's fragment it moves to, with the overlays
        beside it) no longer match it: someone must revise them. Actions that miss an old side
        or a description that borrowed them (an older upstream) are reported, not failed on."""
        return self.role == "new" and self.overlays == "own" and bool(self.not_applied)

    def as_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "source": self.source,
            "overlays": self.overlays,
            "applied": self.applied,
            "not_applied": [
                {"overlay": a.overlay, "action": a.action, "target": target, "reason": why}
                for a, target, why in self.not_applied
            ],
        }


@dataclass(frozen=True)
class DriftReport:
    """Everything `spec-diff` found: the changes, how each side was read, and notes."""

    changes: tuple[Change, ...]
    sides: tuple[SideReport, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def breaking(self) -> bool:
        return any(c.severity is Severity.BREAKING for c in self.changes)

    @property
    def stale_sides(self) -> list[SideReport]:
        return [side for side in self.sides if side.stale]

    def counts(self, operation: str | None = None) -> dict[str, int]:
        """Changes per severity (and hidden ones): all, or those of one operation."""
        changes = [c for c in self.changes if operation is None or c.operation == operation]
        counts = {s.value: sum(c.severity is s for c in changes) for s in Severity}
        counts["hidden"] = sum(c.hidden for c in changes)
        return counts

    @property
    def operations(self) -> list[str]:
        """The operations with changes, in the order they were compared."""
        return list(dict.fromkeys(c.operation for c in self.changes))

    def fails(self, threshold: Severity | None) -> bool:
        """A change at or above `threshold` (None: never), or stale overlays (unless never)."""
        if threshold is None:
            return False
        return bool(self.stale_sides) or any(
            c.severity.rank >= threshold.rank for c in self.changes
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "breaking": self.breaking,
            "stale_overlays": bool(self.stale_sides),
            "summary": self.counts(),
            "operations": [
                {"operation": name, "summary": self.counts(name)} for name in self.operations
            ],
            "changes": [c.as_json() for c in self.changes],
            "sides": [side.as_json() for side in self.sides],
            "notes": list(self.notes),
        }

    @classmethod
    def of(cls, changes: Sequence[Change]) -> DriftReport:
        return cls(tuple(changes))
