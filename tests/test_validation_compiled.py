"""The generated request tests (`api/realtime/request_fits.py`, spectools/fits_source.py), which
`check_request` runs first, against `check`, the walk that names the field, and `is_plain`, which
says what `to_json` sends unchanged: a test must say yes exactly when both do, or a bad request
could be sent (too lenient), a value `to_json` converts or refuses sent as it is (not plain), or
a valid one pay for the slow walk (too strict).

Values: every documented request example of every bound operation, then each of them with one
place changed (every key dropped, an unknown key added, every value swapped for each probe, and
for each value that is not plain JSON).
"""

from __future__ import annotations

import copy
import enum
import json
import math
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from types import MappingProxyType
from typing import Any

import pytest
from realtime_sessions import _validation
from realtime_sessions.types import UNSET

from spectools.fits_source import MAX_DEPTH, module_source
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


def _plain_and_valid(value: Any, schema: Any) -> bool:
    return _validation.is_plain(value, 0) and _check_passes(value, schema)


class _Colour(enum.StrEnum):
    RED = "red"


class _Number(enum.IntEnum):
    ONE = 1


class _Text(str):
    pass


def _nested(levels: int) -> Any:
    value: Any = "leaf"
    for _ in range(levels):
        value = {"a": value}
    return value


# Values `to_json` converts (and sends as a copy) or refuses: never plain, so a generated test
# must say no to each wherever it stands, leaving them to the slow path.
NOT_PLAIN: list[Any] = [
    (1, 2),
    ("text", "audio"),
    float("nan"),
    float("inf"),
    -math.inf,
    {1: "a"},
    {_Text("type"): "realtime"},
    {("a",): 1},
    _Colour.RED,
    _Number.ONE,
    _Text("auto"),
    MappingProxyType({"type": "realtime"}),
    OrderedDict(type="realtime"),
    [float("nan")],
    {"a": (1,)},
    _nested(MAX_DEPTH + 1),
    object(),
    b"bytes",
]


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
def test_generated_test_answers_as_check_and_is_plain_do(op: Operation) -> None:
    endpoint = endpoint_of(op)
    schema = endpoint.request_schema()
    fits = endpoint.request_fits()
    examples = _request_examples(op)
    assert examples, f"{op.label}: no documented request example"
    seen = refused = 0
    for example in examples:
        for variant in _variants(example):
            expected = _plain_and_valid(variant, schema)
            assert fits(variant) is expected, (op.label, json.dumps(variant)[:300])
            seen += 1
            refused += not expected
        for path in _places(example):
            for probe in NOT_PLAIN:
                variant = _changed(example, path, probe)
                assert fits(variant) is False, (op.label, path, probe)
                seen += 1
    # The probes reach both answers many times: a test that only ever saw valid bodies proves little.
    assert refused > 100 and seen - refused > 20, (seen, refused)


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
def test_a_free_form_value_as_deep_as_to_json_allows(op: Operation) -> None:
    """Free-form values (tool `parameters`, tracing `metadata`) may nest, but never past what
    `to_json` refuses: at the border the generated test may say no (the slow path decides), never
    yes to a body `to_json` would refuse."""
    endpoint = endpoint_of(op)
    fits = endpoint.request_fits()
    spots = [
        ("tracing", "metadata"),
        ("session", "tracing", "metadata"),
        ("tools", 0, "parameters"),
        ("session", "tools", 0, "parameters"),
    ]
    example = _request_examples(op)[0]
    tried = 0
    for spot in spots:
        body = _spot_body(example, spot, endpoint.request_schema())
        if body is None:
            continue
        for levels in range(MAX_DEPTH - 12, MAX_DEPTH + 3):
            variant = _changed(body, spot, _nested(levels))
            try:
                sent = _validation.to_json(variant)
            except _validation.ModelValidationError as exc:
                assert "levels deep" in str(exc)
                assert not fits(variant), (spot, levels)
                with pytest.raises(_validation.ModelValidationError, match="levels deep"):
                    _validation.check_request(variant, endpoint.request_schema(), fits)
            else:
                assert sent is variant
                assert (
                    _validation.check_request(variant, endpoint.request_schema(), fits) == variant
                )
            tried += 1
    assert tried, f"{op.label}: no free-form spot reached"


def _spot_body(example: Any, spot: tuple[Any, ...], schema: Any) -> Any:
    """`example` with the parents of `spot` filled in so that the body is valid, or None."""
    candidates = {
        ("tracing", "metadata"): {**example, "tracing": {"metadata": {}}},
        ("session", "tracing", "metadata"): {
            **example,
            "session": {**example.get("session", {}), "tracing": {"metadata": {}}},
        },
        ("tools", 0, "parameters"): {
            **example,
            "tools": [{"type": "function", "name": "f", "parameters": {}}],
        },
        ("session", "tools", 0, "parameters"): {
            **example,
            "session": {
                **example.get("session", {}),
                "tools": [{"type": "function", "name": "f", "parameters": {}}],
            },
        },
    }
    body = candidates[spot]
    return body if _check_passes(body, schema) else None


def test_a_refused_request_still_names_the_field() -> None:
    op = next(op for op in operations() if op.label == "POST /realtime/client_secrets")
    endpoint = endpoint_of(op)
    example = _request_examples(op)[0]
    bad = _changed(example, ("session", "audio", "output", "speed"), 99.0)
    assert not endpoint.request_fits()(bad)
    with pytest.raises(_validation.ModelValidationError) as caught:
        _validation.check_request(bad, endpoint.request_schema(), endpoint.request_fits())
    assert caught.value.path == "session.audio.output.speed"


