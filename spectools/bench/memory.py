"""Bytes held per parsed response, ours against the official SDK's models of the same body.

Each sample parses `memory_objects` bodies, each from its own `json.loads(text)` (so nothing is
shared between them but what the parser itself shares), keeps the results alive and asks
tracemalloc how much more memory is held after a full collection, divided by the count. The
decoded dict dropped after parsing is not counted; the strings a model keeps from it are.
"""

from __future__ import annotations

import gc
import importlib
import json
import tracemalloc
from collections.abc import Callable
from typing import Any

from .body import BoundResponse
from .harness import Section, Settings
from .references import References, model_class, openai_model, openai_models

__all__ = ["FLOOR", "bench_memory", "bytes_held"]

FLOOR = "json.loads(text)  [the decoded dict]"


def bytes_held(make: Callable[[], object], count: int) -> float:
    """Memory held by `count` results of `make()`, per result, in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [make() for _ in range(count)]
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del kept
    return held / count


def bench_memory(
    settings: Settings, references: References, bound: BoundResponse, body: dict[str, Any]
) -> Section:
    text = json.dumps(body)
    section = Section(
        title=f"Memory held per parsed {bound.model}",
        unit="B",
        floor=FLOOR,
        method=(
            f"tracemalloc: {settings.memory_objects} parsed {len(text)}-byte bodies kept alive, "
            "each from its own json.loads(text), after gc.collect(); bytes per response"
        ),
    )
    try:
        ours = model_class(references.ours, bound.model)
    except AttributeError:
        section.skip(f"the package binds no {bound.model}")
        return section
    cases: dict[str, Callable[[], object]] = {
        FLOOR: lambda: json.loads(text),
        "ours: from_dict(json.loads(text))": lambda: ours.from_dict(json.loads(text)),
    }
    if references.openai is not None:
        construct_type = importlib.import_module("openai._models").construct_type
        for reference in openai_models(bound.model):
            try:
                _, model = openai_model(reference)
            except LookupError as exc:
                section.notes.append(f"openai {reference.label} model: skipped: {exc}")
                continue
            extra = reference.extra

            def construct(model: Any = model, extra: dict[str, Any] = extra) -> object:
                return construct_type(value={**json.loads(text), **extra}, type_=model)

            def validate(model: Any = model, extra: dict[str, Any] = extra) -> object:
                return model.model_validate({**json.loads(text), **extra})

            cases[f"openai ({reference.label}): construct_type  [SDK response path]"] = construct
            cases[f"openai ({reference.label}): model_validate"] = validate
    else:
        section.notes.append("openai: skipped, not installed")
    for _ in range(settings.memory_runs):
        for name, make in cases.items():
            section.add(name, [bytes_held(make, settings.memory_objects)])
    return section
