"""A schema as a reader sees it: a tree of fields, each with its JSON type in words ("optional
string or \"inf\""), enum values, description, limits and the JSON pointer it lives at.

Built from the resolved fragment with the project's one `$ref` resolver; the pointers are where
each schema sits in the document, so overlay footprints can be matched to fields.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..refs import Cycle, Refs, escape_pointer

__all__ = ["LIMIT_KEYWORDS", "Field", "PythonField", "Shape", "describe_schema"]

# Constraint keywords shown as limits, in the words the page uses.
LIMIT_KEYWORDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "greater than",
    "exclusiveMaximum": "less than",
    "minLength": "at least {} characters",
    "maxLength": "at most {} characters",
    "minItems": "at least {} items",
    "maxItems": "at most {} items",
    "uniqueItems": "items unique",
    "pattern": "matches",
    "multipleOf": "multiple of",
}
# How many enum values a type label spells out before "or N more" (the rest are listed below).
LABEL_VALUES = 3


@dataclass
class Shape:
    """One schema: an object, an array, a union, an enum or a scalar."""

    schema: Mapping[str, Any]
    pointers: tuple[str, ...]  # where it sits in the document: the use, then each $ref target
    name: str | None = None  # the component schema it is, if reached through a $ref
    properties: list[Field] = field(default_factory=list)
    branches: list[Shape] = field(default_factory=list)  # oneOf / anyOf
    items: Shape | None = None
    recursive: bool = False  # a $ref back to a schema being described: not expanded again

    @property
    def title(self) -> str | None:
        title = self.schema.get("title")
        return str(title) if isinstance(title, str) else self.name

    @property
    def types(self) -> list[str]:
        kind = self.schema.get("type")
        return [str(k) for k in kind] if isinstance(kind, list) else [str(kind)] if kind else []

    @property
    def nullable(self) -> bool:
        return "null" in self.types or any(b.types == ["null"] for b in self.branches)

    @property
    def enum(self) -> list[Any]:
        if "const" in self.schema:
            return [self.schema["const"]]
        values = self.schema.get("enum")
        return [v for v in values if v is not None] if isinstance(values, list) else []

    @property
    def description(self) -> str:
        text = self.schema.get("description")
        return str(text).strip() if isinstance(text, str) else ""

    @property
    def limits(self) -> list[str]:
        found = []
        for keyword, words in LIMIT_KEYWORDS.items():
            if keyword in self.schema:
                value = self.schema[keyword]
                shown = f"`{json.dumps(value)}`"
                found.append(words.format(shown) if "{}" in words else f"{words} {shown}")
        return found

    @property
    def default(self) -> Any:
        return self.schema.get("default", ...)

    def named_label(self) -> str:
        """The label, after the schema's name where a `$ref` names it, as the API reference
        writes `RealtimeAudioFormats` or `AudioTranscription { language, model, prompt }`."""
        label = self.label()
        return f"{self.title}: {label}" if self.name and self.title else label

    def label(self) -> str:
        """The JSON type in words: `string or "alloy" or "ash" or "ballad" or 7 more`."""
        parts: list[str] = []
        if self.enum:
            shown = [json.dumps(v, ensure_ascii=False) for v in self.enum]
            more = len(shown) - LABEL_VALUES
            parts.append(
                " or ".join(shown)
                if more <= 1
                else f"{' or '.join(shown[:LABEL_VALUES])} or {more} more"
            )
        elif self.branches:
            for branch in self.branches:
                text = "null" if branch.types == ["null"] else branch.label()
                if text != "null" and text not in parts:
                    parts.append(text)
        else:
            for kind in self.types:
                if kind == "null":
                    continue
                if kind == "array":
                    parts.append(f"array of {self.items.label() if self.items else 'any'}")
                elif kind == "object" and self.properties:
                    parts.append(f"object {self.braces()}")
                else:
                    fmt = self.schema.get("format")
                    parts.append(f"{kind} ({fmt})" if isinstance(fmt, str) else kind)
            if not parts and self.properties:
                parts.append(f"object {self.braces()}")
        text = " or ".join(parts) or "any"
        return f"{text} or null" if self.nullable else text

    def braces(self) -> str:
        """`{ id, audio, expires_at, 10 more }`, as the API reference abbreviates an object."""
        names = [f.name for f in self.properties]
        shown = names if len(names) <= 4 else [*names[:3], f"{len(names) - 3} more"]
        return "{ " + ", ".join(shown) + " }"


@dataclass
class Field:
    """One property of an object schema."""

    name: str  # the JSON name
    required: bool
    shape: Shape
    python: PythonField | None = None  # how Python code reaches it (set by `python_api`)


@dataclass(frozen=True)
class PythonField:
    """Where a field is in Python: `session.audio.output.voice`, on class `SessionAudioOutput`."""

    expression: str
    holder: str | None = None  # the exported class holding it (responses); None for arguments
    annotation: str | None = None  # its declared type, as the class declares it


def _describe(
    refs: Refs, node: Any, pointer: str, chain: tuple[str, ...], name: str | None = None
) -> Shape:
    try:
        schema, followed = refs.resolve(node, chain)
    except Cycle as cycle:
        return Shape({"$ref": str(cycle)}, (pointer,), recursive=True)
    new = followed[len(chain) :]
    pointers = (pointer, *(ref[1:] for ref in new))
    if new:
        name = new[-1].rsplit("/", 1)[1]
    schema = schema if isinstance(schema, dict) else {}
    shape = Shape(schema, pointers, name)
    here = pointers[-1]  # properties and branches live in the schema a $ref points at
    required = set(schema.get("required") or ())
    for key, sub in (schema.get("properties") or {}).items():
        at = f"{here}/properties/{escape_pointer(key)}"
        shape.properties.append(Field(key, key in required, _describe(refs, sub, at, followed)))
    for keyword in ("oneOf", "anyOf"):
        for index, branch in enumerate(schema.get(keyword) or ()):
            shape.branches.append(_describe(refs, branch, f"{here}/{keyword}/{index}", followed))
    if isinstance(schema.get("items"), dict):
        shape.items = _describe(refs, schema["items"], f"{here}/items", followed)
    return shape


def describe_schema(refs: Refs, node: Any, pointer: str) -> Shape:
    """The tree of the schema `node` (often a `$ref`), found at `pointer` in `refs.document`."""
    return _describe(refs, node, pointer, ())
