"""Generated-client names for places in the spec, as the drift report shows them.

A request property reads as a keyword argument of the endpoint methods,
`RealtimeSessions.create(turn_detection=…).threshold`; a response property as an attribute path
of the response model, `SessionCreateResponse.audio.output.voice`. Names come from
`naming`, the rule the model templates use too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..naming import class_name, python_identifier, words

__all__ = ["ITEMS", "VALUES", "SymbolPath", "class_name", "endpoint_roots", "python_identifier"]

ITEMS = "[]"  # a segment standing for "each element of the array"
VALUES = "[…]"  # "each value of the map" (additionalProperties)


def endpoint_roots(path: str, operation: dict[str, Any], method: str) -> tuple[str, ...]:
    """`RealtimeSessions.create`, `AsyncRealtimeSessions.create`: resource class from the path,
    method from the operationId's verb (`create-realtime-session` -> `create`)."""
    resource = class_name(" ".join(p for p in path.split("/") if p and not p.startswith("{")))
    verb = next(iter(words(str(operation.get("operationId") or ""))), method).lower()
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
