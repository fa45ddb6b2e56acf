"""The generated parsers' fast paths, position by position (issue 15).

`from_dict` is straight-line code in a module-level `parse_<module>` function per model: nested
objects call their parser directly, union branches are picked by one read of their tag, and
unknown fields are found by counting the declared keys read against `len()` instead of a subset
test. Each shortcut must keep every check: here every position of every full body (every field
set, `spectools.bench.body`) and of every documented response example gets each wrong-typed
probe in turn, and must give a typed error naming exactly that field, or, where the schema
allows the value, parse and round-trip; every object gets unknown fields, also in place of a
field it drops (same key count as before, which a length test must not mistake for "nothing
unknown").
"""

from __future__ import annotations

import copy
import json
import types
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from realtime_sessions import ModelTypeError, ModelValidationError, models

from spectools.bench.body import bound_responses, full_response_body
from spectools.overlays import resolved_spec
from spectools.refs import Refs

SPEC = resolved_spec()
REFS = Refs(SPEC)
PROBES: list[Any] = [True, False, 7, 1.5, "probe", None, {}, [], [[]]]
JSON_NAMES = {bool: "boolean", int: "integer", float: "number", str: "string"}
JSON_NAMES.update({type(None): "null", dict: "object", list: "array"})

Path = tuple[str | int, ...]


# What parsing a response does not check (the server's values are kept as sent; `create()`
# enforces these on requests): dropped from the oracle's schema. Tags (`enum`, `const`) stay.
VALUE_RULES = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
VALUE_RULES |= {"pattern", "format", "minLength", "maxLength", "minItems", "maxItems"}


