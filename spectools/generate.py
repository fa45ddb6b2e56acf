"""`regenerate` / `check-generated`: resolved spec + templates -> `generated/realtime_sessions`.

Steps, each deterministic, for every operation `openapi/operations.yaml` binds:
 1. fragment + overlays -> resolved spec (`overlays.resolved_spec`);
 2. `prepare_for_generators`: hoist titled inline objects into named components (works around
    openapi-python-client building a titled object nested in a union branch twice and then
    dropping it as a "duplicate model"); names do not change, since both generators name classes
    after titles anyway; two schemas that would get one class name fail here, never silently;
 3. openapi-python-client with `templates/openapi-python-client/` and its config -> attrs models;
 4. datamodel-code-generator -> `<params>.py` per operation (TypedDicts for `create(**kw)`);
 5. per operation, `templates/endpoint.py.jinja` -> `api/realtime/<operationId>.py` (endpoint
    facts), its request schema and its one-walk yes/no test (`fits_source`, into
    `api/realtime/request_fits.py`), and `templates/client.py.jinja` -> `_<client>.py` (the
    public classes); `_operations.py` lists them for the CLI;
 6. `templates/runtime/` (hand-written, operation-generic client runtime) copied in verbatim;
 7. ruff format + ruff check --fix with the pinned ruff; the result replaces `generated/`.
"""

from __future__ import annotations

import ast
import copy
import difflib
import functools
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .naming import class_name, python_identifier
from .overlays import resolved_spec
from .project import (
    GENERATED_DIR,
    PACKAGE,
    ROOT,
    TEMPLATES_DIR,
    Operation,
    absolute_doc_links,
    operation_for,
    operations,
    snake_case,
)
from .refs import DATA_KEYWORDS, Cycle, Refs, schema_name
from .specio import SpecError

__all__ = [
    "GENERATED_DIR",
    "PACKAGE",
    "check_class_names",
    "check_generated",
    "diff_trees",
    "generate_package",
    "prepare_for_generators",
    "regenerate",
    "validation_schema",
]

OPC_TEMPLATES = TEMPLATES_DIR / "openapi-python-client"
OPC_CONFIG = TEMPLATES_DIR / "openapi-python-client.yaml"
RUNTIME_DIR = TEMPLATES_DIR / "runtime"
RUFF_CONFIG = TEMPLATES_DIR / "ruff-generated.toml"
ENDPOINT_TEMPLATE = TEMPLATES_DIR / "endpoint.py.jinja"
CLIENT_TEMPLATE = TEMPLATES_DIR / "client.py.jinja"
ENDPOINT_PACKAGE = Path("api") / "realtime"
# The component schemas the request schemas reference, each once (`request_schemas`).
REQUEST_DEFINITIONS = "request_definitions"
# The request bodies' one-walk yes/no tests (`spectools/fits_source.py`).
REQUEST_FITS = "request_fits"
OPERATIONS_MODULE = Path("_operations.py")
# openapi-python-client's own transport; templates/runtime/ replaces them.
REPLACED_BY_RUNTIME = ("client.py", "errors.py")
RUNTIME_VALIDATOR = RUNTIME_DIR / "_validation.py"
# Keywords that only describe a schema: nothing to enforce. `x-*` extensions are annotations too;
# so is `discriminator`, which (OpenAPI 3.1) only tells tools which branch to try.
ANNOTATION_KEYWORDS = frozenset(
    {
        "title",
        "description",
        "default",
        "example",
        "examples",
        "deprecated",
        "$comment",
        "discriminator",
    }
)


