"""The spec-drift rule table: every kind of change, its severity per direction, and why.

A change found by `drift_compare` is named by a direction-neutral *change* (`property-removed`,
`enum-value-added`, ...). Its severity depends on which way data flows, as a user of the
generated client experiences it: in a request the client *sends* the value (narrowing breaks
callers), in a response it *reads* it (widening breaks readers). Rule ids follow oasdiff's check
ids where one matches (https://github.com/oasdiff/oasdiff, checker/rules.go).

Severities:
    breaking       code written against the old client fails (TypeError, KeyError, rejected call)
    non-breaking   the generated client changes, compatibly
    info           documentation only (descriptions, titles, examples, `x-*` extensions)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["RULES", "Change", "Direction", "Severity", "Verdict", "verdict_for"]


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


@dataclass(frozen=True)
class Change:
    """One reported change: where, what kind, how bad, why, and the generated names it touches."""

    pointer: str
    kind: str
    severity: Severity
    message: str
    symbols: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "pointer": self.pointer,
            "kind": self.kind,
            "severity": self.severity.value,
            "message": self.message,
            "symbols": list(self.symbols),
        }


BRK, NB, INF = Severity.BREAKING, Severity.NON_BREAKING, Severity.INFO
REQ, RESP, OP = Direction.REQUEST, Direction.RESPONSE, Direction.OPERATION
_KEEPS_UNKNOWN = "our client keeps values it does not know, so reading code keeps working"
_NO_RESPONSE_VALIDATION = "the generated client does not validate response bounds"
_DOC_ONLY = "documentation only; generated docstrings change, behaviour does not"


def _both(
    change: str, request: tuple[Severity, str], response: tuple[Severity, str]
) -> tuple[str, dict[Direction, Verdict]]:
    """A schema rule: ids `request-property-<change>` / `response-property-<change>`."""
    return change, {
        REQ: Verdict(f"request-property-{change}", *request),
        RESP: Verdict(f"response-property-{change}", *response),
    }


def _named(
    change: str, **by_direction: tuple[str, Severity, str]
) -> tuple[str, dict[Direction, Verdict]]:
    """A rule whose ids are spelled out (oasdiff names them irregularly)."""
    return change, {Direction(d): Verdict(*v) for d, v in by_direction.items()}


# The one table. Keys are the changes drift_compare detects; each says what it means per direction.
RULES: Mapping[str, Mapping[Direction, Verdict]] = dict(
    [
        # --- properties -------------------------------------------------------------------------
        _named(
            "required-property-added",
            request=("new-required-request-property", BRK, "callers that omit it are rejected"),
            response=(
                "response-required-property-added",
                NB,
                "a new attribute, old code ignores it",
            ),
        ),
        _named(
            "optional-property-added",
            request=(
                "new-optional-request-property",
                NB,
                "a new keyword argument callers may omit",
            ),
            response=(
                "response-optional-property-added",
                NB,
                "a new attribute, old code ignores it",
            ),
        ),
        _named(
            "required-property-removed",
            request=("request-property-removed", BRK, "callers that pass it get a TypeError"),
            response=(
                "response-required-property-removed",
                BRK,
                "code that reads the attribute fails",
            ),
        ),
        _named(
            "optional-property-removed",
            request=("request-property-removed", BRK, "callers that pass it get a TypeError"),
            response=(
                "response-optional-property-removed",
                BRK,
                "code that reads the attribute fails",
            ),
        ),
        _both(
            "became-required",
            (BRK, "callers that omit it are now rejected"),
            (NB, "the attribute is now always set; code checking for UNSET still works"),
        ),
        _both(
            "became-optional",
            (NB, "callers may now omit it"),
            (BRK, "the attribute may now be UNSET, so code that reads it unguarded fails"),
        ),
        _both(
            "became-nullable",
            (NB, "callers may now send null"),
            (BRK, "the attribute may now be None, so code that reads it unguarded fails"),
        ),
        _both(
            "became-not-nullable",
            (BRK, "callers that send null are now rejected"),
            (NB, "the attribute is never None any more; None checks become dead code"),
        ),
        # --- types and values -------------------------------------------------------------------
        _both(
            "type-widened",
            (NB, "more types are accepted, old values stay valid"),
            (BRK, "values of a type old code does not expect may arrive"),
        ),
        _both(
            "type-narrowed",
            (BRK, "values of the dropped type are rejected"),
            (NB, "fewer types arrive; old code handles a superset"),
        ),
        _both(
            "type-changed",
            (BRK, "old values are rejected"),
            (BRK, "values of a different Python type arrive"),
        ),
        _both(
            "format-changed",
            (BRK, "values valid under the old format may be rejected"),
            (NB, "the Python type is unchanged and the client does not validate formats"),
        ),
        _both(
            "format-removed",
            (NB, "the format no longer restricts what callers send"),
            (NB, "the Python type is unchanged and the client does not validate formats"),
        ),
        _both(
            "enum-value-added",
            (NB, "a new value callers may send"),
            (NB, f"a new value may arrive; {_KEEPS_UNKNOWN}"),
        ),
        _both(
            "enum-value-removed",
            (BRK, "callers that send the value are rejected"),
            (NB, "the value no longer arrives; enums are Literal types, so no name disappears"),
        ),
        _both(
            "became-enum",
            (BRK, "values outside the new list are rejected"),
            (NB, f"values are now listed; {_KEEPS_UNKNOWN}"),
        ),
        _both(
            "enum-removed",
            (NB, "any value of the type is now accepted"),
            (NB, f"any value may arrive; {_KEEPS_UNKNOWN}"),
        ),
        _both(
            "default-changed",
            (NB, "callers that omit it get a different server behaviour"),
            (INF, "a response default is documentation"),
        ),
        # --- constraints: {detail} is e.g. max-decreased, min-length-set, pattern-changed ---------
        (
            "constraint-tightened",
            {
                REQ: Verdict(
                    "request-property-{detail}", BRK, "values valid before may be rejected"
                ),
                RESP: Verdict("response-property-{detail}", NB, _NO_RESPONSE_VALIDATION),
            },
        ),
        (
            "constraint-loosened",
            {
                REQ: Verdict("request-property-{detail}", NB, "every value valid before still is"),
                RESP: Verdict(
                    "response-property-{detail}",
                    NB,
                    f"values outside the old bound may arrive; {_NO_RESPONSE_VALIDATION}",
                ),
            },
        ),
        _both(
            "additional-properties-allowed",
            (NB, "extra keys are now accepted"),
            (NB, f"extra keys may arrive; {_KEEPS_UNKNOWN}"),
        ),
        _both(
            "additional-properties-forbidden",
            (BRK, "callers that send extra keys are rejected"),
            (NB, "extra keys no longer arrive"),
        ),
        # --- composition ------------------------------------------------------------------------
        _both(
            "one-of-added",
            (NB, "a new alternative callers may send"),
            (BRK, "a shape the old client cannot parse may arrive"),
        ),
        _both(
            "one-of-removed",
            (BRK, "callers that send the removed alternative are rejected"),
            (NB, "one alternative no longer arrives"),
        ),
        _both(
            "any-of-added",
            (NB, "a new alternative callers may send"),
            (BRK, "a shape the old client cannot parse may arrive"),
        ),
        _both(
            "any-of-removed",
            (BRK, "callers that send the removed alternative are rejected"),
            (NB, "one alternative no longer arrives"),
        ),
        _both(
            "all-of-added",
            (BRK, "values must now satisfy one more schema"),
            (NB, "values satisfy one more schema"),
        ),
        _both(
            "all-of-removed",
            (NB, "values need satisfy one schema fewer"),
            (BRK, "guarantees old code relied on are dropped"),
        ),
        # --- operation: status codes, media types, body, parameters, security -------------------
        _named(
            "request-body-added",
            operation=("added-request-body", BRK, "create() now needs a body it never sent"),
        ),
        _named(
            "request-body-removed",
            operation=(
                "request-body-removed",
                BRK,
                "every keyword argument of create() disappears",
            ),
        ),
        _named(
            "request-body-became-required",
            operation=("request-body-became-required", BRK, "calls without a body are rejected"),
        ),
        _named(
            "request-body-became-optional",
            operation=("request-body-became-optional", NB, "calls may now omit the body"),
        ),
        _named(
            "request-media-type-added",
            operation=("request-body-media-type-added", NB, "the client keeps sending JSON"),
        ),
        _named(
            "request-media-type-removed",
            operation=("request-body-media-type-removed", BRK, "the server rejects what we send"),
        ),
        _named(
            "success-status-added",
            operation=("response-success-status-added", NB, "regenerate so the client parses it"),
        ),
        _named(
            "success-status-removed",
            operation=("response-success-status-removed", BRK, "the parsed response type changes"),
        ),
        _named(
            "error-status-added",
            operation=("response-non-success-status-added", NB, "it surfaces as an API error"),
        ),
        _named(
            "error-status-removed",
            operation=("response-non-success-status-removed", NB, "that error no longer occurs"),
        ),
        _named(
            "response-media-type-added",
            operation=("response-media-type-added", NB, "the client still asks for JSON"),
        ),
        _named(
            "response-media-type-removed",
            operation=("response-media-type-removed", BRK, "the client can no longer parse it"),
        ),
        _named(
            "parameter-added-required",
            operation=("new-required-request-parameter", BRK, "callers that omit it are rejected"),
        ),
        _named(
            "parameter-added-optional",
            operation=("new-optional-request-parameter", NB, "a new keyword argument"),
        ),
        _named(
            "parameter-removed",
            operation=("request-parameter-removed", BRK, "callers that pass it get a TypeError"),
        ),
        _named(
            "parameter-became-required",
            operation=("request-parameter-became-required", BRK, "callers that omit it fail"),
        ),
        _named(
            "parameter-became-optional",
            operation=("request-parameter-became-optional", NB, "callers may now omit it"),
        ),
        _named(
            "security-added",
            operation=("api-security-added", NB, "an extra way to authenticate is accepted"),
        ),
        _named(
            "security-removed",
            operation=("api-security-removed", BRK, "clients using that credential are rejected"),
        ),
        _named(
            "security-scheme-changed",
            operation=("api-security-scheme-changed", BRK, "the credential is sent the old way"),
        ),
        _named(
            "operation-id-changed",
            operation=("api-operation-id-changed", NB, "generated module names change"),
        ),
        _named(
            "server-changed",
            operation=("api-server-changed", NB, "the client's default base URL changes"),
        ),
        _named(
            "endpoint-deprecated",
            operation=("endpoint-deprecated", NB, "create() now warns when called"),
        ),
        _named(
            "endpoint-reactivated",
            operation=("endpoint-reactivated", NB, "create() no longer warns"),
        ),
    ]
)

# Documentation keywords: any change to them alone is `info`, in every direction.
DOC_KINDS: Mapping[str, str] = {
    "description": "description-changed",
    "summary": "summary-changed",
    "title": "title-changed",  # the project sets titles in overlays, for class names only
    "example": "example-changed",
    "examples": "example-changed",
    "externalDocs": "description-changed",
    "tags": "tags-changed",
    "deprecated": "deprecation-changed",
}
EXTENSION_KIND = "extension-changed"


def verdict_for(change: str, direction: Direction) -> Verdict:
    """The verdict for `change` seen in `direction`; a missing pair is a bug in drift_compare."""
    return RULES[change][direction]
