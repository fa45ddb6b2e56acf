"""The canonical form two schemas are compared in, over the project's one `$ref` resolver
(`spectools.refs`), and `$ref` cycles."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ...refs import Cycle, Refs, escape_pointer, iter_refs
from ...specio import SpecError
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


def ref_pointer(ref: str) -> str:
    """`#/components/schemas/X` -> `/components/schemas/X`: where a local `$ref` points."""
    return ref[1:]


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def is_doc_key(key: str) -> bool:
    return key in DOC_KINDS or key.startswith("x-")


def check_ref_cycles(doc: Mapping[str, Any]) -> None:
    """Refuse a document where `$ref`s only point at each other (A → B → A): such a schema
    stands for nothing, and comparing it would silently find no change. Recursion through
    properties (a tree type) is fine and is compared once."""
    resolver = Refs(doc)
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


class Resolver(Refs):
    """`Refs`, plus the canonical form of a schema: what the drift gate compares."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        super().__init__(doc)
        self.doc = doc

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