def _types_only(node: Any) -> Any:
    """The response schema as parsing reads it: no value rules, an object schema without `type`
    is an object, and OpenAPI 3.0's `nullable: true` (some overlays write it; JSON Schema
    ignores it) is a union with null."""
    if isinstance(node, list):
        return [_types_only(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: v if k in ("enum", "const") else _types_only(v)
        for k, v in node.items()
        if k != "nullable" and k not in VALUE_RULES
    }
    if "properties" in node:  # names, not keywords: a field may be called `format`
        out["properties"] = {k: _types_only(v) for k, v in node["properties"].items()}
    if "properties" in out and "type" not in out:
        out["type"] = "object"  # JSON Schema lets a non-object pass; a model's parser does not
    return {"anyOf": [out, {"type": "null"}]} if node.get("nullable") is True else out


def _bodies() -> list[tuple[str, type[Any], dict[str, Any], jsonschema.Draft202012Validator]]:
    """(name, model, body, validator): each bound response's full body and documented examples."""
    found = []
    for bound in bound_responses(SPEC):
        model = getattr(models, bound.model)
        operation = bound.operation.find(SPEC)
        media = operation["responses"]["200"]["content"]["application/json"]
        validator = jsonschema.Draft202012Validator(_types_only(REFS.inline(media["schema"])))
        found.append((f"{bound.model} full", model, full_response_body(SPEC, bound), validator))
        for name, example in (media.get("examples") or {}).items():
            found.append((f"{bound.model} {name}", model, example["value"], validator))
    return found


BODIES = _bodies()
IDS = [name for name, *_ in BODIES]


def _positions(value: Any, path: Path = ()) -> Iterator[Path]:
    """Every member of every object and every item of every array, depth first."""
    if isinstance(value, dict | list):
        for key, child in value.items() if isinstance(value, dict) else enumerate(value):
            yield (*path, key)
            yield from _positions(child, (*path, key))


def _objects(value: Any, path: Path = ()) -> Iterator[Path]:
    if isinstance(value, dict):
        yield path
    if isinstance(value, dict | list):
        for key, child in value.items() if isinstance(value, dict) else enumerate(value):
            yield from _objects(child, (*path, key))


def _at(body: Any, path: Path) -> Any:
    for key in path:
        body = body[key]
    return body


def _replaced(body: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    out = copy.deepcopy(body)
    _at(out, path[:-1])[path[-1]] = value
    return out


def _type_errors(errors: list[jsonschema.ValidationError], path: Path) -> bool:
    """Does the schema refuse the JSON type at `path`? Through a union, in the branch that fits
    the body best (fewest errors: the one its tag picks), or in every branch when the union is
    at `path` itself."""
    for error in errors:
        where = tuple(error.absolute_path)
        if error.validator == "type" and where == path:
            return True
        if error.context:
            branches: dict[Any, list[jsonschema.ValidationError]] = {}
            for sub in error.context:
                branches.setdefault(sub.relative_schema_path[0], []).append(sub)
            if where == path and all(
                sub.validator == "type" and tuple(sub.absolute_path) == path
                for sub in error.context
            ):
                return True
            fewest = min(len(b) for b in branches.values())
            best = [b for b in branches.values() if len(b) == fewest]
            if len(best) == 1 and _type_errors(best[0], path):
                return True
    return False


def _dotted(path: Path) -> str:
    return ".".join(str(p) for p in path)


def test_the_bodies_reach_every_kind_of_position() -> None:
    """Both bound responses, both session types of the successor, and many positions each."""
    assert {model.__name__ for _, model, *_ in BODIES} >= {
        "SessionCreateResponse",
        "ClientSecretCreateResponse",
    }
    sessions = {b["session"]["type"] for _, _, b, _ in BODIES if "session" in b}
    assert sessions >= {"realtime", "transcription"}
    full = {name: len(list(_positions(body))) for name, _, body, _ in BODIES}
    assert min(n for name, n in full.items() if name.endswith("full")) > 60


@pytest.mark.parametrize(("name", "model", "body", "validator"), BODIES, ids=IDS)
def test_a_wrong_type_in_every_position_is_named(
    name: str, model: type[Any], body: dict[str, Any], validator: jsonschema.Validator
) -> None:
    """Where the schema allows one JSON type and a probe has another (`true` for an integer
    included: bool is no int), the error is a ModelTypeError naming exactly that field and
    both types. A probe the schema accepts parses and round-trips; any other refusal still
    names that field or one inside it, and nothing but a ModelValidationError escapes."""
    refused = 0
    for path in _positions(body):
        for probe in PROBES:
            mutated = _replaced(body, path, probe)
            type_errors = _type_errors(list(validator.iter_errors(mutated)), path)
            try:
                parsed = model.from_dict(mutated)
            except ModelValidationError as exc:
                assert exc.path == _dotted(path) or exc.path.startswith(f"{_dotted(path)}."), (
                    f"{_dotted(path)} = {probe!r}: {exc}"
                )
                if type_errors:
                    assert type(exc) is ModelTypeError, f"{_dotted(path)} = {probe!r}: {exc}"
                    assert exc.path == _dotted(path), f"{_dotted(path)} = {probe!r}: {exc}"
                    assert str(exc).endswith(f"got {JSON_NAMES[type(probe)]}"), str(exc)
                    refused += 1
                continue
            assert not type_errors, f"{_dotted(path)} = {probe!r} was accepted"
            assert parsed.to_dict() == mutated, f"{_dotted(path)} = {probe!r} lost data"
    assert refused > 50  # the probes did hit typed positions


@pytest.mark.parametrize(("name", "model", "body", "validator"), BODIES, ids=IDS)
def test_every_value_the_schema_accepts_in_every_position_parses(
    name: str, model: type[Any], body: dict[str, Any], validator: jsonschema.Validator
) -> None:
    accepted = 0
    for path in _positions(body):
        for probe in PROBES:
            mutated = _replaced(body, path, probe)
            if validator.is_valid(mutated):
                assert model.from_dict(mutated).to_dict() == mutated, _dotted(path)
                accepted += 1
    assert accepted > 20


@pytest.mark.parametrize(("name", "model", "body", "validator"), BODIES, ids=IDS)
def test_unknown_fields_are_kept_in_every_object(
    name: str, model: type[Any], body: dict[str, Any], validator: jsonschema.Validator
) -> None:
    """An unknown key added to any open object is kept; so is one that takes the place of a
    field the object drops, leaving the key count unchanged. A closed object (`allowed_tools`'
    filter) refuses it and a typed map (`headers`: strings only) a value of another type, both
    naming the key; a dropped required field is named as missing. Whether the schema allows
    it is jsonschema's call."""
    swapped = closed = 0
    for path in _objects(body):
        for value in ({"kept": [1, "two"]}, "kept"):
            added = copy.deepcopy(body)
            _at(added, path)["x_future_field"] = value
            if validator.is_valid(added):
                assert model.from_dict(added).to_dict() == added, _dotted(path)
                continue
            with pytest.raises(ModelValidationError) as refused:  # typed map: value checked
                model.from_dict(added)
            where = _dotted((*path, "x_future_field"))
            assert refused.value.path == where or refused.value.path.startswith(f"{where}.")
        for key in list(_at(body, path)):
            in_place = copy.deepcopy(body)
            target = _at(in_place, path)
            del target[key]
            target[f"{key}_unknown"] = "kept"
            if validator.is_valid(in_place):
                assert model.from_dict(in_place).to_dict() == in_place, _dotted((*path, key))
                swapped += 1
                continue
            with pytest.raises(ModelValidationError) as refused:
                model.from_dict(in_place)
            if str(refused.value).endswith("required field is missing"):
                assert refused.value.path == _dotted((*path, key))
            else:
                assert str(refused.value) == f"{_dotted((*path, key))}_unknown: unknown field"
                closed += 1
    assert swapped > 10
    assert closed > 0 or name != "ClientSecretCreateResponse full"


def test_an_unknown_field_is_in_additional_properties_and_not_a_field() -> None:
    _, model, body, _ = BODIES[0]
    with_unknown = {**body, "x_new": 1}
    parsed = model.from_dict(with_unknown)
    assert parsed.additional_properties == {"x_new": 1}
    assert parsed["x_new"] == 1
    assert not hasattr(parsed, "x_new")


def test_a_union_picks_its_branch_by_the_tag_and_keeps_an_unknown_tag() -> None:
    """One read of `type` picks the session's class; a tag no branch knows goes to the first
    branch with every field, and a tag of the wrong JSON type is named."""
    bodies = {b["session"]["type"]: b for _, _, b, _ in BODIES if "session" in b}
    response = models.ClientSecretCreateResponse
    expected = {
        "realtime": models.RealtimeSessionCreateResponse,
        "transcription": models.RealtimeTranscriptionSessionCreateResponse,
    }
    for tag, body in bodies.items():
        assert type(response.from_dict(body).session) is expected[tag]
    future = copy.deepcopy(bodies["realtime"])
    future["session"]["type"] = "realtime-2"
    parsed = response.from_dict(future)
    assert type(parsed.session) is models.RealtimeSessionCreateResponse
    assert parsed.to_dict() == future
    future["session"]["type"] = 3
    with pytest.raises(ModelTypeError, match=r"^session\.type: expected string, got integer$"):
        response.from_dict(future)


def test_an_untagged_or_unknown_object_goes_to_the_first_branch_that_takes_it() -> None:
    """Without a tag it knows, a union tries its object branches in order: `{"rate": null}`
    fits `audio/pcmu`'s open object (kept as an unknown field), not `audio/pcm`'s integer
    `rate` (hypothesis drew this body from the schema; the first branch alone refused it). A
    known tag still picks its branch alone, and where no branch takes the object, the first
    branch's error is the one named."""
    response = models.SessionCreateResponse
    body = {"audio": {"input": {"format": {"rate": None}}}}
    parsed = response.from_dict(body)
    assert parsed.audio.input.format.__class__ is models.AudioPCMU
    assert parsed.audio.input.format.additional_properties == {"rate": None}
    assert parsed.to_dict() == body
    future = {"audio": {"input": {"format": {"type": "audio/opus", "rate": 48000}}}}
    assert response.from_dict(future).audio.input.format.__class__ is models.AudioPCM
    assert response.from_dict(future).to_dict() == future
    tagged = {"audio": {"input": {"format": {"type": "audio/pcm", "rate": None}}}}
    with pytest.raises(ModelTypeError, match=r"^audio\.input\.format\.rate: expected integer"):
        response.from_dict(tagged)
    nowhere = {"audio": {"input": {"format": {"type": 7}}}}
    with pytest.raises(ModelTypeError, match=r"^audio\.input\.format\.type: expected string"):
        response.from_dict(nowhere)


@pytest.mark.parametrize(("name", "model", "body", "validator"), BODIES, ids=IDS)
def test_mappings_that_are_not_dicts_parse_alike(
    name: str, model: type[Any], body: dict[str, Any], validator: jsonschema.Validator
) -> None:
    """`from_dict` takes any Mapping at the top (its annotation); a read-only view parses to the
    same model, and a non-mapping is named."""
    assert model.from_dict(types.MappingProxyType(body)) == model.from_dict(body)
    wrongs: list[Any] = [[], "x", None, 1]
    for wrong in wrongs:
        with pytest.raises(ModelTypeError, match=r"^expected object, got "):
            model.from_dict(wrong)


def test_from_dict_of_a_subclass_builds_the_subclass() -> None:
    """The parser builds `cls`, not the class it was generated for."""
    _, model, body, _ = BODIES[0]

    class Mine(model):  # type: ignore[misc, valid-type]
        pass

    parsed = Mine.from_dict(body)
    assert type(parsed) is Mine
    assert parsed.to_dict() == body


def test_parsing_leaves_the_input_untouched() -> None:
    for _, model, body, _ in BODIES:
        before = json.dumps(body, sort_keys=True)
        with_unknown = copy.deepcopy(body)
        with_unknown["x"] = {"y": 1}
        parsed = model.from_dict(with_unknown)
        parsed.additional_properties["z"] = 2  # the kept dict is the model's own
        assert with_unknown == {**body, "x": {"y": 1}}
        assert json.dumps(body, sort_keys=True) == before
