"""`_validation.fits`, the compiled yes/no test `check_request` runs first, against `check`, the
walk that names the field: both must give the same answer for every value, or a bad request
could be sent (fits too lenient) or a valid one pay for the slow walk (fits too strict).

Values: every documented request example of every bound operation, then each of them with one
place changed (every key dropped, an unknown key added, every value swapped for each probe).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from realtime_sessions import _validation
from realtime_sessions.types import UNSET

from spectools.overlays import resolved_spec
from spectools.project import Operation, operations
from tests.helpers import endpoint_of

RESOLVED = resolved_spec()

# Wrong types, edges of ranges and lengths, both session tags, unhashable tags, NaN-free.
PROBES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1,
    24000,
    10**20,
    1.5,
    -0.5,
    0.0,
    2.0,
    "",
    "x",
    "auto",
    "inf",
    "realtime",
    "transcription",
    "server_vad",
    "audio/pcm",
    "https://example.com/a.png",
    "not a uri",
    "a" * 5000,
    [],
    [1],
    ["audio"],
    ["text", "audio"],
    [[]],
    {},
    {"type": "realtime"},
    {"type": "transcription"},
    {"type": ["realtime"]},
    {"unknown": 1},
]


def _request_examples(op: Operation) -> list[Any]:
    operation = op.find(RESOLVED)
    media = operation["requestBody"]["content"]["application/json"]
    found = [item["value"] for item in (media.get("examples") or {}).values()]
    found += [media["example"]] if "example" in media else []
    curl = re.search(r"-d '(\{.*\})'", operation["x-oaiMeta"]["examples"]["request"]["curl"], re.S)
    found += [json.loads(curl.group(1))] if curl else []
    return found


def _places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside `value` (the root excluded)."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, element in items:
        yield (*path, key)
        yield from _places(element, (*path, key))


def _changed(example: Any, path: tuple[Any, ...], change: Any) -> Any:
    out = copy.deepcopy(example)
    parent = out
    for key in path[:-1]:
        parent = parent[key]
    if change is UNSET:
        del parent[path[-1]]
    else:
        parent[path[-1]] = change
    return out


def _variants(example: Any) -> Iterator[Any]:
    yield example
    yield {**example, "unknown_keyword": 1}
    for path in _places(example):
        yield _changed(example, path, UNSET)
        for probe in PROBES:
            yield _changed(example, path, copy.deepcopy(probe))
        parent = example
        for key in path:
            parent = parent[key]
        if isinstance(parent, dict):
            yield _changed(example, path, {**parent, "unknown_field": 1})


def _check_passes(value: Any, schema: Any) -> bool:
    try:
        _validation.check(value, schema)
    except _validation.ModelValidationError:  # ModelTypeError is one too
        return False
    return True


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
def test_fits_answers_as_check_does(op: Operation) -> None:
    endpoint = endpoint_of(op)
    schema = endpoint.request_schema()
    fits = _validation.fits(schema)
    examples = _request_examples(op)
    assert examples, f"{op.label}: no documented request example"
    seen = refused = 0
    for example in examples:
        for variant in _variants(example):
            body = _validation.to_json(variant)
            expected = _check_passes(body, schema)
            assert fits(body) is expected, (op.label, json.dumps(body)[:300])
            seen += 1
            refused += not expected
    # The probes reach both answers many times: a test that only ever saw valid bodies proves little.
    assert refused > 100 and seen - refused > 20, (seen, refused)


def test_a_refused_request_still_names_the_field() -> None:
    op = next(op for op in operations() if op.label == "POST /realtime/client_secrets")
    endpoint = endpoint_of(op)
    example = _request_examples(op)[0]
    bad = _changed(example, ("session", "audio", "output", "speed"), 99.0)
    with pytest.raises(_validation.ModelValidationError) as caught:
        _validation.check_request(bad, endpoint.request_schema())
    assert caught.value.path == "session.audio.output.speed"


def test_fits_is_compiled_once_per_schema() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer", "minimum": 1}}}
    first = _validation.fits(schema)
    assert _validation.fits(schema) is first
    assert first({"a": 1}) and not first({"a": 0}) and not first({"b": 1})


def test_a_schema_nested_in_itself_compiles() -> None:
    node: dict[str, Any] = {"type": "object", "properties": {"name": {"type": "string"}}}
    node["properties"]["child"] = node  # a recursive $ref, inlined as the same object
    fits = _validation.fits(node)
    assert fits({"name": "a", "child": {"name": "b", "child": {}}})
    assert not fits({"child": {"child": {"name": 1}}})
    assert _check_passes({"child": {"child": {"name": 1}}}, node) is False


def test_one_node_with_string_and_array_rules_keeps_each_apart() -> None:
    schema = {
        "type": ["string", "array"],
        "minLength": 3,
        "maxItems": 1,
        "items": {"type": "integer"},
    }
    fits = _validation.fits(schema)
    for value in ["abc", "ab", [1], [1, 2], ["a"], [], "", 5]:
        assert fits(value) is _check_passes(value, schema), value
