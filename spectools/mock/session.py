"""The body the mock returns for a valid request: the request reflected into the response.

How each operation's request shows up in its response is data, the `mock` block of its entry in
`openapi/operations.yaml` (a `Recipe`): values made fresh per answer (`sess_…` ids, `ek_…` keys,
expiry times), fixed values, and rows mapping a request field to a response field (the API renamed
and nested most of them in 2025-08), optionally per variant of the request (a client secret's
session `type`). The few conversions a row may name are the functions in `CONVERTERS`.
`check_reflections` refuses to start when an overlay or an upstream sync removed either end of a
row, so the tables cannot rot silently.
"""

from __future__ import annotations

import dataclasses
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..specio import SpecError

if TYPE_CHECKING:
    from .spec import MockOperation

__all__ = [
    "CONVERTERS",
    "Fresh",
    "Recipe",
    "Reflection",
    "Variant",
    "build_body",
    "check_reflections",
]

OMIT: Any = object()  # a reflection that leaves the response field out

# Request-side audio format names (and the response-side ones) -> response format objects.
_AUDIO_FORMATS: dict[str, dict[str, Any]] = {
    "pcm16": {"type": "audio/pcm", "rate": 24000},
    "audio/pcm": {"type": "audio/pcm", "rate": 24000},
    "g711_ulaw": {"type": "audio/pcmu"},
    "audio/pcmu": {"type": "audio/pcmu"},
    "g711_alaw": {"type": "audio/pcma"},
    "audio/pcma": {"type": "audio/pcma"},
}


def _json_copy(value: Any) -> Any:
    """A copy of a JSON value (dicts, lists, scalars): what `copy.deepcopy` makes, without its
    memo and dispatch, which cost more than the mock's whole answer."""
    if isinstance(value, dict):
        return {key: _json_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_copy(item) for item in value]
    return value  # str, int, float, bool, None: immutable


def _audio_format(name: Any) -> Any:
    # The request schema allows any string; unknown names fall back to 24 kHz PCM.
    return _json_copy(_AUDIO_FORMATS.get(name, _AUDIO_FORMATS["pcm16"]))


def _voice_id(voice: Any) -> Any:
    return voice["id"] if isinstance(voice, dict) else voice  # custom voices are {"id": ...}


def _omit_null(value: Any) -> Any:
    return OMIT if value is None else value  # the response field is not nullable


def _same(value: Any) -> Any:
    return value  # the request was parsed for this answer alone: no copy needed


# The conversions a row of operations.yaml may name (`convert:`); `same` when it names none.
# `fit` keeps the keys the response schema declares there (see `Recipe.fitted`); `fit_or_omit`
# also leaves out a null (the response field is not nullable).
CONVERTERS: Mapping[str, Callable[[Any], Any]] = {
    "same": _same,
    "fit": _same,
    "fit_or_omit": _omit_null,
    "audio_format": _audio_format,
    "voice_id": _voice_id,
    "omit_null": _omit_null,
}


def _path(dotted: str) -> tuple[str, ...]:
    return tuple(dotted.split("."))


@dataclass(frozen=True)
class Reflection:
    """One request field and where (and how) the response reports it."""

    request_field: tuple[str, ...]
    response_path: tuple[str, ...]
    default: Any  # converted like a request value when the field is absent; OMIT: leave it out
    convert: Callable[[Any], Any] = _same
    fit: bool = False  # keep only the keys the response declares (`keep`, set at start-up)
    keep: frozenset[str] | None = None

    def value_for(self, found: Any) -> Any:
        value = self.convert(found)
        if self.keep is not None and isinstance(value, dict):
            return {key: item for key, item in value.items() if key in self.keep}
        return value


@dataclass(frozen=True)
class Fresh:
    """A value made for each answer: a random token, or a time from now (or from the request)."""

    path: tuple[str, ...]
    token: str | None = None  # prefix of a random hex token: `ek_` -> `ek_3f…`
    token_bytes: int = 16
    seconds_from_now: int | None = None
    seconds_from_request: tuple[str, ...] | None = None  # a request field that overrides it

    def make(self, request: Any, now: int) -> Any:
        if self.token is not None:
            return f"{self.token}{secrets.token_hex(self.token_bytes)}"
        seconds = _get(request, self.seconds_from_request) if self.seconds_from_request else OMIT
        return now + (seconds if isinstance(seconds, int) else self.seconds_from_now or 0)


@dataclass(frozen=True)
class Variant:
    fixed: tuple[tuple[tuple[str, ...], Any], ...] = ()
    reflect: tuple[Reflection, ...] = ()


