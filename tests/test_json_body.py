"""`_validation.to_json`'s fast path: arguments that are already plain JSON are sent as they are,
without the copy `_to_json` makes. It must take exactly the values the copy would return
unchanged (same value, same classes at every level); anything else (tuples, Mappings, enum
members, subclasses, non-string keys, NaN, too deep) goes through `_to_json` and keeps its
typed error naming the field. A caller's objects are never changed by a call.
"""

from __future__ import annotations

import enum
import math
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import pytest
from realtime_sessions import ModelValidationError, RealtimeClientSecrets, _validation

from tests.test_validation_compiled import PROBES


class Voice(enum.StrEnum):
    ALLOY = "alloy"


class Rate(enum.IntEnum):
    HIGH = 24000


class Text(str):
    pass


class Number(float):
    pass


class Model:
    """A request model as the generated ones are: `to_dict()` gives its JSON."""

    def to_dict(self) -> dict[str, Any]:
        return {"type": "realtime"}


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


# Each is put at the top, inside an object and inside a list (below).
ODD: list[Any] = [
    (1, 2),
    [(1,)],
    OrderedDict(a=1),
    MappingProxyType({"a": 1}),
    Voice.ALLOY,
    Rate.HIGH,
    Text("x"),
    Number(1.5),
    {Text("k"): 1},
    {1: "a"},
    {True: "a"},
    {None: "a"},
    math.nan,
    math.inf,
    -math.inf,
    [1, [2, [math.nan]]],
    Model(),
    object(),
    {1, 2},
    b"bytes",
    _nested(_validation.MAX_DEPTH - 1),
    _nested(_validation.MAX_DEPTH),
    _nested(_validation.MAX_DEPTH + 1),
    [_nested(_validation.MAX_DEPTH)],
    "\ud800",
    10**5000,
]


def _values() -> Iterator[Any]:  # ids by class name: a repr may hold an address (xdist)
    for value in [*PROBES, *ODD]:
        yield value
        yield {"field": value}
        yield {"field": [1, {"inner": value}]}


def _same_json(a: Any, b: Any) -> bool:
    """Equal, and of the same class at every level (1 == 1.0 == True would hide a change)."""
    if a.__class__ is not b.__class__:
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same_json, a, b))
    return a is b or a == b


def _copied(value: Any) -> Any:
    """What the copying path gives for `{"v": value}`: the body, or the error's class, path and
    message."""
    try:
        return _validation._to_json({"v": value}, 0)
    except _validation._Refused as exc:
        error = exc.as_error()
        return (type(error), error.path, str(error))


@pytest.mark.parametrize("value", list(_values()), ids=lambda v: type(v).__name__)
def test_to_json_answers_as_the_copy_does(value: Any) -> None:
    expected = _copied(value)
    try:
        got: Any = _validation.to_json({"v": value})
    except ModelValidationError as exc:
        got = (type(exc), exc.path, str(exc))
    assert isinstance(got, tuple) is isinstance(expected, tuple)
    if isinstance(expected, tuple):
        assert got == expected
    else:
        assert _same_json(got, expected)


@pytest.mark.parametrize("value", list(_values()), ids=lambda v: type(v).__name__)
def test_only_what_the_copy_keeps_unchanged_is_taken_as_plain(value: Any) -> None:
    expected = _copied(value)
    plain = _validation.is_plain({"v": value}, 0)
    assert plain is (not isinstance(expected, tuple) and _same_json(expected, {"v": value}))


def test_plain_arguments_are_not_copied_and_others_are() -> None:
    plain = {"session": {"type": "realtime", "tools": [{"name": "x"}]}}
    assert _validation.to_json(plain) is plain
    odd: Mapping[str, Any] = {"session": {"type": "realtime", "tools": ({"name": "x"},)}}
    body = _validation.to_json(odd)
    assert body is not odd
    assert body == {"session": {"type": "realtime", "tools": [{"name": "x"}]}}


def test_a_call_changes_none_of_the_callers_objects(mock_server: Any) -> None:
    session = {"type": "realtime", "model": "gpt-realtime", "audio": {"output": {"voice": "ash"}}}
    extra = {"session": {"audio": {"output": {"speed": 1.2}}, "tracing": {"group_id": "g"}}}
    before = repr((session, extra))
    with RealtimeClientSecrets(api_key="sk-test-1234", base_url=mock_server.base_url) as client:
        client.create(session=session, extra_body=extra)
        client.create(session=session, extra_body=extra, validate=False)
    assert repr((session, extra)) == before
    for request in mock_server.requests:
        assert request.json()["session"] == {
            "type": "realtime",
            "model": "gpt-realtime",
            "audio": {"output": {"voice": "ash", "speed": 1.2}},
            "tracing": {"group_id": "g"},
        }
