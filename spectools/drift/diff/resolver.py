"""Following `$ref`s in one document, and the canonical form two schemas are compared in."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ...specio import SpecError
from ...sync import iter_refs
from ..checker import DOC_KINDS

__all__ = [
    "Cycle",
    "Resolver",
    "canonical_json",
    "check_ref_cycles",
    "escape_pointer",
    "is_doc_key",
    "ref_pointer",
]

_SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions"}
_SCHEMA_LISTS = {"oneOf", "anyOf", "allOf", "prefixItems"}


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def ref_pointer(ref: str) -> str:
    """`#/components/schemas/X` -> `/components/schemas/X`: where a local `$ref` points."""
    return ref[1:]


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def is_doc_key(key: str) -> bool:
    return key in DOC_KINDS or key.startswith("x-")


class Cycle(Exception):
    """A `$ref` leads back to a schema already being compared on this path (recursion)."""


def check_ref_cycles(doc: Mapping[str, Any]) -> None:
    """Refuse a document where `$ref`s only point at each other (A → B → A): such a schema
    stands for nothing, and comparing it would silently find no change. Recursion through
    properties (a tree type) is fine and is compared once."""
    resolver = Resolver(doc)
    for ref in dict.fromkeys(iter_refs(doc)):
        seen: list[str] = []
        while ref not in seen:
            seen.append(ref)
            node = resolver.lookup(ref)
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            ref = node["$ref"]
        else:
            loop = " → ".join([*seen[seen.index(ref) :], ref])
            raise SpecError(f"$ref cycle that never reaches a schema: {loop}")


class Resolver:
    """Follows local `$ref`s in one document; siblings of `$ref` override the target (3.1)."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise SpecError(f"unsupported $ref {ref!r}: only local references are compared")
        node: Any = self.doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            try:
                node = node[int(token) if isinstance(node, list) else token]
            except (KeyError, TypeError, ValueError, IndexError):
                raise SpecError(f"dangling $ref {ref!r}") from None
        return node

    def resolve(self, node: Any, chain: tuple[str, ...] = ()) -> tuple[Any, tuple[str, ...]]:
        """The node a (chain of) `$ref` stands for, and the refs followed to get there."""
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in chain:
                raise Cycle(ref)
            target = self.lookup(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
            chain = (*chain, ref)
        return node, chain

    def canonical(self, node: Any, chain: tuple[str, ...] = ()) -> Any:
        """The structure a schema means: refs inlined, documentation dropped, sets sorted."""
        try:
            node, chain = self.resolve(node, chain)
        except Cycle as cycle:
            return {"$cycle": str(cycle)}
        if not isinstance(node, dict):
            return node
        result: dict[str, Any] = {}
        for key, value in node.items():
            if is_doc_key(key):
                continue
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                result[key] = {k: self.canonical(v, chain) for k, v in value.items()}
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                result[key] = [self.canonical(v, chain) for v in value]
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                result[key] = self.canonical(value, chain)
            elif key in ("required", "type") and isinstance(value, list):
                result[key] = sorted(map(str, value))
            else:
                result[key] = value
        return result
