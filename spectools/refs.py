"""`$ref`s in an OpenAPI document: the one resolver sync, generate, the mock, the drift gate and
the tests share.

Lookups go through `referencing` (the library jsonschema and jsonschema-rs users build on), with
the whole document as one Draft 2020-12 resource (the dialect of OpenAPI 3.1), so a pointer means
the same here as in the mock's validator. Only local references (`#/...`) are followed; anything
else, or a pointer to nowhere, is a `SpecError` naming the reference.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from referencing import Registry
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from .specio import SpecError

__all__ = [
    "DATA_KEYWORDS",
    "SPEC_URI",
    "Cycle",
    "Refs",
    "escape_pointer",
    "iter_refs",
    "json_pointer",
    "schema_name",
]

SPEC_URI = "urn:spectools:spec"
# Keys whose values are data, not schemas: never searched for `$ref`s to inline.
DATA_KEYWORDS = frozenset({"example", "examples", "x-oaiMeta", "default", "enum", "const"})


class Cycle(Exception):
    """A `$ref` leads back to a schema already being followed on this path (recursion)."""


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def json_pointer(*steps: str) -> str:
    """A JSON Pointer (RFC 6901) from its steps: `/` and `~` in a step are escaped."""
    return "".join("/" + escape_pointer(step) for step in steps)


def schema_name(ref: str) -> str:
    """`#/components/schemas/X` -> `X`."""
    return ref.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")


def iter_refs(node: Any) -> Iterator[str]:
    """Every `$ref` string below `node`, depth first, in document order."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


class Refs:
    """Follows the local `$ref`s of one document; siblings of a `$ref` override its target (3.1)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, DRAFT202012.create_resource(document)
        )
        self._resolver = self.registry.resolver(SPEC_URI)
        self._found: dict[str, Any] = {}

    def lookup(self, ref: str) -> Any:
        """The node `ref` (`#/components/schemas/X`) points at."""
        found = self._found.get(ref, self)
        if found is self:
            if not ref.startswith("#/") and ref != "#":
                raise SpecError(f"unsupported $ref {ref!r}: only local references (#/...)")
            try:
                found = self._resolver.lookup(ref).contents
            except Unresolvable:
                raise SpecError(f"dangling $ref {ref!r}: no such node") from None
            self._found[ref] = found
        return found

    def resolve(self, node: Any, chain: tuple[str, ...] = ()) -> tuple[Any, tuple[str, ...]]:
        """The node a (chain of) `$ref` stands for, and the refs followed to get there.
        Raises `Cycle` when a ref in `chain` comes round again."""
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in chain:
                raise Cycle(ref)
            target = self.lookup(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
            chain = (*chain, ref)
        return node, chain

    def inline(self, node: Any, chain: tuple[str, ...] = ()) -> Any:
        """`node` with every `$ref` replaced by what it stands for (data keywords left alone).
        A recursive schema cannot be inlined: SpecError naming the ref."""
        try:
            node, chain = self.resolve(node, chain)
        except Cycle as cycle:
            raise SpecError(f"recursive schema at {cycle}: it cannot be inlined") from None
        if isinstance(node, list):
            return [self.inline(item, chain) for item in node]
        if not isinstance(node, dict):
            return node
        return {
            key: value if key in DATA_KEYWORDS else self.inline(value, chain)
            for key, value in node.items()
        }

    def closure(self, node: Any) -> dict[str, dict[str, Any]]:
        """Every component `node` references, directly or through others: {kind: {name: node}}."""
        components: dict[str, dict[str, Any]] = {}
        pending = list(iter_refs(node))
        while pending:
            ref = pending.pop(0)
            parts = ref.split("/")
            if len(parts) != 4 or parts[:2] != ["#", "components"]:
                raise SpecError(f"unsupported $ref {ref!r}: expected #/components/<kind>/<name>")
            kind, name = parts[2], schema_name(ref)
            bucket = components.setdefault(kind, {})
            if name in bucket:
                continue
            bucket[name] = target = self.lookup(ref)
            pending.extend(iter_refs(target))
        return components