def test_a_plain_valid_body_is_sent_as_it_is_and_a_converted_one_as_a_copy() -> None:
    op = next(op for op in operations() if op.label == "POST /realtime/client_secrets")
    endpoint = endpoint_of(op)
    example = copy.deepcopy(_request_examples(op)[0])
    fits = endpoint.request_fits()
    assert _validation.check_request(example, endpoint.request_schema(), fits) is example
    converted = {**example, "session": {**example["session"], "output_modalities": ("audio",)}}
    body = _validation.check_request(converted, endpoint.request_schema(), fits)
    assert body == {**example, "session": {**example["session"], "output_modalities": ["audio"]}}
    assert body is not converted and converted["session"]["output_modalities"] == ("audio",)


def _compiled(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """`schema`'s generated test, compiled here: how the generator treats hand-made schemas."""
    source = module_source({}, {"fits_test": ("a test", schema)})
    source = source.replace(
        "from ..._validation import", "from realtime_sessions._validation import"
    )
    namespace: dict[str, Any] = {}
    exec(compile(source, "<request_fits>", "exec"), namespace)
    test: Callable[[Any], bool] = namespace["fits_test"]
    return test


# Hand-made schemas with what the spec does not use today, each with values on both sides.
HAND_MADE: list[tuple[dict[str, Any], list[Any]]] = [
    (
        {"type": ["string", "array"], "minLength": 3, "maxItems": 1, "items": {"type": "integer"}},
        ["abc", "ab", [1], [1, 2], ["a"], [], "", 5, [True], [1.0]],
    ),
    (
        {"type": "string", "pattern": "^a+$", "maxLength": 3},
        ["a", "aaa", "aaaa", "a\n", "b", "", 1],
    ),
    (
        {"minimum": 1, "exclusiveMaximum": 5, "minLength": 2},
        [1, 0, 4.5, 5, 5.0, "x", "xy", None, True, [], {}, {"a": (1,)}, [float("nan")], 0.5],
    ),
    (
        {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        [0, 0.0, 1e-9, 1, 1.5, True, float("nan"), float("inf"), 10**20],
    ),
    (
        {"enum": [1, "a", None, [1], {"k": 1}]},
        [1, 1.0, True, "a", None, [1], [1.0], {"k": 1}, {"k": 2}, 2, [], _Colour.RED],
    ),
    (
        {"const": {"a": [1, 2]}},
        [{"a": [1, 2]}, {"a": [1, 2.0]}, {"a": (1, 2)}, {"a": [1]}, {}],
    ),
    (
        {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "required": ["a", "b"],
            "additionalProperties": {"type": "integer", "format": "int64"},
        },
        [{"a": "x", "b": 1}, {"a": "x"}, {"a": "x", "b": 2**63}, {"a": "x", "b": "y"}, {"b": 1}],
    ),
    (
        {"type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": True},
        [
            {},
            {"a": 1},
            {"a": "1"},
            {"z": [1, {"q": None}]},
            {"z": float("nan")},
            {"z": (1,)},
            {2: 1},
        ],
    ),
    ({"type": "object", "properties": {}}, [{}, {"a": 1}, [], None]),
    (
        {"type": "object", "required": ["k"]},
        [{"k": 1}, {}, {"k": {"deep": [1]}}, {"k": {1: 2}}, {"k": float("inf")}],
    ),
    (
        {"allOf": [{"type": "integer"}, {"minimum": 3}], "maximum": 9},
        [3, 2, 9, 10, 3.0, "3", None],
    ),
    (
        {"oneOf": [{"type": "string", "format": "uri"}, {"type": "null"}]},
        ["https://example.com/a", "not a uri", None, 1, _Text("https://example.com/a")],
    ),
    (
        {
            "anyOf": [
                {
                    "type": "object",
                    "properties": {"type": {"const": "a"}, "x": {"type": "integer"}},
                },
                {
                    "type": "object",
                    "properties": {"type": {"enum": ["b"]}, "y": {"type": "string"}},
                },
            ]
        },
        [
            {"type": "a", "x": 1},
            {"type": "b", "y": "s"},
            {"type": "a", "y": "s"},
            {"x": 1},
            {},
            {"type": ["a"]},
        ],
    ),
    (
        {},
        [
            1,
            "x",
            None,
            [1, [2]],
            {"a": {"b": 1}},
            (1,),
            {1: 2},
            float("nan"),
            _nested(MAX_DEPTH + 1),
        ],
    ),
    (
        {"type": "array", "minItems": 1},
        [[], [1], [(1,)], [{"a": float("nan")}], (1,)],
    ),
]


@pytest.mark.parametrize(("schema", "values"), HAND_MADE, ids=lambda x: json.dumps(x)[:40])
def test_a_hand_made_schema_answers_as_check_and_is_plain_do(
    schema: dict[str, Any], values: list[Any]
) -> None:
    fits = _compiled(schema)
    answers = set()
    for value in values:
        expected = _plain_and_valid(value, schema)
        assert fits(value) is expected, value
        answers.add(expected)
    assert answers == {True, False}


def test_the_generator_and_the_runtime_agree_on_max_depth() -> None:
    assert MAX_DEPTH == _validation.MAX_DEPTH
