"""The spec-drift rule table: every kind of change, its severity per direction, and why.

A change found by `diff` is named by a direction-neutral *change* (`property-removed`,
`enum-value-added`, ...). Its severity depends on which way data flows, as a user of the
generated client experiences it: in a request the client *sends* the value (narrowing breaks
callers), in a response it *reads* it (widening breaks readers). Rule ids follow oasdiff's check
ids where one matches (https://github.com/oasdiff/oasdiff, checker/rules.go).

Severities:
    breaking       code written against the old client fails (TypeError, KeyError, rejected call)
    non-breaking   the generated client changes, compatibly
    info           documentation only (descriptions, titles, examples, defaults, `x-*`)
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import Direction, Severity, Verdict

__all__ = ["DOC_KINDS", "EXTENSION_KIND", "RULES", "verdict_for"]


BRK, NB, INF = Severity.BREAKING, Severity.NON_BREAKING, Severity.INFO
REQ, RESP, OP = Direction.REQUEST, Direction.RESPONSE, Direction.OPERATION
_KEEPS_UNKNOWN = "our client keeps values it does not know, so reading code keeps working"
_NO_RESPONSE_VALIDATION = "the generated client does not validate response bounds"
_SENDS_NOTHING = "the client sends nothing for an omitted argument"
_OTHER_ALTERNATIVE = "another alternative of the union still accepts it, so such calls stay valid"


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


# The one table. Keys are the changes `diff` detects; each says what it means per direction.
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
        _named(
            "enum-value-removed-covered",
            request=(
                "request-property-enum-value-removed",
                NB,
                f"{_OTHER_ALTERNATIVE}; only the Literal in the type hint loses it",
            ),
            response=(
                "response-property-enum-value-removed",
                NB,
                "the value no longer arrives; enums are Literal types, so no name disappears",
            ),
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
        # --- defaults: the client sends nothing for an omitted argument, so a default only
        # documents what the server does then (oasdiff: request-property-default-value-*)
        _both(
            "default-value-added",
            (INF, f"it documents what the server uses when callers omit it; {_SENDS_NOTHING}"),
            (INF, "a response default is documentation"),
        ),
        _both(
            "default-value-removed",
            (INF, f"the value used when callers omit it is no longer documented; {_SENDS_NOTHING}"),
            (INF, "a response default is documentation"),
        ),
        _both(
            "default-value-changed",
            (NB, f"callers that relied on the documented value should pass it; {_SENDS_NOTHING}"),
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
        # {detail} is one-of or any-of: alternatives are matched by what they accept, not by
        # position, so re-nesting or reordering them is no change
        (
            "alternative-added",
            {
                REQ: Verdict("request-property-{detail}-added", NB, "a new shape callers may send"),
                RESP: Verdict(
                    "response-property-{detail}-added",
                    BRK,
                    "a shape the old client cannot parse may arrive",
                ),
            },
        ),
        (
            "alternative-added-known-type",
            {
                REQ: Verdict("request-property-{detail}-added", NB, "a new shape callers may send"),
                RESP: Verdict(
                    "response-property-{detail}-added",
                    NB,
                    f"the old client already parses values of this JSON type; {_KEEPS_UNKNOWN}",
                ),
            },
        ),
        (
            "alternative-added-covered",
            {
                REQ: Verdict(
                    "request-property-{detail}-added",
                    NB,
                    "every value it accepts was accepted before by another alternative",
                ),
                RESP: Verdict(
                    "response-property-{detail}-added",
                    NB,
                    "every value it describes could arrive before, under another alternative",
                ),
            },
        ),
        (
            "alternative-removed",
            {
                REQ: Verdict(
                    "request-property-{detail}-removed",
                    BRK,
                    "callers that send values of the removed shape are rejected",
                ),
                RESP: Verdict(
                    "response-property-{detail}-removed", NB, "that shape no longer arrives"
                ),
            },
        ),
        (
            "alternative-removed-covered",
            {
                REQ: Verdict(
                    "request-property-{detail}-removed",
                    NB,
                    f"{_OTHER_ALTERNATIVE}, for every value it accepted",
                ),
                RESP: Verdict(
                    "response-property-{detail}-removed",
                    NB,
                    "its values may still arrive, under another alternative",
                ),
            },
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
            "endpoint-added",
            operation=("endpoint-added", NB, "a new endpoint; regenerate to call it"),
        ),
        _named(
            "endpoint-removed",
            operation=(
                "api-path-removed",
                BRK,
                "every call to it fails; move to its successor",
            ),
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
    """The verdict for `change` seen in `direction`; a missing pair is a bug in `diff`."""
    return RULES[change][direction]
