"""The request schemas' yes/no tests as Python source: the generated `api/realtime/request_fits.py`.

`fits_<operation>(value)` is true when `value` is already plain JSON, exactly what the runtime's
`to_json` would return unchanged (dicts with string keys, lists, str, int, bool, None, finite
floats, each of exactly those classes, not too deep), *and* the runtime's `check` accepts it
against the operation's request schema. `check_request` sends such a body as it is, after one
walk of it; anything else takes the slow way (`to_json`'s copy, then `check`, which names the
field), so a false "no" costs time, never a different answer. tests/test_validation_compiled.py
holds these functions to `check` and `is_plain` on thousands of bodies.

One function per shared component schema (`_fits_audio_pcm`) and per object, array or union
node; scalar leaves are inlined as expressions where their parent tests them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .generate import SharedSchema
from .specio import SpecError

__all__ = ["fits_function", "module_source"]

# Must match `MAX_DEPTH` in templates/runtime/_validation.py (tests/test_validation_compiled.py).
MAX_DEPTH = 100
_ALL_KINDS = ("object", "array", "string", "integer", "number", "boolean", "null")
_SCALARS = ("string", "integer", "number", "boolean", "null")
_NUMBER_RULES = (
    ("minimum", ">="),
    ("maximum", "<="),
    ("exclusiveMinimum", ">"),
    ("exclusiveMaximum", "<"),
)
_UNION_KEYWORDS = ("anyOf", "oneOf", "allOf")
# The keywords that apply to values of one JSON type only (`check` tests them by the value's class).
_TYPED_KEYWORDS = frozenset(
    {
        "properties",
        "required",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "format",
    }
)


def fits_function(operation_module: str) -> str:
    """The generated test's name for an operation (`fits_create_realtime_session`)."""
    return f"fits_{operation_module}"


