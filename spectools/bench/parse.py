"""Model building and serialisation of one response model, against `json.loads`/`json.dumps`.

The floor is `json.loads(text)` of the body as a `str`, and the target is on model building
alone: `from_dict(decoded)` of the already decoded dict. Every case is a `functools.partial`
called in batches (no per-call lambda), cases interleaved round by round, GC left on as in use.
`json.loads(raw)` of the same body as `bytes` (what httpx's `Response.json()` passes) is shown
beside it: it first detects the encoding and decodes, ~10% more, and a floor timed that way makes
model building look ~15% cheaper than it is.
"""

from __future__ import annotations

import functools
import importlib
import json
import statistics
from collections.abc import Callable
from typing import Any

from .body import BoundResponse
from .harness import Case, Section, Settings, Target, batch_timer, interleave
from .references import OPENAI, References, model_class, openai_model, openai_models

__all__ = ["BUILD_TARGET", "FLOOR", "MODEL_BUILDING", "bench_parse"]

FLOOR = "json.loads(text)"
BYTES_FLOOR = "json.loads(raw)  [bytes, as httpx's Response.json()]"
MODEL_BUILDING = "ours: from_dict(decoded)  [model building]"
BUILD_TARGET = 1.25  # model building within 1.25x json.loads (issue 15)
SDK_PATH_NOTE = (
    "the SDK's response path is `_process_response_data` -> `construct_type(type_=cast_to, "
    "value=data)` (no validation) unless `_strict_response_validation`, then `validate_type` "
    "(= model_validate)"
)


def bench_parse(
    settings: Settings, references: References, bound: BoundResponse, body: dict[str, Any]
) -> tuple[Section, Section]:
    """(parse, serialise) sections for one response model and its full body."""
    text = json.dumps(body)
    raw = text.encode()
    decoded = json.loads(text)
    parse = Section(
        title=f"Parse a full {bound.model} body ({bound.method.upper()} {bound.path})",
        unit="us",
        floor=FLOOR,
        method=(
            f"{len(raw)}-byte body, every field set; each sample is the mean of "
            f"{settings.parse_batch} calls of a `functools.partial`, cases interleaved, GC on; "
            "`from_dict(decoded)` is model building alone, `json.loads(text)` decodes a `str`"
        ),
        targets=[Target(MODEL_BUILDING, BUILD_TARGET, versus=FLOOR)],
    )
    serialise = Section(
        title=f"Serialise a parsed {bound.model} back to a dict",
        unit="us",
        floor="json.dumps(decoded)  [reference]",
        method=f"each sample is the mean of {settings.parse_batch} calls",
    )
    try:
        ours = model_class(references.ours, bound.model)
    except AttributeError:
        parse.skip(f"the package binds no {bound.model}")
        serialise.skip(f"the package binds no {bound.model}")
        return parse, serialise
    parse_cases: list[tuple[str, Callable[[], object]]] = [
        (FLOOR, functools.partial(json.loads, text)),
        (
            "json.loads(raw)  [bytes, as httpx's Response.json()]",
            functools.partial(json.loads, raw),
        ),
        (MODEL_BUILDING, functools.partial(ours.from_dict, decoded)),
        ("ours: from_dict(json.loads(text))", lambda: ours.from_dict(json.loads(text))),
    ]
    parsed_ours = ours.from_dict(decoded)
    if parsed_ours.to_dict() != body:
        parse.notes.append("WARNING: ours: to_dict(from_dict(body)) != body")
    serialise_cases: list[tuple[str, Callable[[], object]]] = [
        ("json.dumps(decoded)  [reference]", functools.partial(json.dumps, decoded)),
        ("ours: to_dict()", parsed_ours.to_dict),
    ]
    if references.raw_opc is not None:
        try:
            raw_model = getattr(importlib.import_module("raw_client.models"), bound.model)
            parsed_raw = raw_model.from_dict(decoded)
            parse_cases.append(
                ("raw opc: from_dict(decoded)", functools.partial(raw_model.from_dict, decoded))
            )
            serialise_cases.append(("raw opc: to_dict()", parsed_raw.to_dict))
        except Exception as exc:  # a generator bug on this body is a finding, not a crash
            parse.notes.append(f"raw opc: skipped, from_dict failed: {exc!r}")
    else:
        parse.notes.extend(f"skipped: {s}" for s in references.skipped if s.startswith("raw"))
    if references.openai is not None:
        _add_openai(parse, parse_cases, serialise_cases, bound.model, decoded)
    else:
        parse.notes.append("openai: skipped, not installed")
    for section, cases in ((parse, parse_cases), (serialise, serialise_cases)):
        timed = [Case(name, batch_timer(fn, settings.parse_batch)) for name, fn in cases]
        for case in timed:
            case.run(max(1, settings.parse_rounds // 20))  # warm-up
        interleave(section, timed, settings.parse_rounds, 1)
    if decoded != body:
        parse.notes.append("WARNING: a from_dict mutated its input during the bench")
    parse.notes.append(_floor_note(parse))
    return parse, serialise


def _floor_note(parse: Section) -> str:
    """What the floor's input type does to the ratio, from this run's own medians."""
    median = {name: statistics.median(values) for name, values in parse.samples.items()}
    text, raw, build = median[FLOOR], median[BYTES_FLOOR], median[MODEL_BUILDING]
    return (
        f"floor: `json.loads` of the body as `str`; of the same body as `bytes` it takes "
        f"{raw / text:.2f}x as long (encoding detected, then decoded), and a floor timed that "
        f"way puts model building at {build / raw:.2f}x instead of {build / text:.2f}x"
    )


def _add_openai(
    parse: Section,
    parse_cases: list[tuple[str, Callable[[], object]]],
    serialise_cases: list[tuple[str, Callable[[], object]]],
    model_name: str,
    decoded: dict[str, Any],
) -> None:
    construct_type = importlib.import_module("openai._models").construct_type
    for reference in openai_models(model_name):
        data = {**decoded, **reference.extra}
        try:
            where, model = openai_model(reference)
            validated = model.model_validate(data)
        except Exception as exc:
            reason = str(exc).splitlines()[0] if str(exc) else repr(exc)
            parse.notes.append(f"openai {reference.label} model: skipped: {reason}")
            continue
        added = (
            f", body plus {json.dumps(reference.extra)} (required there)" if reference.extra else ""
        )
        parse.notes.append(
            f"openai {reference.label} model: `{where}`{added}; fields it does not declare "
            f"(kept as extras): {sorted(validated.model_extra or {})}"
        )
        parse_cases.append(
            (
                f"openai ({reference.label}): model_validate(decoded)",
                functools.partial(model.model_validate, data),
            )
        )
        parse_cases.append(
            (
                f"openai ({reference.label}): construct_type(decoded)  [SDK response path]",
                functools.partial(construct_type, value=data, type_=model),
            )
        )
        serialise_cases.append((f"openai ({reference.label}): model_dump()", validated.model_dump))
    if model_name not in OPENAI:
        parse.notes.append(f"openai: no model of {model_name} listed in OPENAI")
    else:
        parse.notes.append(SDK_PATH_NOTE)