@dataclass(frozen=True)
class Recipe:
    """How the mock builds one operation's 200 body from a valid request."""

    fresh: tuple[Fresh, ...] = ()
    fixed: tuple[tuple[tuple[str, ...], Any], ...] = ()
    reflect: tuple[Reflection, ...] = ()
    variant: tuple[str, ...] | None = None  # the request field whose value picks a variant
    variants: Mapping[str, Variant] | None = None
    default_variant: str | None = None  # when the request leaves the field out
    unknown_enum: tuple[str, ...] | None = None  # where the `unknown-enum` fault writes

    @property
    def reflections(self) -> tuple[Reflection, ...]:
        """Every row, of every variant."""
        rows = list(self.reflect)
        for variant in (self.variants or {}).values():
            rows += variant.reflect
        return tuple(rows)

    @classmethod
    def from_config(cls, config: Mapping[str, Any], origin: str) -> Recipe:
        """The recipe from an operation's `mock` block; SpecError naming a bad entry."""
        try:
            variants = {
                str(name): Variant(_fixed(spec.get("fixed")), _rows(spec.get("reflect"), origin))
                for name, spec in (config.get("variants") or {}).items()
            }
            return cls(
                fresh=tuple(
                    _fresh(path, spec) for path, spec in (config.get("fresh") or {}).items()
                ),
                fixed=_fixed(config.get("fixed")),
                reflect=_rows(config.get("reflect"), origin),
                variant=_path(config["variant"]) if config.get("variant") else None,
                variants=variants or None,
                default_variant=config.get("default_variant"),
                unknown_enum=_path(config["unknown_enum"]) if config.get("unknown_enum") else None,
            )
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise SpecError(f"{origin}: malformed mock recipe ({exc})") from None

    def fitted(self, keys: Callable[[Reflection, str | None], frozenset[str] | None]) -> Recipe:
        """This recipe with each `fit` row's `keep` set: `keys(row, variant)` tells which keys
        the response declares at the row's path (in the variant's branch of a union)."""

        def fit(rows: tuple[Reflection, ...], variant: str | None) -> tuple[Reflection, ...]:
            return tuple(
                dataclasses.replace(row, keep=keys(row, variant)) if row.fit else row
                for row in rows
            )

        variants = {
            name: dataclasses.replace(v, reflect=fit(v.reflect, name))
            for name, v in (self.variants or {}).items()
        }
        return dataclasses.replace(self, reflect=fit(self.reflect, None), variants=variants or None)

    def build(self, request: dict[str, Any], *, now: float | None = None) -> dict[str, Any]:
        """The 200 body for a valid request: fresh ids and expiries, the request reflected."""
        created = int(time.time() if now is None else now)
        body: dict[str, Any] = {}
        for fresh in self.fresh:
            _put(body, fresh.path, fresh.make(request, created))
        _apply(body, self.fixed, self.reflect, request)
        chosen = self.variant_for(request)
        if chosen is not None:
            _apply(body, chosen.fixed, chosen.reflect, request)
        return body

    def variant_for(self, request: dict[str, Any]) -> Variant | None:
        """The variant the request picks (its `variant` field, else `default_variant`)."""
        if self.variant is None or not self.variants:
            return None
        value = _get(request, self.variant)
        return self.variants.get(str(self.default_variant if value is OMIT else value))

    def rows_for(self, request: dict[str, Any]) -> tuple[Reflection, ...]:
        """The rows that reflect `request`: the common ones and its variant's."""
        chosen = self.variant_for(request)
        return self.reflect + (chosen.reflect if chosen is not None else ())


def _fresh(dotted: str, spec: Mapping[str, Any]) -> Fresh:
    return Fresh(
        path=_path(dotted),
        token=spec.get("token"),
        token_bytes=int(spec.get("bytes", 16)),
        seconds_from_now=spec.get("seconds_from_now"),
        seconds_from_request=_path(spec["request"]) if spec.get("request") else None,
    )


def _fixed(spec: Mapping[str, Any] | None) -> tuple[tuple[tuple[str, ...], Any], ...]:
    return tuple((_path(dotted), value) for dotted, value in (spec or {}).items())


def _rows(spec: Any, origin: str) -> tuple[Reflection, ...]:
    rows = []
    for row in spec or ():
        name = row.get("convert", "same")
        if name not in CONVERTERS:
            known = ", ".join(CONVERTERS)
            raise SpecError(f"{origin}: unknown mock conversion {name!r} (known: {known})")
        rows.append(
            Reflection(
                request_field=_path(row["request"]),
                response_path=_path(row["response"]),
                default=row.get("default", OMIT),
                convert=CONVERTERS[name],
                fit=name.startswith("fit"),
            )
        )
    return tuple(rows)


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if not isinstance(data, dict) or name not in data:
            return OMIT
        data = data[name]
    return data


def _put(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for name in path[:-1]:
        target = target.setdefault(name, {})
    target[path[-1]] = value


def _apply(
    body: dict[str, Any],
    fixed: tuple[tuple[tuple[str, ...], Any], ...],
    rows: tuple[Reflection, ...],
    request: dict[str, Any],
) -> None:
    for path, value in fixed:  # fixed values are shared: copied, the answer is the caller's
        _put(body, path, _json_copy(value))
    for row in rows:
        found = _get(request, row.request_field)
        if found is not OMIT:
            value = row.value_for(found)
        else:
            value = OMIT if row.default is OMIT else row.value_for(_json_copy(row.default))
        if value is not OMIT:
            _put(body, row.response_path, value)


def build_body(operation: MockOperation, request: dict[str, Any]) -> dict[str, Any]:
    """The 200 body the mock answers `request` (valid) to for `operation`."""
    return operation.recipe.build(request)


def check_reflections(operation: MockOperation) -> None:
    """Fail at start-up when the spec no longer has a field a row maps."""
    for row in operation.recipe.reflections:
        for schema, path, side in (
            (operation.request_schema, row.request_field, "request"),
            (operation.response_schema, row.response_path, "response"),
        ):
            if not operation.has_field(schema, path):
                raise SpecError(
                    f"mock: {operation.bound.label}: {side} schema has no"
                    f" '{'.'.join(path)}' any more"
                )