def _kinds(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


class _Writer:
    def __init__(self, definitions: Mapping[str, Any]) -> None:
        self.definitions = definitions
        self.functions: list[str] = []
        self.constants: list[str] = []
        self.formats: set[str] = set()
        self.patterns: dict[str, str] = {}  # a `pattern` -> the constant holding its search
        self.named: dict[str, str] = {}  # a shared component's constant -> its function
        self.anonymous: dict[str, str] = {}  # repr of an inline node -> its function
        self.free_depth = 0  # set by module_source: the deepest level any schema node sits at

    # -- schema nodes ---------------------------------------------------------------------------

    def resolved(self, node: Any) -> Any:
        """A `SharedSchema` as the dict it stands for (`{**CONSTANT, **extra}`)."""
        if not isinstance(node, SharedSchema):
            return node
        target = self.resolved(self.definitions[node.constant])
        return {**target, **node.extra} if node.extra else target

    def depth(self, node: Any) -> int:
        """How many levels of nested values a schema node describes below itself."""
        node = self.resolved(node)
        if not isinstance(node, dict):
            return 0
        levels = [1 + self.depth(sub) for sub in node.get("properties", {}).values()]
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict | SharedSchema):
                levels.append(1 + self.depth(node[key]))
        levels += [self.depth(branch) for key in _UNION_KEYWORDS for branch in node.get(key, ())]
        return max(levels, default=0)

    def expression(self, node: Any, var: str) -> str:
        """A boolean expression: `var` fits `node` and is plain JSON."""
        if isinstance(node, SharedSchema) and not node.extra:
            return f"{self.shared(node.constant)}({var})"
        node = self.resolved(node)
        kinds = _kinds(node)
        if (
            kinds
            and all(k in _SCALARS for k in kinds)
            and not any(k in node for k in _UNION_KEYWORDS)
        ):
            return self.leaf(node, kinds, var)
        return f"{self.function(node)}({var})"

    def shared(self, constant: str) -> str:
        target = self.definitions[constant]
        if isinstance(target, SharedSchema) and not target.extra:  # an alias: one function
            return self.shared(target.constant)
        if constant not in self.named:
            self.named[constant] = name = f"_fits_{constant.lower()}"
            self.write(name, self.resolved(target))
        return self.named[constant]

    def function(self, node: dict[str, Any]) -> str:
        key = repr(node)
        if key not in self.anonymous:
            self.anonymous[key] = name = f"_fits_{len(self.anonymous) + 1}"
            self.write(name, node)
        return self.anonymous[key]

    # -- expressions ----------------------------------------------------------------------------

    def leaf(self, node: Mapping[str, Any], kinds: list[str], var: str) -> str:
        clauses = [self.scalar(node, kind, var) for kind in self.scalar_kinds(kinds)]
        terms = [_any(clauses), *self.common(node, kinds, var)]
        return " and ".join(_grouped(t) for t in terms)

    @staticmethod
    def scalar_kinds(kinds: list[str]) -> list[str]:
        found = [k for k in _ALL_KINDS if k in kinds and k in _SCALARS]
        return [k for k in found if not (k == "integer" and "number" in found)]

    def scalar(self, node: Mapping[str, Any], kind: str, var: str) -> str:
        """`var` is of the JSON type `kind` (a plain value of it) and keeps its type's rules."""
        if kind == "null":
            return f"{var} is None"
        if kind == "boolean":
            return f"{var}.__class__ is bool"
        if kind == "string":
            parts = [f"{var}.__class__ is str", *self.sizes(node, "Length", var)]
            pattern = node.get("pattern")
            if pattern is not None:
                if pattern not in self.patterns:
                    self.patterns[pattern] = f"_PATTERN_{len(self.patterns) + 1}"
                    self.constants.append(f"{self.patterns[pattern]} = pattern_search({pattern!r})")
                parts.append(f"{self.patterns[pattern]}({var}) is not None")
            return " and ".join(parts)
        if kind == "integer":
            test = f"{var}.__class__ is int"
        else:  # number; `v - v == 0.0` is false for NaN and ±inf, which JSON cannot carry
            test = f"({var}.__class__ is int or {var}.__class__ is float and {var} - {var} == 0.0)"
        rules = [
            f"{var} {op} {node[key]!r}" for key, op in _NUMBER_RULES if node.get(key) is not None
        ]
        return " and ".join([test, *rules])

    @staticmethod
    def sizes(node: Mapping[str, Any], key: str, var: str) -> list[str]:
        low, high = node.get(f"min{key}"), node.get(f"max{key}")
        return [
            f"len({var}) {op} {bound!r}"
            for op, bound in ((">=", low), ("<=", high))
            if bound is not None
        ]

    def common(self, node: Mapping[str, Any], kinds: list[str], var: str) -> list[str]:
        """The rules on any value: `const`, `enum`, `format` (which names its JSON type)."""
        terms = []
        if "const" in node:
            terms.append(f"{var} == {node['const']!r}")
        if "enum" in node:
            allowed = node["enum"]
            if kinds == ["string"] and allowed and all(isinstance(v, str) for v in allowed):
                terms.append(f"{var} in {{{', '.join(repr(v) for v in allowed)}}}")  # a frozenset
            else:  # `in` a tuple compares with ==, as `in` the schema's list does
                terms.append(f"{var} in {tuple(allowed)!r}")
        if "format" in node:
            name = re.sub(r"\W", "_", node["format"])
            if name not in self.formats:
                self.formats.add(name)
                self.constants.append(
                    f"_FORMAT_KIND_{name}, _FORMAT_TEST_{name}, _ = FORMATS[{node['format']!r}]"
                )
            terms.append(
                f"{var}.__class__ is not _FORMAT_KIND_{name} or _FORMAT_TEST_{name}({var})"
            )
        return terms

    # -- functions ------------------------------------------------------------------------------

    def write(self, name: str, node: dict[str, Any], doc: str = "") -> None:
        kinds = _kinds(node) or list(_ALL_KINDS)
        lines = [f"def {name}(value: Any) -> bool:", *([f'    """{doc}"""'] if doc else [])]
        if (
            not _kinds(node)
            and not _TYPED_KEYWORDS & node.keys()
            and (node.get("anyOf") or node.get("oneOf") or node.get("allOf"))
        ):  # any JSON type, no rules of its own: the subschemas (plain JSON each) decide
            kinds = []
        keyword = "if"
        if "object" in kinds:
            lines += [f"    {keyword} value.__class__ is dict:", *self.object_block(node)]
            keyword = "elif"
        if "array" in kinds:
            lines += [f"    {keyword} value.__class__ is list:", *self.array_block(node)]
            keyword = "elif"
        clauses = [self.scalar(node, kind, "value") for kind in self.scalar_kinds(kinds)]
        if clauses:
            lines += [f"    {keyword} not {_grouped(_any(clauses))}:", "        return False"]
        elif keyword == "elif":
            lines += ["    else:", "        return False"]
        elif kinds:
            lines += ["    return False"]
        terms = self.common(node, _kinds(node), "value")
        if terms:
            lines += [
                f"    if not ({' and '.join(_grouped(t) for t in terms)}):",
                "        return False",
            ]
        for sub in node.get("allOf", ()):
            lines += [
                f"    if not {_grouped(self.expression(sub, 'value'))}:",
                "        return False",
            ]
        branches = node.get("anyOf") or node.get("oneOf")
        if branches:
            tests = (_grouped(self.expression(branch, "value")) for branch in branches)
            lines.append(f"    return {' or '.join(tests)}")
        else:
            lines.append("    return True")
        self.functions.append("\n".join(lines))

    def object_block(self, node: dict[str, Any]) -> list[str]:
        """The object rules, as `check` applies them: only where the node lists properties or
        says `object`; any other dict need only be plain JSON."""
        if "properties" not in node and "object" not in _kinds(node):
            return [
                f"        if not is_plain(value, {self.free_depth}):",
                "            return False",
            ]
        properties: dict[str, Any] = node.get("properties", {})
        required = list(node.get("required", ()))
        extra = node.get("additionalProperties", "properties" not in node)
        if not properties and extra is True:  # free-form (`metadata`): plain JSON, any keys
            lines = [
                f"        if not is_plain(value, {self.free_depth}):",
                "            return False",
            ]
            lines += [
                f"        if {name!r} not in value:\n            return False" for name in required
            ]
            return lines
        lines = [
            "        for key in value:",
            "            if key.__class__ is not str:",
            "                return False",
        ]
        if properties:
            lines.append("        found = 0")
        # Tags (a `const` or `enum`) first: the wrong branch of a union fails on its first test.
        ordered = sorted(properties.items(), key=lambda p: not _is_tag(self.resolved(p[1])))
        for prop, sub in ordered:
            lines += [
                f"        element = value.get({prop!r}, _ABSENT)",
                "        if element is not _ABSENT:",
                f"            if not {_grouped(self.expression(sub, 'element'))}:",
                "                return False",
                "            found += 1",
            ]
            if prop in required:
                lines += ["        else:", "            return False"]
        for name in required:
            if name not in properties:
                lines += [f"        if {name!r} not in value:", "            return False"]
        known = f"{{{', '.join(repr(p) for p in properties)}}}" if properties else "()"
        unknown = "found != len(value)" if properties else "value"
        if extra is False:
            lines += [f"        if {unknown}:", "            return False"]
        else:
            test = (
                f"is_plain(element, {self.free_depth})"
                if extra is True
                else self.expression(extra, "element")
            )
            lines += [
                f"        if {unknown}:",
                "            for key, element in value.items():",
                f"                if key not in {known} and not {_grouped(test)}:",
                "                    return False",
            ]
        return lines

    def array_block(self, node: dict[str, Any]) -> list[str]:
        sizes = self.sizes(node, "Items", "value")
        lines = (
            [f"        if not ({' and '.join(sizes)}):", "            return False"]
            if sizes
            else []
        )
        if "items" in node:
            lines += [
                "        for element in value:",
                f"            if not {_grouped(self.expression(node['items'], 'element'))}:",
                "                return False",
            ]
        else:
            lines += [
                f"        if not is_plain(value, {self.free_depth}):",
                "            return False",
            ]
        return lines


