"""Compare one operation of two OpenAPI documents: what a user of the generated client sees.

The operation's own parts (operationId, deprecation, parameters, request body, responses, media
types, security, servers) are compared here; body schemas are handed to `SchemaComparison` with
the direction their data flows (request: the client sends it; response: the client reads it) and
the generated names they surface as (`RealtimeSessions.create(...)`, `SessionCreateResponse`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ...specio import same_json
from ..model import Change, Direction
from ..symbols import SymbolPath, class_name, endpoint_roots
from .resolver import escape_pointer
from .schema import Place, SchemaComparison

__all__ = ["ModelNames", "compare_operation", "endpoint_change"]

# (status, media type) -> the response model's class name in the generated client, if known
ModelNames = Callable[[str, str], str | None]


def _scheme_definition(scheme: Mapping[str, Any]) -> dict[str, Any]:
    """What a security scheme means for the client: its definition without documentation."""
    return {k: v for k, v in scheme.items() if k != "description" and not k.startswith("x-")}


def _security(doc: Mapping[str, Any], operation: Mapping[str, Any]) -> set[str]:
    """Each alternative requirement as text (`ApiKeyAuth[]`): security is a list of ORs."""
    requirements = operation.get("security", doc.get("security")) or []
    return {
        " + ".join(
            f"{name}[{','.join(sorted(scopes or []))}]" for name, scopes in sorted(r.items())
        )
        for r in requirements
    }


def _servers(
    doc: Mapping[str, Any], path_item: Mapping[str, Any], operation: Mapping[str, Any]
) -> list[str]:
    servers = operation.get("servers") or path_item.get("servers") or doc.get("servers") or []
    return [str(s.get("url")) for s in servers if isinstance(s, dict)]


def _place(pointer: str, direction: Direction, symbol: SymbolPath) -> Place:
    """A place outside the schemas: the same pointer in both documents."""
    return Place(pointer, direction, symbol, (pointer, pointer))


class OperationComparison(SchemaComparison):
    def __init__(
        self,
        old_doc: Mapping[str, Any],
        new_doc: Mapping[str, Any],
        model_names: ModelNames | None = None,
    ) -> None:
        super().__init__(old_doc, new_doc)
        self.model_names = model_names

    def compare(self, path: str, method: str, roots: tuple[str, ...] | None = None) -> None:
        old_item, new_item = self.old.doc["paths"][path], self.new.doc["paths"][path]
        old_op, new_op = old_item[method], new_item[method]
        roots = roots or endpoint_roots(path, new_op, method)
        pointer = f"/paths/{escape_pointer(path)}/{method}"
        place = _place(pointer, Direction.OPERATION, SymbolPath(roots, True))
        self.compare_docs(old_op, new_op, place, skip=("deprecated",))
        if old_op.get("operationId") != new_op.get("operationId"):
            what = f"operationId {old_op.get('operationId')!r} → {new_op.get('operationId')!r}"
            self.report("operation-id-changed", place.child("operationId"), what)
        if bool(old_op.get("deprecated")) != bool(new_op.get("deprecated")):
            change = "endpoint-deprecated" if new_op.get("deprecated") else "endpoint-reactivated"
            self.report(change, place.child("deprecated"), "Operation deprecation changed")
        self._parameters(old_item, new_item, old_op, new_op, place, path)
        self._request_body(old_op, new_op, place)
        self._responses(old_op, new_op, place)
        self._security(old_op, new_op, place)
        old_servers = _servers(self.old.doc, old_item, old_op)
        new_servers = _servers(self.new.doc, new_item, new_op)
        if old_servers != new_servers:
            what = f"Servers {old_servers} → {new_servers}"
            self.report(
                "server-changed", _place("/servers", Direction.OPERATION, place.symbol), what
            )

    def _parameters(
        self,
        old_item: Mapping[str, Any],
        new_item: Mapping[str, Any],
        old_op: Mapping[str, Any],
        new_op: Mapping[str, Any],
        place: Place,
        path: str,
    ) -> None:
        def by_key(item: Mapping[str, Any], op: Mapping[str, Any], resolver: Any) -> dict[Any, Any]:
            found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
            # operation parameters override path-level ones with the same (in, name)
            for prefix, params in ((f"/paths/{escape_pointer(path)}", item), (place.pointer, op)):
                for index, raw in enumerate(params.get("parameters") or ()):
                    param, _ = resolver.resolve(raw)
                    found[(param.get("in"), param.get("name"))] = (
                        f"{prefix}/parameters/{index}",
                        param,
                    )
            return found

        was, now = by_key(old_item, old_op, self.old), by_key(new_item, new_op, self.new)
        for key in dict.fromkeys([*was, *now]):
            pointer, param = now[key] if key in now else was[key]
            where = _place(pointer, Direction.OPERATION, place.symbol.child(key[1]))
            if key not in was:
                change = (
                    "parameter-added-required"
                    if param.get("required")
                    else "parameter-added-optional"
                )
                self.report(change, where, f"Parameter {key[1]!r} ({key[0]}) added")
            elif key not in now:
                self.report("parameter-removed", where, f"Parameter {key[1]!r} ({key[0]}) removed")
            else:
                old_param = was[key][1]
                if bool(old_param.get("required")) != bool(param.get("required")):
                    change = (
                        "parameter-became-required"
                        if param.get("required")
                        else "parameter-became-optional"
                    )
                    self.report(change, where, f"Parameter {key[1]!r} required changed")
                self.compare_docs(old_param, param, where)
                schema_place = where.child("schema").flowing(Direction.REQUEST, where.symbol)
                self.compare_schema(old_param.get("schema"), param.get("schema"), schema_place)

    def _request_body(
        self, old_op: Mapping[str, Any], new_op: Mapping[str, Any], place: Place
    ) -> None:
        was, old_chain = self.old.resolve(old_op.get("requestBody"))
        now, new_chain = self.new.resolve(new_op.get("requestBody"))
        where = self.located(place.child("requestBody"), ((), ()), (old_chain, new_chain))
        if was is None and now is None:
            return
        if was is None or now is None:
            if now is None:
                self.report("request-body-removed", where, "Request body removed")
            elif now.get("required"):
                self.report("request-body-added", where, "Required request body added")
            else:
                self.report("request-body-became-optional", where, "Optional request body added")
            return
        if bool(was.get("required")) != bool(now.get("required")):
            change = (
                "request-body-became-required"
                if now.get("required")
                else "request-body-became-optional"
            )
            self.report(change, where.child("required"), "Request body required changed")
        self.compare_docs(was, now, where)
        body = SymbolPath(place.symbol.roots, call=True)
        self._content(was, now, where, "request", lambda _schema, _media: body, Direction.REQUEST)

    def _responses(
        self, old_op: Mapping[str, Any], new_op: Mapping[str, Any], place: Place
    ) -> None:
        was = {str(k): v for k, v in (old_op.get("responses") or {}).items()}
        now = {str(k): v for k, v in (new_op.get("responses") or {}).items()}
        fallback = class_name(str(new_op.get("operationId") or "Operation"))
        for status in dict.fromkeys([*was, *now]):
            where = place.child("responses", status)
            outcome = "success" if status.startswith("2") else "error"
            if status not in was or status not in now:
                verb = "added" if status not in was else "removed"
                self.report(f"{outcome}-status-{verb}", where, f"Response status {status} {verb}")
                continue
            old_response, old_chain = self.old.resolve(was[status])
            new_response, new_chain = self.new.resolve(now[status])
            where = self.located(where, ((), ()), (old_chain, new_chain))
            self.compare_docs(old_response, new_response, where)

            def model(schema: Any, media_type: str, status: str = status) -> SymbolPath:
                return SymbolPath((self._model_name(schema, status, media_type, fallback),), False)

            self._content(old_response, new_response, where, "response", model, Direction.RESPONSE)

    def _model_name(self, schema: Any, status: str, media_type: str, fallback: str) -> str:
        """The generated class for a response body: the project's name where it knows this
        response, else the schema's title, else its component name."""
        known = self.model_names(status, media_type) if self.model_names else None
        if known:
            return known
        resolved, _ = self.new.resolve(schema)
        title = resolved.get("title") if isinstance(resolved, dict) else None
        if isinstance(title, str) and title:
            return class_name(title)
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            return class_name(schema["$ref"].rsplit("/", 1)[1])
        return f"{fallback}Response{status}"

    def _content(
        self,
        was: Mapping[str, Any],
        now: Mapping[str, Any],
        where: Place,
        side: str,
        symbol_for: Any,
        direction: Direction,
    ) -> None:
        old_content, new_content = was.get("content") or {}, now.get("content") or {}
        for media_type in dict.fromkeys([*old_content, *new_content]):
            media = where.child("content", media_type)
            if media_type not in old_content or media_type not in new_content:
                verb = "added" if media_type not in old_content else "removed"
                self.report(f"{side}-media-type-{verb}", media, f"Media type {media_type} {verb}")
                continue
            old_media, new_media = old_content[media_type], new_content[media_type]
            self.compare_docs(old_media, new_media, media)
            new_schema = new_media.get("schema")
            schema_place = media.child("schema").flowing(
                direction, symbol_for(new_schema, media_type)
            )
            self.compare_schema(old_media.get("schema"), new_schema, schema_place)

    def _security(self, old_op: Mapping[str, Any], new_op: Mapping[str, Any], place: Place) -> None:
        was, now = _security(self.old.doc, old_op), _security(self.new.doc, new_op)
        pointer = place.child("security").pointer if "security" in new_op else "/security"
        where = _place(pointer, Direction.OPERATION, place.symbol)
        for requirement in sorted(now - was):
            self.report("security-added", where, f"Security requirement {requirement} added")
        for requirement in sorted(was - now):
            self.report("security-removed", where, f"Security requirement {requirement} removed")
        old_schemes = (self.old.doc.get("components") or {}).get("securitySchemes") or {}
        new_schemes = (self.new.doc.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(old_schemes.keys() & new_schemes.keys()):
            old_scheme, _ = self.old.resolve(old_schemes[name])
            new_scheme, _ = self.new.resolve(new_schemes[name])
            scheme_place = _place(
                f"/components/securitySchemes/{escape_pointer(name)}",
                Direction.OPERATION,
                place.symbol,
            )
            self.compare_docs(old_scheme, new_scheme, scheme_place)
            if not same_json(_scheme_definition(old_scheme), _scheme_definition(new_scheme)):
                self.report(
                    "security-scheme-changed", scheme_place, f"Security scheme {name!r} changed"
                )


def compare_operation(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    path: str,
    method: str,
    model_names: ModelNames | None = None,
    roots: tuple[str, ...] | None = None,
) -> list[Change]:
    """Every change to `method path` between two documents, in document order.
    `model_names` names response models as the generated client does (see `load`); `roots` are
    where users call the operation (`RealtimeSessions.create`), else derived from the path."""
    comparison = OperationComparison(old_doc, new_doc, model_names)
    comparison.compare(path, method, roots)
    return comparison.changes


def endpoint_change(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    path: str,
    method: str,
    roots: tuple[str, ...] | None = None,
) -> Change:
    """The change for an operation only one document has: added, or removed."""
    added = method in (new_doc.get("paths") or {}).get(path, {})
    doc = new_doc if added else old_doc
    comparison = OperationComparison(old_doc, new_doc)
    pointer = f"/paths/{escape_pointer(path)}/{method}"
    symbol = SymbolPath(roots or endpoint_roots(path, doc["paths"][path][method], method), True)
    where = Place(pointer, Direction.OPERATION, symbol, (pointer, pointer))
    verb = "added" if added else "removed"
    comparison.report(f"endpoint-{verb}", where, f"Operation {method.upper()} {path} {verb}")
    return comparison.changes[0]
