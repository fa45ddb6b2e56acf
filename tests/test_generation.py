"""Step 3: resolved spec + templates -> generated/, reproducibly; a stale tree is caught."""

from __future__ import annotations

import ast
import copy
import dataclasses
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from spectools import generate, project
from spectools.generate import GENERATED_DIR, PACKAGE, diff_trees, generate_package
from spectools.overlays import resolved_spec
from spectools.project import Operation, operations
from spectools.refs import DATA_KEYWORDS, Refs
from spectools.specio import SpecError
from tests.helpers import ROOT, endpoint_of


@pytest.fixture(scope="module")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_package(tmp_path_factory.mktemp("gen"))


def test_generated_dir_is_exactly_what_regenerate_makes(fresh_tree: Path) -> None:
    diff = diff_trees(GENERATED_DIR / PACKAGE, fresh_tree)
    assert diff == "", f"generated/ is stale; run `nox -s regenerate`:\n{diff[:4000]}"


def test_generation_is_deterministic(fresh_tree: Path, tmp_path: Path) -> None:
    again = generate_package(tmp_path)
    assert diff_trees(fresh_tree, again) == ""


def test_check_generated_exits_1_with_a_diff_when_an_overlay_changes(tmp_path: Path) -> None:
    clone = tmp_path / "repo"
    shutil.copytree(ROOT, clone, ignore=shutil.ignore_patterns(".git", ".nox", "*cache*"))
    overlay = clone / "openapi" / "overlays" / "02-operation-deprecated.yaml"
    overlay.write_text(overlay.read_text().replace("client_secrets", "client_tokens"))
    result = subprocess.run(
        [sys.executable, "-m", "spectools", "check-generated"],
        cwd=clone,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    # a successor the package binds is named by its method, any other by its path
    assert (
        '-SUCCESSOR: Final[str | None] = "RealtimeClientSecrets.create (POST /realtime/client_secrets)"'
        in result.stdout
    )
    assert '+SUCCESSOR: Final[str | None] = "POST /realtime/client_tokens"' in result.stdout
    assert "generated/ is stale" in result.stderr


def _response_properties(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]["RealtimeSessionCreateResponse"]["properties"]


def _changed_files(diff: str) -> set[str]:
    prefix = "+++ b/generated/"
    return {line[len(prefix) :] for line in diff.splitlines() if line.startswith(prefix)}


def test_a_spec_change_shows_exactly_in_the_generated_diff(
    fresh_tree: Path, tmp_path: Path
) -> None:
    spec = copy.deepcopy(resolved_spec())
    del _response_properties(spec)["tool_choice"]
    _response_properties(spec)["voice_speed_hint"] = {"type": "number", "description": "New."}
    mutated = generate_package(tmp_path, resolved=spec)
    diff = diff_trees(fresh_tree, mutated)
    assert _changed_files(diff) == {"realtime_sessions/models/session_create_response.py"}
    removed = [
        line for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")
    ]
    added = [
        line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")
    ]
    assert any("tool_choice: str | Unset = UNSET" in line for line in removed)
    assert any("voice_speed_hint: float | Unset = UNSET" in line for line in added)
    assert not any("tool_choice" in line for line in added)
    assert not any("voice_speed_hint" in line for line in removed)


def test_generator_versions_are_pinned_exactly() -> None:
    import tomllib

    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    pins = {p.split("==")[0]: p for p in groups["generate"] if isinstance(p, str)}
    for tool in ("openapi-python-client", "datamodel-code-generator", "ruff"):
        assert "==" in pins[tool], f"{tool} must be pinned with =="


def test_documentation_links_in_generated_code_are_absolute(fresh_tree: Path) -> None:
    """Upstream links its guides by site path (`](/docs/guides/realtime)`), which no IDE, GitHub
    page or site can follow: docstrings, Args lines and --help carry absolute links."""
    spec_links = [
        line
        for line in (ROOT / "openapi" / "fragment.yaml").read_text().splitlines()
        if "](/docs/" in line
    ]
    assert spec_links  # upstream still writes them: otherwise this test proves nothing
    relative = [
        f"{path.relative_to(fresh_tree)}: {line.strip()}"
        for path in sorted(fresh_tree.rglob("*.py"))
        for line in path.read_text().splitlines()
        if "](/" in line
    ]
    assert relative == []
    assert any(
        "](https://platform.openai.com/docs/" in p.read_text() for p in fresh_tree.rglob("*.py")
    )


# -- the package docstring: every operation fact from openapi/operations.yaml and the spec ------

_LABEL = re.compile(r"`([A-Z]+ /[^`\s]*)`")
_CLASS = re.compile(r"`(?:[a-z_.]*\.)?([A-Z][A-Za-z0-9]*)(?:\.[a-z_]+)?(?:\(\))?`")


def _named_in(docstring: str) -> tuple[set[str], set[str]]:
    """The operation labels (`POST /path`) and the classes (`RealtimeSessions.create()`) a
    docstring names in backticks, and in its sample (`from ... import X`)."""
    classes = set(_CLASS.findall(docstring)) | set(re.findall(r"import (\w+)", docstring))
    return set(_LABEL.findall(docstring)), classes


def _assert_docstring_follows(docstring: str, ops: tuple[Operation, ...], spec: Any) -> None:
    labels, classes = _named_in(docstring)
    assert labels == {op.label for op in ops}, docstring
    declared = {name for op in ops for name in (op.client, op.async_client, op.response)}
    assert classes <= declared, docstring  # nothing the table does not declare ...
    for op in ops:  # ... and everything it does
        assert f"`{op.client}` / `{op.async_client}`: `{op.label}` -> `{op.response}`" in docstring
        deprecated = bool(op.find(spec).get("deprecated"))
        notice = f"`{op.label}` is deprecated upstream"
        assert (notice in " ".join(docstring.split())) is deprecated, (op.label, docstring)


def test_the_package_docstring_names_exactly_the_bound_operations() -> None:
    import realtime_sessions

    assert realtime_sessions.__doc__
    _assert_docstring_follows(realtime_sessions.__doc__, operations(), resolved_spec())


def test_the_package_docstring_follows_a_changed_operations_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renamed classes and a deprecation moved to the other operation reach the docstring by
    regeneration alone: the template names no operation itself."""
    renamed = tuple(
        dataclasses.replace(op, client=f"Renamed{op.client}") for op in project.operations()
    )
    monkeypatch.setattr(project, "operations", lambda: renamed)
    monkeypatch.setattr(generate, "operations", lambda: renamed)
    spec = copy.deepcopy(resolved_spec())
    legacy, current = (op.find(spec) for op in renamed)
    del legacy["deprecated"], legacy["x-successor"]
    current["deprecated"] = True
    current["x-successor"] = renamed[0].label
    package = generate_package(tmp_path, resolved=spec)
    docstring = ast.get_docstring(ast.parse((package / "__init__.py").read_text()))
    assert docstring is not None
    _assert_docstring_follows(docstring, renamed, spec)
    assert "RealtimeClientSecrets" not in docstring.replace("RenamedRealtimeClientSecrets", "")
    flat = " ".join(docstring.split())
    assert (
        f"`{renamed[1].label}` is deprecated upstream in favour of "
        f"`RenamedRealtimeSessions.create` (`{renamed[0].label}`)"
    ) in flat
    # the sample calls the operation that is not deprecated, with the table's required fields
    assert "from realtime_sessions import RenamedRealtimeSessions" in docstring
    assert 'session = client.create(model="gpt-realtime")' in docstring


# -- request schemas: each referenced component schema emitted once ------------------------------


def _request_schema_modules(package: Path) -> dict[str, ast.Module]:
    folder = package / "api" / "realtime"
    paths = [folder / f"{generate.REQUEST_DEFINITIONS}.py", *folder.glob("*_request_schema.py")]
    return {path.name: ast.parse(path.read_text()) for path in sorted(paths)}


def _spelled_out(spec: dict[str, Any], roots: list[Any]) -> Counter[str]:
    """How often each validation schema is written out in the spec's request schemas (a
    component's own definition, or an inline schema) rather than referred to by `$ref`:
    `ast.dump` of its Python literal (its own `$ref`s by constant name) -> count."""
    refs = Refs(spec)
    components = {}
    for root in roots:
        components.update(refs.closure(root).get("schemas", {}))
    found: Counter[str] = Counter()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        if not isinstance(node, dict):
            return
        if "$ref" not in node:
            try:
                checked = generate.validation_schema(spec, node, refs=refs, shared={})
            except (SpecError, TypeError):
                checked = None  # not a schema: a `properties` map
            if isinstance(checked, dict):
                found[ast.dump(ast.parse(repr(checked), mode="eval").body)] += 1
        for key, value in node.items():
            if key not in DATA_KEYWORDS:
                walk(value)

    for node in [*components.values(), *roots]:
        walk(node)
    return found


def test_every_referenced_request_subschema_is_emitted_once() -> None:
    spec = generate.prepare_for_generators(resolved_spec())
    refs = Refs(spec)
    roots = [
        refs.lookup(op.find(spec)["requestBody"]["content"]["application/json"]["schema"]["$ref"])
        for op in operations()
    ]
    referenced = {name for root in roots for name in refs.closure(root).get("schemas", {})}
    modules = _request_schema_modules(GENERATED_DIR / PACKAGE)
    assert len(modules) == 1 + len(operations())
    definitions = modules[f"{generate.REQUEST_DEFINITIONS}.py"]
    assigned = {
        n.target.id: n.value
        for n in definitions.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.value
    }
    assert sorted(assigned) == sorted(map(generate.constant_name, referenced))  # each once
    # A component's schema is written out once however often it is referred to (the old
    # modules inlined it at every use); again only where the spec itself writes it out again
    # without a $ref (the transcription `delay` has the values of `RealtimeReasoningEffort`).
    written = Counter(
        ast.dump(node)
        for tree in modules.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
    )
    in_spec = _spelled_out(spec, roots)
    literals = [v for v in assigned.values() if isinstance(v, ast.Dict)]
    assert len(literals) > 20
    for literal in literals:  # (two components alike are one literal and an alias: fewer)
        assert 1 <= written[ast.dump(literal)] <= in_spec[ast.dump(literal)], ast.unparse(literal)


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.label)
def test_request_schemas_mean_what_the_inlined_ones_did(op: Operation) -> None:
    """The generated module's schema equals the spec's request schema with every $ref inlined
    (what the client validated against before), and each component's is one shared object."""
    spec = generate.prepare_for_generators(resolved_spec())
    request = op.find(spec)["requestBody"]["content"]["application/json"]["schema"]
    schema = endpoint_of(op).request_schema()
    assert schema == generate.validation_schema(spec, request)
    from realtime_sessions.api.realtime import request_definitions

    shared = [v for k, v in vars(request_definitions).items() if k.isupper()]
    seen: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            seen.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    for node in seen:  # a component's schema found anywhere is that component's one object
        assert all(node is part for part in shared if node == part and len(node) > 2)


def test_a_ref_with_its_own_validation_keywords_extends_the_shared_constant() -> None:
    spec = {
        "components": {
            "schemas": {
                "Name": {"type": "string", "description": "A name.", "minLength": 1},
                "Req": {
                    "type": "object",
                    "properties": {
                        "first": {"$ref": "#/components/schemas/Name"},
                        "short": {"$ref": "#/components/schemas/Name", "maxLength": 3},
                    },
                },
            }
        }
    }
    shared: dict[str, Any] = {}
    request = spec["components"]["schemas"]["Req"]
    root = generate.validation_schema(spec, request, ("Req",), shared=shared)
    assert list(shared) == ["Name"]
    source = repr(root)
    assert "'first': NAME" in source and "'short': {**NAME, 'maxLength': 3}" in source
    namespace: dict[str, Any] = {}
    for component, value in shared.items():
        namespace[generate.constant_name(component)] = eval(repr(value), namespace)
    assert eval(source, namespace) == generate.validation_schema(
        spec, {"$ref": "#/components/schemas/Req"}
    )