def _is_tag(node: Any) -> bool:
    return isinstance(node, dict) and ("const" in node or "enum" in node)


def _grouped(expression: str) -> str:
    """`expression` in parentheses unless it is one term already."""
    if " " not in expression:
        return expression
    if expression.startswith("("):
        depth = 0
        for index, char in enumerate(expression):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0:
                if index == len(expression) - 1:
                    return expression
                break
    return f"({expression})"


def _any(clauses: list[str]) -> str:
    return " or ".join(_grouped(c) for c in clauses) if len(clauses) > 1 else clauses[0]


def module_source(definitions: Mapping[str, Any], roots: Mapping[str, tuple[str, Any]]) -> str:
    """The module: `roots` maps each operation's function name to (its label, its request schema
    in `request_schemas`' shared form); `definitions` are the shared component schemas."""
    writer = _Writer(definitions)
    writer.free_depth = max((writer.depth(schema) for _, schema in roots.values()), default=0)
    if writer.free_depth >= MAX_DEPTH // 2:
        raise SpecError(
            f"the request schemas nest {writer.free_depth} levels deep: too deep to check"
        )
    for function, (label, schema) in roots.items():
        doc = f"Whether `value` is plain JSON that {label}'s request schema accepts."
        resolved = writer.resolved(schema)
        if not isinstance(resolved, dict):
            raise SpecError(f"{label}: the request schema is not an object schema")
        writer.write(function, resolved, doc)
    body = "\n\n\n".join(writer.functions)
    constants = "\n".join(["_ABSENT = object()", *writer.constants])
    return (
        '"""Yes/no tests of the request bodies, one walk each: plain JSON (what `to_json` sends\n'
        "unchanged) that the request schema accepts. `check_request` runs them first; a body they\n"
        "refuse goes through `to_json` and `check`, which name the field.\n\n"
        "Generated from the resolved fragment by `nox -s regenerate` (spectools/fits_source.py);\n"
        'do not edit.\n"""\n\n'
        "from typing import Any\n\n"
        "from ..._validation import FORMATS, is_plain, pattern_search\n\n"
        f"__all__ = {sorted(roots)!r}\n\n"
        f"{constants}\n\n\n{body}\n"
    )