def _is_object_schema(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return "object" in kinds and "properties" in node


def prepare_for_generators(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a copy where every titled inline object schema is a `$ref` to a component and
    every description's site-path links are absolute."""
    result = copy.deepcopy(spec)
    schemas: dict[str, Any] = result.setdefault("components", {}).setdefault("schemas", {})
    hoisted: dict[str, Any] = {}

    def visit(node: Any, top_level: bool) -> Any:
        if isinstance(node, list):
            return [visit(item, False) for item in node]
        if not isinstance(node, dict):
            return node
        for key, value in list(node.items()):
            if key in DATA_KEYWORDS:
                continue  # data, not schemas
            if key == "description" and isinstance(value, str):
                node[key] = absolute_doc_links(value)  # docstrings, Args lines, --help
                continue
            node[key] = visit(value, False)
        title = node.get("title")
        if not top_level and isinstance(title, str) and _is_object_schema(node):
            if title in schemas or (title in hoisted and hoisted[title] != node):
                raise SpecError(
                    f"two different schemas are titled {title!r}; rename one in an overlay"
                )
            hoisted[title] = node
            return {"$ref": f"#/components/schemas/{title}"}
        return node

    for name in list(schemas):
        schemas[name] = visit(schemas[name], True)
    result["paths"] = visit(result.get("paths", {}), False)
    schemas.update(sorted(hoisted.items()))
    return result


def response_side(spec: dict[str, Any]) -> dict[str, Any]:
    """What openapi-python-client is given: the operations without their request bodies, and
    only the component schemas a response reaches. Requests have one public representation,
    the TypedDicts of `<params>.py` (as the official SDK's `*_params.py`); an attrs twin of
    each request class would be a second, and a third for the `*Param` ones."""
    result = copy.deepcopy(spec)
    for op in operations():
        op.find(result).pop("requestBody", None)
    reached = Refs(result).closure(result["paths"]).get("schemas", {})
    schemas = result.get("components", {}).get("schemas", {})
    result["components"]["schemas"] = {k: v for k, v in schemas.items() if k in reached}
    return result


def _body_schema(media: dict[str, Any]) -> str:
    """The component name of a JSON body's schema (`RealtimeSessionCreateRequest`)."""
    return schema_name(media["content"]["application/json"]["schema"]["$ref"])


def _class_of(spec: dict[str, Any], component: str) -> str:
    """The class the generators name after a component schema: its title, else its name."""
    return class_name(str(spec["components"]["schemas"][component].get("title", component)))


def check_class_names(spec: dict[str, Any]) -> None:
    """Refuse two component schemas that would become one class name (one would silently
    replace the other), and bound operations whose declared names are not what generates."""
    owners: dict[str, str] = {}
    for component, schema in spec.get("components", {}).get("schemas", {}).items():
        if not (_is_object_schema(schema) or "enum" in schema):
            continue  # unions and aliases are not classes
        name = _class_of(spec, component)
        if name in owners:
            raise SpecError(
                f"schemas {owners[name]!r} and {component!r} would both generate class {name!r};"
                " give one another title in an overlay"
            )
        owners[name] = component
    for op in operations():
        operation = op.find(spec)
        for declared, body, what in (
            (op.params, operation["requestBody"], "params"),
            (op.response, operation["responses"]["200"], "response"),
        ):
            generated = _class_of(spec, _body_schema(body))
            if generated != declared:
                raise SpecError(
                    f"operations.yaml: {op.label} declares {what} {declared!r}, but its schema"
                    f" generates {generated!r}; change one (a title overlay, or the entry)"
                )


@functools.cache
def runtime_validator_names(constant: str) -> frozenset[str]:
    """The names in a constant of templates/runtime/_validation.py (`KEYWORDS`, `FORMATS`'s keys):
    what the client's request validator enforces, read from its source so the two cannot drift."""
    for node in ast.parse(RUNTIME_VALIDATOR.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == constant for t in targets):
                value = node.value
                if isinstance(value, ast.Dict):
                    return frozenset(ast.literal_eval(k) for k in value.keys if k is not None)
                if isinstance(value, ast.Call) and value.args:  # frozenset({...})
                    return frozenset(ast.literal_eval(value.args[0]))
    raise SpecError(f"{RUNTIME_VALIDATOR} defines no {constant} literal")


class SharedSchema:
    """A `$ref` in a request schema's source: the constant holding its target (`AUDIO_PCM`),
    with the referring node's own validation keywords over it when it has any."""

    def __init__(self, constant: str, extra: dict[str, Any]) -> None:
        self.constant, self.extra = constant, extra

    def __repr__(self) -> str:  # how `repr()` of the schema spells it in the generated module
        if not self.extra:
            return self.constant
        return f"{{**{self.constant}, {repr(self.extra)[1:]}"


def validation_schema(
    spec: dict[str, Any],
    node: Any,
    seen: tuple[str, ...] = (),
    where: str = "#",
    refs: Refs | None = None,
    shared: dict[str, Any] | None = None,
) -> Any:
    """`node` with only validation keywords kept and its `$ref`s inlined, or, given `shared`,
    each `$ref` a `SharedSchema` whose target (a component name) is added to `shared`, once,
    after the components it refers to (for the generated request-schema modules).

    Every keyword must be one the runtime validator enforces or a mere annotation: anything else
    (`pattern`, a `format` it cannot check...) fails generation, naming it and where it is,
    rather than being dropped and sent unchecked.
    """
    refs = refs or Refs(spec)
    if isinstance(node, list):
        return [
            validation_schema(spec, item, seen, f"{where}/{i}", refs, shared)
            for i, item in enumerate(node)
        ]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = schema_name(ref)
        if name in seen:
            raise SpecError(f"recursive schema {name!r}: the request validator cannot inline it")
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if shared is None:
            merged = {**refs.lookup(ref), **siblings}
            return validation_schema(spec, merged, (*seen, name), f"{where}({name})", refs)
        if name not in shared:
            target = refs.lookup(ref)
            found = validation_schema(spec, target, (*seen, name), f"{where}({name})", refs, shared)
            shared[name] = found
        extra = validation_schema(spec, siblings, seen, where, refs, shared)
        return SharedSchema(constant_name(name), extra)
    keywords = runtime_validator_names("KEYWORDS")
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ANNOTATION_KEYWORDS or key.startswith("x-"):
            continue
        if key not in keywords:
            raise SpecError(
                f"the request schema uses {key!r} at {where}, which the client's validator "
                f"({RUNTIME_VALIDATOR.name}) does not enforce: implement it there, or remove it "
                "with an overlay"
            )
        if key == "format" and value not in runtime_validator_names("FORMATS"):
            raise SpecError(
                f"the request schema uses format {value!r} at {where}, which the client's "
                f"validator ({RUNTIME_VALIDATOR.name}) does not check: add it to FORMATS there, "
                "or remove it with an overlay"
            )
        if key == "properties":
            out[key] = {
                name: validation_schema(spec, sub, seen, f"{where}/properties/{name}", refs, shared)
                for name, sub in value.items()
            }
        elif key in ("enum", "const", "required", "type") or not isinstance(value, dict | list):
            out[key] = value
        else:
            out[key] = validation_schema(spec, value, seen, f"{where}/{key}", refs, shared)
    return out


def constant_name(component: str) -> str:
    """`RealtimeAudioFormats` -> `REALTIME_AUDIO_FORMATS`: a shared subschema's constant."""
    return snake_case(component).upper()


def endpoint_module(spec: dict[str, Any], op: Operation) -> str:
    """`create_realtime_session`: the operationId as a module name."""
    return python_identifier(str(op.find(spec).get("operationId") or f"{op.method} {op.path}"))


def _successor(operation: dict[str, Any]) -> str | None:
    """How the docs name a deprecated operation's successor: our method when we bind it."""
    label = operation.get("x-successor")
    if not isinstance(label, str):
        return None
    bound = operation_for(label)
    return f"`{bound.client}.{bound.call}` (`{label}`)" if bound else f"`{label}`"


def _deprecation(operation: dict[str, Any]) -> tuple[bool, str | None]:
    """Whether the spec deprecates an operation, and how the docs name its successor."""
    return bool(operation.get("deprecated", False)), _successor(operation)


def _sample_arguments(spec: dict[str, Any], op: Operation) -> str:
    """`session={"type": "realtime", "model": "gpt-realtime"}`: the fields a call cannot do
    without (operations.yaml's fixed values and required CLI options), the latter valued as in
    the operation's first request example; `...` when there are none."""
    from .docs.page import python_literal

    media = op.find(spec)["requestBody"]["content"]["application/json"]
    examples: list[dict[str, Any]] = list((media.get("examples") or {}).values())
    example = examples[0].get("value", {}) if examples else {}
    fields = [(tuple(path.split(".")), value) for path, value in op.cli_fixed.items()]
    for option in op.cli_options:
        if option.required:
            value: Any = example
            for key in option.field:
                value = value.get(key) if isinstance(value, dict) else None
            if value is not None:
                fields.append((option.field, value))
    arguments: dict[str, Any] = {}
    for path, value in fields:
        parent = arguments
        for key in path[:-1]:
            parent = parent.setdefault(key, {})
        parent[path[-1]] = value
    return ", ".join(f"{k}={python_literal(v)}" for k, v in arguments.items()) or "..."


def package_overview(spec: dict[str, Any]) -> dict[str, Any]:
    """What the package's docstring (package_init.py.jinja) says, from openapi/operations.yaml and
    the spec: the API's title, each bound operation with its deprecation, and a sample call of
    the first operation not deprecated."""
    bound = [(op, *_deprecation(op.find(spec))) for op in operations()]
    sample = next((op for op, deprecated, _ in bound if not deprecated), operations()[0])
    return {
        "api_title": str(spec.get("info", {}).get("title") or "the API"),
        "bound_operations": [
            {"op": op, "deprecated": deprecated, "successor": successor}
            for op, deprecated, successor in bound
        ],
        "package": PACKAGE,
        "sample": sample,
        "sample_arguments": _sample_arguments(spec, sample),
    }


def _first_paragraph(text: str) -> str:
    return " ".join(text.strip().split("\n\n", 1)[0].split())


def _secret_paths(
    refs: Refs, node: Any, path: tuple[str, ...] = (), chain: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Where a response carries `x-secret` values (`("client_secret", "value")`), through
    properties and union branches: what the CLI masks."""
    try:
        schema, chain = refs.resolve(node, chain)
    except Cycle:  # a recursive schema: its secrets were found on the first pass
        return
    if not isinstance(schema, dict):
        return
    if schema.get("x-secret"):
        yield path
    for name, sub in (schema.get("properties") or {}).items():
        yield from _secret_paths(refs, sub, (*path, name), chain)
    for keyword in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(keyword) or ():
            yield from _secret_paths(refs, branch, path, chain)


# Keyword arguments every generated call takes besides the request's fields (the runtime's
# per-call options, as the official SDK names them); a request field of the same name fails.
CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "validate")
_MAX_LISTED = 12  # enum values listed in a docstring or --help line; the rest are counted


def _show_value(value: Any) -> str:
    return json.dumps(value) if not isinstance(value, str) else repr(value)


def _limits(schema: Any) -> str:
    """What a validation schema allows beyond its type, in words: `0.25 to 1.5`,
    `one of 'auto', 'none'`, `1 to 4096, or 'inf'` (the limits the overlays add show here)."""
    if not isinstance(schema, dict):
        return ""
    if "const" in schema:
        return _show_value(schema["const"])
    if "enum" in schema:
        values = [_show_value(v) for v in schema["enum"] if v is not None]
        more = len(values) - _MAX_LISTED
        listed = ", ".join(values[:_MAX_LISTED]) + (f" and {more} more" if more > 0 else "")
        return f"one of {listed}" if len(values) > 1 else listed
    parts = []
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if low is not None and high is not None:
        parts.append(f"{low} to {high}")
    elif low is not None:
        parts.append(f"{'>' if 'exclusiveMinimum' in schema else '>='} {low}")
    elif high is not None:
        parts.append(f"{'<' if 'exclusiveMaximum' in schema else '<='} {high}")
    for key, unit in (("Length", "characters"), ("Items", "items")):
        if f"max{key}" in schema:
            parts.append(f"at most {schema[f'max{key}']} {unit}")
    branches = schema.get("anyOf") or schema.get("oneOf") or []
    described = [_limits(b) or _kind(b) for b in branches if _kind(b) != "null"]
    if any(_limits(b) for b in branches):
        parts.append(", or ".join(d for d in described if d))
    return "; ".join(parts)


def _kind(schema: Any) -> str:
    """The JSON type a validation schema takes (`string`, `number`...), or "" when it is a union
    or unknown; "null" is dropped from a nullable type."""
    if not isinstance(schema, dict):
        return ""
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else [k for k in kinds or () if k != "null"]
    if not kinds and ("enum" in schema or "const" in schema):
        values = schema.get("enum", [schema.get("const")])
        kinds = sorted(
            {"string" if isinstance(v, str) else "number" for v in values if v is not None}
        )
    return kinds[0] if len(kinds) == 1 else ""


def request_parameters(
    spec: dict[str, Any], refs: Refs, op: Operation, validation: dict[str, Any], params_file: Path
) -> list[dict[str, Any]]:
    """The request body's top-level fields as `create()`'s keyword arguments, in the spec's order:
    name, annotation (the TypedDict's, from the generated params module), required, JSON kind,
    closed choices, and a help line (the spec's description and its limits)."""
    tree = ast.parse(params_file.read_text(encoding="utf-8"))
    typed = next(
        (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == op.params), None
    )
    if typed is None:
        raise SpecError(f"{params_file.name} defines no TypedDict {op.params!r}")
    annotations: dict[str, str] = {}
    for node in typed.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            annotation = node.annotation
            if (
                isinstance(annotation, ast.Subscript)
                and isinstance(annotation.value, ast.Name)
                and annotation.value.id in ("NotRequired", "Required")
            ):
                annotation = annotation.slice
            annotations[node.target.id] = ast.unparse(annotation)
    request = spec["components"]["schemas"][_body_schema(op.find(spec)["requestBody"])]
    required = set(request.get("required", ()))
    found = []
    for name, node in request.get("properties", {}).items():
        if not name.isidentifier() or name in CALL_OPTIONS or name == "self":
            raise SpecError(
                f"{op.label}: request field {name!r} cannot be a keyword argument of "
                f"{op.call}() (not an identifier, or one of {', '.join(CALL_OPTIONS)})"
            )
        description = _first_paragraph(_description(refs, node))
        checked = validation["properties"][name]
        limits = _limits(checked)
        kind = _kind(checked)
        choices = checked.get("enum") if kind == "string" and "enum" in checked else None
        found.append(
            {
                "name": name,
                "annotation": annotations[name],
                "required": name in required,
                "kind": kind if kind in ("string", "integer", "number", "boolean") else "json",
                "choices": [c for c in choices if c is not None] if choices else None,
                "help": f"{description} ({limits})"
                if limits and description
                else description or limits,
                "limits": limits,
                "description": description,
            }
        )
    return found


def _description(refs: Refs, node: Any) -> str:
    """A field's description: its own, its `$ref`'s, else the first its union's branches give."""
    resolved, _ = refs.resolve(node)
    for candidate in (node, resolved):
        if isinstance(candidate, dict) and isinstance(candidate.get("description"), str):
            return str(candidate["description"])
    for branch in resolved.get("anyOf") or resolved.get("oneOf") or ():
        found = _description(refs, branch)
        if found:
            return found
    return ""


def _params_imports(params_file: Path, parameters: list[dict[str, Any]]) -> list[str]:
    """The params module's names the annotations use (`TurnDetectionParam`): what to import."""
    tree = ast.parse(params_file.read_text(encoding="utf-8"))
    defined = {
        target.id
        for node in tree.body
        for target in (
            node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        )
        if isinstance(target, ast.Name)
    } | {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    used = {
        leaf.id
        for parameter in parameters
        for leaf in ast.walk(ast.parse(parameter["annotation"], mode="eval"))
        if isinstance(leaf, ast.Name)
    }
    return sorted(used & defined)


def _args_doc(parameters: list[dict[str, Any]], width: int = 88) -> str:
    """The `Args:` lines of `create()`'s docstring, wrapped, one entry per request field."""
    lines = []
    for parameter in parameters:
        text = f"{parameter['name']}: {parameter['help'] or 'see the API reference.'}"
        if parameter["required"]:
            text += " Required."
        lines.extend(textwrap.wrap(text, width, subsequent_indent="    "))
    return "\n".join(lines)


def _render(template: Path, target: Path, **context: Any) -> None:
    import jinja2

    text = jinja2.Template(
        template.read_text(encoding="utf-8"), keep_trailing_newline=True, trim_blocks=True
    ).render(**context)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _write_constants(
    target: Path,
    what: str,
    constants: dict[str, Any],
    imports: str = "",
    annotation: str = "Final[dict[str, Any]]",
) -> None:
    """A generated module of constants (plain data, as Python literals), in the given order."""
    body = "".join(f"\n{name}: {annotation} = {value!r}\n" for name, value in constants.items())
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        f'"""{textwrap.fill(what, 96)}\n\nGenerated from the resolved fragment by `nox -s regenerate`; do not edit.\n"""'
        f"\n\nfrom typing import Any, Final\n{imports}\n{body}",
        encoding="utf-8",
    )


def _shared_uses(value: Any) -> Iterator[str]:
    """The constants of the shared subschemas a schema (in `validation_schema`'s shared form)
    refers to directly."""
    if isinstance(value, SharedSchema):
        yield value.constant
        yield from _shared_uses(value.extra)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _shared_uses(item)
    elif isinstance(value, list):
        for item in value:
            yield from _shared_uses(item)


def request_schemas(
    spec: dict[str, Any], refs: Refs
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The bound operations' request schemas as the generated modules hold them: every
    referenced component schema once, named after it (`AUDIO_PCM`), in an order where each comes
    after those it refers to; and each operation's schema (by label) referring to them."""
    shared: dict[str, Any] = {}
    roots = {}
    for op in operations():
        request = _body_schema(op.find(spec)["requestBody"])
        node = refs.lookup(f"#/components/schemas/{request}")
        roots[op.label] = validation_schema(spec, node, (request,), f"#({request})", refs, shared)
    definitions: dict[str, Any] = {}
    owners: dict[str, str] = {}
    emitted: dict[str, str] = {}  # a definition's source -> the constant already holding it
    for component, value in shared.items():
        constant = constant_name(component)
        if constant in owners:
            raise SpecError(
                f"component schemas {owners[constant]!r} and {component!r} both make the "
                f"request-schema constant {constant}; rename one in an overlay"
            )
        owners[constant] = component
        source = repr(value)
        # Two components that check the same thing (`RealtimeFunctionTool` and its `...Param`)
        # are one object: an alias keeps both names readable.
        definitions[constant] = SharedSchema(emitted[source], {}) if source in emitted else value
        emitted.setdefault(source, constant)
    return definitions, roots


def _write_request_schemas(spec: dict[str, Any], refs: Refs, package_dir: Path) -> None:
    """`api/realtime/request_definitions.py`, each operation's `<module>_request_schema.py`, and
    `request_fits.py`, the tests `check_request` runs first, generated from the same schemas."""
    from .fits_source import fits_function, module_source

    definitions, roots = request_schemas(spec, refs)
    tests = {
        fits_function(endpoint_module(spec, op)): (op.label, roots[op.label]) for op in operations()
    }
    (package_dir / ENDPOINT_PACKAGE / f"{REQUEST_FITS}.py").write_text(
        module_source(definitions, tests), encoding="utf-8"
    )
    _write_constants(
        package_dir / ENDPOINT_PACKAGE / f"{REQUEST_DEFINITIONS}.py",
        "The component schemas the request schemas refer to, each once, named after it; "
        "validation keywords only.",
        definitions,
    )
    for op in operations():
        uses = sorted(set(_shared_uses(roots[op.label])))
        _write_constants(
            package_dir / ENDPOINT_PACKAGE / f"{endpoint_module(spec, op)}_request_schema.py",
            f"The request schema of {op.label}, validation keywords only; the component schemas "
            f"it refers to are in `{REQUEST_DEFINITIONS}`.",
            {"REQUEST_SCHEMA": roots[op.label]},
            f"\nfrom .{REQUEST_DEFINITIONS} import {', '.join(uses)}\n" if uses else "",
        )


def _write_operation(
    spec: dict[str, Any], refs: Refs, op: Operation, package_dir: Path
) -> list[dict[str, Any]]:
    """One bound operation's modules: endpoint facts, request schema, public classes; returns
    its request parameters (for the CLI's table)."""
    from .fits_source import fits_function  # it imports this module

    operation = op.find(spec)
    module = endpoint_module(spec, op)
    request = _body_schema(operation["requestBody"])
    schema = validation_schema(spec, {"$ref": f"#/components/schemas/{request}"}, refs=refs)
    params_file = package_dir / f"{op.params_module}.py"
    parameters = request_parameters(spec, refs, op, schema, params_file)
    base_url = (spec.get("servers") or [{"url": ""}])[0]["url"]
    deprecated, successor = _deprecation(operation)
    _render(
        ENDPOINT_TEMPLATE,
        package_dir / ENDPOINT_PACKAGE / f"{module}.py",
        method=op.method.upper(),
        path=op.path,
        operation_id=operation.get("operationId", ""),
        base_url=base_url,
        deprecated=deprecated,
        successor=successor.replace("`", "") if successor else None,
        response_model=op.response,
        schema_module=f"{module}_request_schema",
        fits_module=REQUEST_FITS,
        fits_function=fits_function(module),
    )
    _render(
        CLIENT_TEMPLATE,
        package_dir / f"_{op.module}.py",
        op=op,
        label=op.label,
        package=PACKAGE,
        endpoint_module=module,
        base_url=base_url,
        deprecated=deprecated,
        successor=successor,
        summary=_first_paragraph(str(operation.get("summary") or op.label)),
        parameters=parameters,
        params_imports=_params_imports(params_file, parameters),
        args_doc=_args_doc(parameters),
    )
    return parameters


def _write_operations_table(
    spec: dict[str, Any],
    refs: Refs,
    package_dir: Path,
    parameters: dict[str, list[dict[str, Any]]],
) -> None:
    """`_operations.py`: the bound operations as data, for the CLI (commands, flags, secrets):
    a flag per request field (`parameters`, from the schema), plus operations.yaml's shortcuts
    into nested fields (`options`); a shortcut's flag wins over a field's of the same name."""
    table = []
    for op in operations():
        response = op.find(spec)["responses"]["200"]["content"]["application/json"]["schema"]
        table.append(
            {
                "client": op.client,
                "call": op.call,
                "label": op.label,
                "command": list(op.cli_command),
                "help": op.cli_help,
                "options": [
                    {
                        "flag": option.flag,
                        "field": list(option.field),
                        "help": option.help,
                        "required": option.required,
                        "type": option.type,
                    }
                    for option in op.cli_options
                ],
                "parameters": [
                    {key: parameter[key] for key in ("name", "kind", "choices", "help", "required")}
                    for parameter in parameters[op.label]
                ],
                "fixed": dict(op.cli_fixed),
                "secrets": [list(path) for path in dict.fromkeys(_secret_paths(refs, response))],
            }
        )
    _write_constants(
        package_dir / OPERATIONS_MODULE,
        "The bound operations (openapi/operations.yaml) as data: commands, flags, secrets.",
        {"OPERATIONS": table},
        annotation="Final[list[dict[str, Any]]]",
    )


def _attribute_name(json_name: Any) -> str:
    """The templates' `attribute_name`: openapi-python-client hands over property names wrapped
    as `UntrustedString`; the rule itself only ever returns an identifier, so it is safe in code."""
    raw = (
        json_name.get_untrusted_value() if hasattr(json_name, "get_untrusted_value") else json_name
    )
    name = python_identifier(str(raw))
    if not name.isidentifier():  # pragma: no cover - python_identifier guarantees it
        raise SpecError(f"property {raw!r} gives no valid Python name")
    return name


def package_version() -> str:
    """`[project] version` of pyproject.toml: the generated package's `__version__`."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def _run_openapi_python_client(
    spec: dict[str, Any], spec_path: Path, out_dir: Path, overview: dict[str, Any]
) -> None:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile.load_from_path(OPC_CONFIG),
        MetaType.NONE,
        spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    # openapi_python_client.generate(), with the project's naming rule added to the templates.
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise SpecError(f"openapi-python-client cannot read the spec: {data.header}\n{data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=OPC_TEMPLATES)
    project.env.globals["attribute_name"] = _attribute_name
    project.env.globals["operations"] = operations()
    project.env.globals["package_version"] = package_version()
    project.env.globals["overview"] = overview  # the package docstring's facts
    errors = project.build()
    if errors:  # zero warnings is part of the contract: a dropped model is a broken client
        details = "\n".join(f"{e.header}\n{e.detail or ''}" for e in errors)
        raise SpecError(f"openapi-python-client reported {len(errors)} problem(s):\n{details}")


def _run_datamodel_codegen(spec: dict[str, Any], refs: Refs, op: Operation, out_file: Path) -> None:
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.parser import LiteralType

    request = _body_schema(op.find(spec)["requestBody"])
    # A JSON Schema document whose root is the request schema; the schemas it references (only
    # those: response-side classes have no place in the params module) ride along under $defs.
    root = copy.deepcopy(spec["components"]["schemas"][request])
    needed = refs.closure(root).get("schemas", {})
    text = json.dumps({**root, "$defs": dict(sorted(needed.items()))}).replace(
        "#/components/schemas/", "#/$defs/"
    )
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        generate(
            text,
            input_file_type=InputFileType.JsonSchema,
            output=out_file,
            output_model_type=DataModelType.TypingTypedDict,
            target_python_version=PythonVersion.PY_311,
            use_title_as_name=True,
            use_schema_description=True,
            use_field_description=True,
            use_union_operator=True,
            use_standard_collections=True,
            disable_timestamp=True,
            enum_field_as_literal=LiteralType.All,
            use_double_quotes=True,
            use_closed_typed_dict=False,  # PEP 728 `closed=` needs typing_extensions at run time
            formatters=[],
            custom_file_header=(
                f'"""TypedDicts for `{op.client}.{op.call}(**params)`: {op.label}\'s request'
                " body as plain dicts.\n\n"
                "Generated by datamodel-code-generator from the resolved fragment; do not edit.\n"
                '"""'
            ),
        )


def _ruff(*args: str, cwd: Path) -> None:
    from ruff.__main__ import find_ruff_bin

    subprocess.run(
        [find_ruff_bin(), *args, "--no-cache", "--config", str(RUFF_CONFIG), "."],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def generate_package(out_dir: Path, resolved: dict[str, Any] | None = None) -> Path:
    """Generate the package into `out_dir/realtime_sessions` and return that path.

    `resolved` defaults to the project's fragment with its overlays applied.
    """
    spec = prepare_for_generators(resolved_spec() if resolved is None else resolved)
    check_class_names(spec)
    refs = Refs(spec)
    package_dir = out_dir / PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / "resolved.json"
        responses = response_side(spec)
        spec_path.write_text(json.dumps(responses, indent=1), encoding="utf-8")
        _run_openapi_python_client(responses, spec_path, package_dir, package_overview(spec))
    for name in REPLACED_BY_RUNTIME:
        (package_dir / name).unlink(missing_ok=True)
    parameters = {}
    for op in operations():
        _run_datamodel_codegen(spec, refs, op, package_dir / f"{op.params_module}.py")
        parameters[op.label] = _write_operation(spec, refs, op, package_dir)
    _write_operations_table(spec, refs, package_dir, parameters)
    _write_request_schemas(spec, refs, package_dir)
    for source in sorted(RUNTIME_DIR.rglob("*")):
        if source.is_file() and "__pycache__" not in source.parts:
            target = package_dir / source.relative_to(RUNTIME_DIR)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    _ruff("check", "--fix", "--quiet", "--exit-zero", cwd=package_dir)
    _ruff("format", "--quiet", cwd=package_dir)
    return package_dir


def regenerate(target: Path = GENERATED_DIR, reference: Path | None = None) -> Path:
    """Regenerate into `target` (normally `generated/`), replacing what was there, and the
    reference pages (docs/reference/ when `target` is generated/) from that package."""
    from .docs import REFERENCE_DIR, render_reference

    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate_package(Path(tmp))
        final = target / PACKAGE
        if final.exists():
            shutil.rmtree(final)
        target.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, final)
    if reference is None and target == GENERATED_DIR:
        reference = REFERENCE_DIR
    if reference is not None:
        render_reference(target, reference)
    return final


def _tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(old: Path, new: Path, label: str = f"generated/{PACKAGE}") -> str:
    """A unified diff of two generated trees, paths relative to `label` (`generated/...`)."""
    before, after = _tree(old) if old.is_dir() else {}, _tree(new)
    chunks: list[str] = []
    for name in sorted(before.keys() | after.keys()):
        a, b = before.get(name), after.get(name)
        if a == b:
            continue
        chunks.extend(
            difflib.unified_diff(
                (a or "").splitlines(keepends=True),
                (b or "").splitlines(keepends=True),
                fromfile=f"a/{label}/{name}" if a is not None else "/dev/null",
                tofile=f"b/{label}/{name}" if b is not None else "/dev/null",
            )
        )
    return "".join(chunks)


def check_generated(target: Path = GENERATED_DIR, reference: Path | None = None) -> int:
    """Regenerate the package and its reference pages into a temporary directory; print the
    diff and return 1 if `target` (generated/) or `reference` (docs/reference/) is stale."""
    from .docs import REFERENCE_DIR, render_reference

    reference = REFERENCE_DIR if reference is None else reference
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate_package(Path(tmp) / "package")
        render_reference(fresh.parent, Path(tmp) / "reference")
        diffs = {
            "generated/": diff_trees(target / PACKAGE, fresh),
            f"{_shown(reference)}/": diff_trees(
                reference, Path(tmp) / "reference", label=_shown(reference)
            ),
        }
    stale = [name for name, diff in diffs.items() if diff]
    if stale:
        sys.stdout.write("".join(diffs.values()))
        for name in stale:
            print(
                f"\n{name} is stale: run `nox -s regenerate` and commit the result.",
                file=sys.stderr,
            )
        return 1
    print("generated/ and its reference pages are up to date.")
    return 0


def _shown(path: Path) -> str:
    """A path as diffs name it: relative to the checkout where it is inside it."""
    try:
        return str(path.resolve().relative_to(GENERATED_DIR.parent))
    except ValueError:
        return str(path)
