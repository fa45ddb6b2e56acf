"""The spec-drift gate: what an upstream change means for users of the generated client.

Stages, in the spirit of oasdiff's `load/ diff/ checker/ formatters/`:

    load        sides (files, `git:REF`) -> fragments, read through overlays with a record
    diff/       two documents -> changes, by JSON pointer and document location
    checker     the rule table: change x direction -> kind, severity, why
    masking     upstream changes the overlays hide (raw comparison against the overlaid one)
    symbols     the generated names a change touches (`spectools.naming`'s rule)
    formatters  text, markdown, JSON
    model       Change, Severity, Direction, DriftReport

Commands: `spec_diff` (`python -m spectools spec-diff OLD NEW`) and `spec_gate`.
"""

from .checker import RULES
from .load import InputError
from .model import ActionRef, Change, Direction, DriftReport, Severity, SideReport
from .spec_diff import diff_documents, diff_sides, diff_specs

__all__ = [
    "RULES",
    "ActionRef",
    "Change",
    "Direction",
    "DriftReport",
    "InputError",
    "Severity",
    "SideReport",
    "diff_documents",
    "diff_sides",
    "diff_specs",
]
