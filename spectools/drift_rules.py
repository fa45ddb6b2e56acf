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


B, N, I = Severity.BREAKING, Severity.NON_BREAKING, Severity.INFO
REQ, RESP, OP = Direction.REQUEST, Direction.RESPONSE, Direction.OPERATION
_KEEPS_UNKNOWN = "our client keeps values it does not know, so reading code keeps working"
_NO_RESPONSE_VALIDATION = "the generated client does not validate response bounds"
_DOC_ONLY = "documentation only; generated docstrings change, behaviour does not"


def _both(change: str, request: tuple[Severity, str], response: tuple[Severity, str]) -> tuple[
    str, dict[Direction, Verdict]
]:
    """A schema rule: ids `request-property-<change>` / `response-property-<change>`."""
    return change, {
        REQ: Verdict(f"request-property-{change}", *request),
        RESP: Verdict(f"response-property-{change}", *response),
    }


def _named(change: str, **by_direction: tuple[str, Severity, str]) -> tuple[
    str, dict[Direction, Verdict]
]:
    """A rule whose ids are spelled out (oasdiff names them irregularly)."""
    return change, {Direction(d): Verdict(*v) for d, v in by_direction.items()}


# The one table. Keys are the changes drift_compare detects; each says what it means per direction.
RULES: Mapping[str, Mapping[Direction, Verdict]] = dict(
    [
        # --- properties -------------------------------------------------------------------------
        _named(
            "required-property-added",
            request=("new-required-request-property", B, "callers that omit it are rejected"),
            response=("response-required-property-added", N, "a new attribute, old code ignores it"),
        ),
        _named(
            "optional-property-added",
            request=("new-optional-request-property", N, "a new keyword argument callers may omit"),
            response=("response-optional-property-added", N, "a new attribute, old code ignores it"),
        ),
        _named(
            "required-property-removed",
            request=("request-property-removed", B, "callers that pass it get a TypeError"),
            response=(
                "response-required-property-removed",
                B,
                "code that reads the attribute fails",
            ),
        ),
        _named(
            "optional-property-removed",
            request=("request-property-removed", B, "callers that pass it get a TypeError"),
            response=(
                "response-optional-property-removed",
                B,
                "code that reads the attribute fails",
            ),
        ),
        _both(
            "became-required",
            (B, "callers that omit it are now rejected"),
            (N, "the attribute is now always set; code checking for UNSET still works"),
        ),
        _both(
            "became-optional",
            (N, "callers may now omit it"),
            (B, "the attribute may now be UNSET, so code that reads it unguarded fails"),
        ),
        _both(
            "became-nullable",
            (N, "callers may now send null"),
            (B, "the attribute may now be None, so code that reads it unguarded fails"),
        ),
        _both(
            "became-not-nullable",
            (B, "callers that send null are now rejected"),
            (N, "the attribute is never None any more; None checks become dead code"),
        ),
        # --- types and values -------------------------------------------------------------------
        _both(
            "type-widened",
            (N, "more types are accepted, old values stay valid"),
            (B, "values of a type old code does not expect may arrive"),
        ),
        _both(
            "type-narrowed",
            (B, "values of the dropped type are rejected"),
            (N, "fewer types arrive; old code handles a superset"),
        ),
        _both(
            "type-changed",
            (B, "old values are rejected"),
            (B, "values of a different Python type arrive"),
        ),
        _both(
            "format-changed",
            (B, "values valid under the old format may be rejected"),
            (N, "the Python type is unchanged and the client does not validate formats"),
        ),
        _both(
            "format-removed",
            (N, "the format no longer restricts what callers send"),
            (N, "the Python type is unchanged and the client does not validate formats"),
        ),
        _both(
            "enum-value-added",
            (N, "a new value callers may send"),
            (N, f"a new value may arrive; {_KEEPS_UNKNOWN}"),
        ),
        _both(
            "enum-value-removed",
            (B, "callers that send the value are rejected"),
            (N, "the value no longer arrives; enums are Literal types, so no name disappears"),
        ),
        _both(
            "became-enum",
            (B, "values outside the new list are rejected"),
            (N, f"values are now listed; {_KEEPS_UNKNOWN}"),
        ),
        _both(
            "enum-removed",
            (N, "any value of the type is now accepted"),
            (N, f"any value may arrive; {_KEEPS_UNKNOWN}"),
        ),
        _both(
            "default-changed",
            (N, "callers that omit it get a different server behaviour"),
            (I, "a response default is documentation"),
        ),
        # --- constraints: {detail} is e.g. max-decreased, min-length-set, pattern-changed ---------
        (
            "constraint-tightened",
            {
                REQ: Verdict("request-property-{detail}", B, "values valid before may be rejected"),
                RESP: Verdict("response-property-{detail}", N, _NO_RESPONSE_VALIDATION),
            },
        ),
        (
            "constraint-loosened",
            {
                REQ: Verdict("request-property-{detail}", N, "every value valid before still is"),
                RESP: Verdict(
                    "response-property-{detail}",
                    N,
                    f"values outside the old bound may arrive; {_NO_RESPONSE_VALIDATION}",
                ),
            },
        ),
        _both(
            "additional-properties-allowed",
            (N, "extra keys are now accepted"),
            (N, f"extra keys may arrive; {_KEEPS_UNKNOWN}"),
        ),
        _both(
            "additional-properties-forbidden",
            (B, "callers that send extra keys are rejected"),
            (N, "extra keys no longer arrive"),
        ),
        # --- composition ------------------------------------------------------------------------
        _both(
            "one-of-added",
            (N, "a new alternative callers may send"),
            (B, "a shape the old client cannot parse may arrive"),
        ),
        _both(
            "one-of-removed",
            (B, "callers that send the removed alternative are rejected"),
            (N, "one alternative no longer arrives"),
        ),
        _both(
            "any-of-added",
            (N, "a new alternative callers may send"),
            (B, "a shape the old client cannot parse may arrive"),
        ),
        _both(
            "any-of-removed",
            (B, "callers that send the removed alternative are rejected"),
            (N, "one alternative no longer arrives"),
        ),
        _both(
            "all-of-added",
            (B, "values must now satisfy one more schema"),
            (N, "values satisfy one more schema"),
        ),
        _both(
            "all-of-removed",
            (N, "values need satisfy one schema fewer"),
            (B, "guarantees old code relied on are dropped"),
        ),
        # --- operation: status codes, media types, body, parameters, security -------------------
        _named(
            "request-body-added",
            operation=("added-request-body", B, "create() now needs a body it never sent"),
        ),
        _named(
            "request-body-removed",
            operation=("request-body-removed", B, "every keyword argument of create() disappears"),
        ),
        _named(
            "request-body-became-required",
            operation=("request-body-became-required", B, "calls without a body are rejected"),
        ),
        _named(
            "request-body-became-optional",
            operation=("request-body-became-optional", N, "calls may now omit the body"),
        ),
        _named(
            "request-media-type-added",
            operation=("request-body-media-type-added", N, "the client keeps sending JSON"),
        ),
        _named(
            "request-media-type-removed",
            operation=("request-body-media-type-removed", B, "the server rejects what we send"),
        ),
        _named(
            "success-status-added",
            operation=("response-success-status-added", N, "regenerate so the client parses it"),
        ),
        _named(
            "success-status-removed",
            operation=("response-success-status-removed", B, "the parsed response type changes"),
        ),
        _named(
            "error-status-added",
            operation=("response-non-success-status-added", N, "it surfaces as an API error"),
        ),
        _named(
            "error-status-removed",
            operation=("response-non-success-status-removed", N, "that error no longer occurs"),
        ),
        _named(
            "response-media-type-added",
            operation=("response-media-type-added", N, "the client still asks for JSON"),
        ),
        _named(
            "response-media-type-removed",
            operation=("response-media-type-removed", B, "the client can no longer parse it"),
        ),
        _named(
            "parameter-added-required",
            operation=("new-required-request-parameter", B, "callers that omit it are rejected"),
        ),
        _named(
            "parameter-added-optional",
            operation=("new-optional-request-parameter", N, "a new keyword argument"),
        ),
        _named(
            "parameter-removed",
            operation=("request-parameter-removed", B, "callers that pass it get a TypeError"),
        ),
        _named(
            "parameter-became-required",
            operation=("request-parameter-became-required", B, "callers that omit it fail"),
        ),
        _named(
            "parameter-became-optional",
            operation=("request-parameter-became-optional", N, "callers may now omit it"),
        ),
        _named(
            "security-added",
            operation=("api-security-added", N, "an extra way to authenticate is accepted"),
        ),
        _named(
            "security-removed",
            operation=("api-security-removed", B, "clients using that credential are rejected"),
        ),
        _named(
            "security-scheme-changed",
            operation=("api-security-scheme-changed", B, "the credential is sent the old way"),
        ),
        _named(
            "operation-id-changed",
            operation=("api-operation-id-changed", N, "generated module names change"),
        ),
        _named(
            "server-changed",
            operation=("api-server-changed", N, "the client's default base URL changes"),
        ),
        _named(
            "endpoint-deprecated",
            operation=("endpoint-deprecated", N, "create() now warns when called"),
        ),
        _named(
            "endpoint-reactivated",
            operation=("endpoint-reactivated", N, "create() no longer warns"),
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
