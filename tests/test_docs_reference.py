"""docs/reference/: every schema property on its page, the Python on each page really reads the
field from the class it names, the pages agree with the API reference page (../shared/seed/),
and check-generated catches a stale page."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from spectools.docs import REFERENCE_DIR, DocsError
from spectools.docs.page import page_name
from spectools.docs.python_api import annotate_response
from spectools.docs.tree import describe_schema
from spectools.generate import check_generated
from spectools.overlays import resolved_spec
from spectools.project import Operation, operations
from spectools.refs import Cycle, Refs
from tests.helpers import SEED_DIR, needs_seed

ANCHOR = re.compile(r'<a id="(request|response)\.([^"]+)"></a>')
OPERATIONS = operations()


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return resolved_spec()


def page(op: Operation) -> str:
    return (REFERENCE_DIR / page_name(op)).read_text(encoding="utf-8")


def property_paths(refs: Refs, node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every property below a schema, by JSON names (union branches and array items add none),
    walked here independently of the generator."""
    try:
        schema, _ = refs.resolve(node)
    except Cycle:  # pragma: no cover - no bound schema is recursive today
        return
    if not isinstance(schema, dict):
        return
    for name, sub in (schema.get("properties") or {}).items():
        yield (*path, name)
        yield from property_paths(refs, sub, (*path, name))
    for keyword in ("oneOf", "anyOf", "allOf"):
        for branch in schema.get(keyword) or ():
            yield from property_paths(refs, branch, path)
    if isinstance(schema.get("items"), dict):
        yield from property_paths(refs, schema["items"], path)


def page_paths(text: str, where: str) -> set[tuple[str, ...]]:
    return {
        tuple(step for step in anchor.split(".") if not step.startswith("~"))
        for kind, anchor in ANCHOR.findall(text)
        if kind == where
    }


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.label)
def test_every_schema_property_is_on_its_page_and_nothing_else(
    op: Operation, spec: dict[str, Any]
) -> None:
    refs, operation = Refs(spec), op.find(spec)
    schemas = {
        "request": operation["requestBody"]["content"]["application/json"]["schema"],
        "response": operation["responses"]["200"]["content"]["application/json"]["schema"],
    }
    text = page(op)
    for where, schema in schemas.items():
        expected = set(property_paths(refs, schema))
        assert expected, where
        assert page_paths(text, where) == expected, where


PYTHON_LINE = re.compile(r"Python: `([^`]+)`, `([^`]+)`, on `(\w+)`")


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.label)
def test_each_python_expression_reads_the_field_from_the_class_it_names(
    op: Operation, spec: dict[str, Any]
) -> None:
    """Evaluated on the package's own parse of every response example: where the example has
    the field, the expression reads it and the object it is read from is the class named."""
    models = importlib.import_module("realtime_sessions.models")
    response = op.find(spec)["responses"]["200"]["content"]["application/json"]
    lines = PYTHON_LINE.findall(page(op))
    assert lines
    checked = 0
    for example in response["examples"].values():
        parsed = getattr(models, op.response).from_dict(example["value"])
        variable = lines[0][0].split(".")[0]
        for expression, _, holder in lines:
            owner, _, attribute = expression.rpartition(".")
            try:
                parent = eval(owner, {variable: parsed})
            except (AttributeError, IndexError):
                continue  # a field the example leaves out (UNSET), or an empty list
            if type(parent).__name__ == holder:
                assert hasattr(parent, attribute), expression
                checked += 1
            else:  # another branch of a union: the class must still be one the package exports
                assert getattr(models, holder), holder
    assert checked >= 10


def test_a_schema_property_the_class_lacks_is_refused(spec: dict[str, Any]) -> None:
    op = OPERATIONS[0]
    schema = op.find(spec)["responses"]["200"]["content"]["application/json"]["schema"]
    shape = describe_schema(Refs(spec), schema, "/x")
    shape.properties[0].name = "not_in_the_package"
    models = importlib.import_module("realtime_sessions.models")
    with pytest.raises(DocsError, match="not_in_the_package"):
        annotate_response(shape, getattr(models, op.response), "session", models)


def test_deprecated_operation_has_the_badge_and_its_successor() -> None:
    old, new = OPERATIONS
    assert 'class="api-badge api-badge-deprecated">Deprecated</span>' in page(old).splitlines()[2]
    assert f"[reference]({page_name(new)})" in page(old)
    assert "Deprecated" not in page(new).split("## ")[0]


