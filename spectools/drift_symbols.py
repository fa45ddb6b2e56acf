"""Generated-client names for places in the spec, as the drift report shows them.

A request property reads as a keyword argument of the endpoint methods,
`RealtimeSessions.create(turn_detection=…).threshold`; a response property as an attribute path
of the response model, `SessionCreateResponse.audio.output.voice`. Names follow
the generated models (snake_case JSON names, `_` only after Python keywords, so JSON
`from` would be attribute `from_`), re-implemented here so the report needs no generator installed.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["ITEMS", "VALUES", "SymbolPath", "class_name", "endpoint_roots", "python_identifier"]

_DELIMITERS = r"\. _-"
# The generated attribute is the JSON name itself unless Python forbids it (the model template's
# `attr` macro in templates/openapi-python-client/property_templates/macros.py.jinja); only
# keywords keep openapi-python-client's trailing underscore.
_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
ITEMS = "[]"  # a segment standing for "each element of the array"
VALUES = "[…]"  # "each value of the map" (additionalProperties)


def _words(value: str) -> list[str]:
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def _unreserved(value: str) -> str:
    return f"{value}_" if value in _RESERVED else value


def python_identifier(json_name: str) -> str:
    """The attribute / keyword-argument name openapi-python-client gives a JSON property."""
    name = _unreserved("_".join(_words(json_name)).lower())
    return name if name.isidentifier() else f"field_{name}"


def class_name(title: str) -> str:
    """The class name openapi-python-client derives from a schema title or component name."""
    return _unreserved("".join(w if w.isupper() else w.capitalize() for w in _words(title)))


def endpoint_roots(path: str, operation: dict[str, Any], method: str) -> tuple[str, ...]:
    """`RealtimeSessions.create`, `AsyncRealtimeSessions.create`: resource class from the path,
    method from the operationId's verb (`create-realtime-session` -> `create`)."""
    resource = class_name(" ".join(p for p in path.split("/") if p and not p.startswith("{")))
    words = _words(str(operation.get("operationId") or method))
    verb = words[0].lower() if words else method
    return (f"{resource}.{verb}", f"Async{resource}.{verb}")


@dataclass(frozen=True)
class SymbolPath:
    """Where a schema node surfaces in generated code: roots plus property segments.

    `call` roots are methods whose first segment is a keyword argument; nested request fields are
    TypedDict keys, so they keep their JSON names. Response segments are attributes.
    """

    roots: tuple[str, ...]
    call: bool
    segments: tuple[str, ...] = ()

    def child(self, segment: str) -> SymbolPath:
        return SymbolPath(self.roots, self.call, (*self.segments, segment))

    def render(self) -> tuple[str, ...]:
        return tuple(self._render_one(root) for root in self.roots)

    def _render_one(self, root: str) -> str:
        text, rest = root, self.segments
        if self.call and rest and rest[0] not in (ITEMS, VALUES):
            text, rest = f"{root}({python_identifier(rest[0])}=…)", rest[1:]
        for segment in rest:
            if segment in (ITEMS, VALUES):
                text += segment
            elif self.call:
                text += f".{segment}"
            else:
                text += f".{python_identifier(segment)}"
        return text