def test_check_generated_fails_on_a_stale_reference_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "reference"
    stale.mkdir()
    for source in REFERENCE_DIR.glob("*.md"):
        (stale / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    edited = stale / page_name(OPERATIONS[0])
    edited.write_text(edited.read_text().replace("optional string", "optional str", 1))
    assert check_generated(reference=stale) == 1
    captured = capsys.readouterr()
    removed = [line for line in captured.out.splitlines() if line.startswith("-- <a id=")]
    added = [line for line in captured.out.splitlines() if line.startswith("+- <a id=")]
    assert len(removed) == len(added) == 1
    assert removed[0].endswith("optional str") and added[0].endswith("optional string")
    assert f"/{page_name(OPERATIONS[0])}" in captured.out
    assert "reference/ is stale" in captured.err


# --- the API reference page (../shared/seed/) -----------------------------------------------

SEED_FIELD = re.compile(r"^(\w+): (?:optional |required )?(.+)$")
PRIMITIVES = {
    "string": {"string"},
    "number": {"number", "integer"},  # the reference writes integers as numbers
    "boolean": {"boolean"},
    "object": {"object"},
    "array": {"array"},
    "unknown": {"object", "any"},
}


def normalise(text: str) -> str:
    """Markdown and typography away: the reference drops backticks and curls quotes."""
    curly = {"\u201c": '"', "\u201d": '"', "\u2019": "'"}
    text = text.replace("`", "").translate(str.maketrans(curly))
    return " ".join(text.split())


def seed_reference() -> tuple[dict[str, list[str]], list[str], set[str], set[str]]:
    """The SessionCreateResponse part of the seed page: field -> its type strings, description
    lines, quoted values, names of schemas."""
    lines = next(SEED_DIR.glob("*.txt")).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("SessionCreateResponse"))
    fields: dict[str, list[str]] = {}
    descriptions: list[str] = []
    values: set[str] = set()
    names: set[str] = set()
    for line in lines[start + 1 :]:
        text = line.strip().lstrip("•").strip()
        if not text or text == "One of the following:":
            continue
        match = SEED_FIELD.match(text)
        if match and not text.endswith("."):
            fields.setdefault(match[1], []).append(match[2])
            names.update(re.findall(r"\b([A-Z][A-Za-z]+)\b", match[2]))
        elif re.fullmatch(r'"[^"]*"', text):
            values.add(text)
        elif re.match(r"^[A-Z][A-Za-z]+ object \{", text):
            names.add(text.split()[0])
        elif text not in PRIMITIVES and not re.fullmatch(r'("[^"]+" or )+.*more', text):
            descriptions.append(text)
    for types in fields.values():
        for type_text in types:
            values.update(re.findall(r'"[^"]+"', type_text))
    return fields, descriptions, values, names


def _entries(text: str) -> dict[str, list[str]]:
    """Field name -> the text of each of its entries on a page (its line and the blocks below)."""
    found: dict[str, list[str]] = {}
    for entry in re.split(r"\n(?=\s*- <a id=)", text):
        match = re.match(r'\s*- <a id="[^"]+"></a>\*\*`(\w+)`\*\*', entry)
        if match:
            found.setdefault(match[1], []).append(entry)
    return found


@needs_seed
def test_the_session_page_says_everything_the_api_reference_says() -> None:
    fields, descriptions, values, names = seed_reference()
    assert len(fields) >= 30 and len(descriptions) >= 25  # the parse found the page's tree
    text = page(OPERATIONS[0])
    response = text.split("## Response", 1)[1].split("## Examples", 1)[0]
    flat = normalise(response)
    entries = _entries(response)
    for name, types in fields.items():
        assert name in entries, f"field {name} of the API reference is not on the page"
        labels = " ".join(entry.splitlines()[0] for entry in entries[name])
        for type_text in types:
            for word in re.findall(r"\b[a-z]+\b", type_text.split("{")[0]):
                if word in PRIMITIVES:
                    assert PRIMITIVES[word] & set(re.findall(r"\b[a-z]+\b", labels)), (
                        f"{name}: {type_text!r} vs {labels!r}"
                    )
    for value in values:
        assert value in response, f"enum value {value} is not on the page"
    for schema in names:
        assert schema in response, f"schema {schema} is not named on the page"
    for description in descriptions:
        for sentence in re.split(r"(?<=[.!?])\s+", normalise(description)):
            assert sentence in flat, f"sentence not on the page: {sentence!r}"


@needs_seed
def test_fields_the_api_reference_lacks_say_which_overlay_added_them() -> None:
    fields, *_ = seed_reference()
    response = page(OPERATIONS[0]).split("## Response", 1)[1].split("## Examples", 1)[0]
    top = re.findall(r'^- <a id="response\.(\w+)"></a>', response, flags=re.MULTILINE)
    extra = [name for name in top if name not in fields]
    assert extra == ["client_secret"]
    entry = _entries(response)["client_secret"][0]
    assert "Changed by overlay `01-response-client-secret`" in entry
