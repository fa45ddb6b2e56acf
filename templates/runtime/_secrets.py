"""Credentials: which headers carry them, refusing unusable ones early, scrubbing them from text.

The API key must never show in an error message, a traceback, a log record or the CLI's
output, whoever wrote the text: us, httpx/h11, or a server echoing the key back. So:
- `check_header_value` refuses, at client construction and without echoing it, a value httpx
  could not send (a trailing space from a `.env` file, a newline, non-ASCII) instead of letting
  h11 fail later with `Illegal header value b'Bearer sk-...'`;
- `Scrubber` replaces the client's secrets (case-insensitively) and any `Bearer <token>` in a
  text with `<redacted>`; the client scrubs whole texts before cutting them, so a key cut in
  half by a length limit is still recognised;
- `scrub_known` does the same with the secrets of every live client, and of every call under
  way that brought its own (`CallSecrets`: `extra_headers`), for log records: httpcore logs
  exceptions quoting raw server bytes, which may echo a key, before any client sees them.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import Counter, deque
from collections.abc import Iterable

from ._exceptions import ConfigurationError, ConfigurationTypeError

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "CallSecrets",
    "Scrubber",
    "check_header_name",
    "check_header_value",
    "header_secrets",
    "is_sensitive",
    "scrub_bearer",
    "scrub_known",
]

REDACTED = "<redacted>"
# Header names whose values are credentials (compared lower-cased) ...
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "api-key",
        "x-api-key",
        "openai-api-key",
        "cookie",
        "set-cookie",
    }
)
# ... and the words that make any other name one (`X-Gateway-Token`, `X-Auth-Secret`).
_SENSITIVE_WORDS = frozenset(
    {"auth", "authorization", "apikey", "key", "token", "secret", "password", "cookie", "signature"}
)
_WORD_BREAKS = re.compile(r"[-_.]")
# `Bearer <token>` in any case, as a server or a library may print an Authorization header.
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s'\",)\]}]+")
# RFC 9110 token characters: what a header name may be made of.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# `<auth-scheme> <credentials>` (RFC 9110 section 11.4): `Bearer sk-...`, `Token abc`.
_SCHEME_AND_CREDENTIALS = re.compile(rf"{_TOKEN.pattern} +(\S+)")


def is_sensitive(name: object) -> bool:
    """Does the header `name` (str or bytes, any case) carry a credential?"""
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    if not isinstance(name, str):
        return False
    lowered = name.lower()
    return lowered in SENSITIVE_HEADERS or not _SENSITIVE_WORDS.isdisjoint(
        _WORD_BREAKS.split(lowered)
    )


def header_secrets(headers: Iterable[tuple[str, str]]) -> list[str]:
    """The credentials among `(name, value)` headers: each sensitive header's value and, for
    `<scheme> <credentials>` (`Bearer sk-...`), the credentials alone, which a server may echo."""
    found = []
    for name, value in headers:
        if is_sensitive(name):
            found.append(value)
            scheme = _SCHEME_AND_CREDENTIALS.fullmatch(value)
            if scheme is not None:
                found.append(scheme[1])
    return found


def scrub_bearer(text: str) -> str:
    """`text` with the token of every `Bearer <token>` redacted."""
    return _BEARER.sub(rf"\1{REDACTED}", text)


def check_header_name(label: str, name: object) -> str:
    if not isinstance(name, str):
        raise ConfigurationTypeError(label, f"must be a string, not {type(name).__name__}")
    if not _TOKEN.fullmatch(name):
        raise ConfigurationError(label, f"{name!r} is not a valid HTTP header name")
    return name


def check_header_value(label: str, value: object) -> str:
    """`value` if httpx can send it in a header as is; else a ConfigurationError naming `label`.

    The value itself is never part of the message: it is usually a credential.
    """
    if not isinstance(value, str):
        raise ConfigurationTypeError(label, f"must be a string, not {type(value).__name__}")
    if value != value.strip():
        raise ConfigurationError(
            label,
            "has leading or trailing whitespace (often a copy-paste slip in a .env file); "
            "remove it",
        )
    if not value.isascii():
        raise ConfigurationError(
            label, "contains non-ASCII characters, which HTTP headers cannot carry"
        )
    if not value.isprintable():
        raise ConfigurationError(
            label, "contains control characters (a newline?), which HTTP headers cannot carry"
        )
    return value


def _pattern(secrets: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so a secret containing another is replaced whole.
    known = sorted(set(secrets), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, known)), re.IGNORECASE) if known else None


# The secrets of every live Scrubber (so of every live client) and of every call under way,
# counted: two clients or calls may share a key. The pattern is rebuilt on the next use after a
# change.
_live: Counter[str] = Counter()
_live_pattern: list[re.Pattern[str] | None] = []  # empty: stale
_live_lock = threading.Lock()
# Finalizers run whenever the garbage collector does, possibly in a thread that holds
# `_live_lock` (scrubbing a log record allocates): they only queue, and lock holders apply.
_forgotten: deque[tuple[str, ...]] = deque()


def _drop(secrets: tuple[str, ...]) -> None:
    """With `_live_lock` held: count `secrets` one use less, forgetting those no longer used."""
    _live.subtract(secrets)
    for secret in secrets:
        if _live[secret] <= 0:
            del _live[secret]
    _live_pattern.clear()


def _apply_forgotten() -> None:
    """With `_live_lock` held: drop the secrets of clients that have gone."""
    while _forgotten:
        _drop(_forgotten.popleft())


def _remember(secrets: tuple[str, ...]) -> None:
    with _live_lock:
        _apply_forgotten()
        _live.update(secrets)
        _live_pattern.clear()


def _forget(secrets: tuple[str, ...]) -> None:
    _forgotten.append(secrets)  # never takes the lock: see `_forgotten`


def scrub_known(text: str) -> str:
    """`text` with the secrets of every live client and any `Bearer <token>` redacted."""
    with _live_lock:
        _apply_forgotten()
        if not _live_pattern:
            _live_pattern.append(_pattern(_live))
        pattern = _live_pattern[0]
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    return scrub_bearer(text)


class CallSecrets:
    """`with CallSecrets(values):` the log filter scrubs `values` (a call's own credentials,
    from `extra_headers`) while the block runs, and forgets them when it is left, also by an
    exception or a cancellation. Counted like the clients' secrets: calls under way in other
    threads or tasks with the same credential keep it known until the last of them ends."""

    __slots__ = ("_secrets",)

    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = tuple(sorted({s for s in secrets if s}))

    def __enter__(self) -> None:
        if self._secrets:
            _remember(self._secrets)

    def __exit__(self, *exc_info: object) -> None:
        if self._secrets:
            with _live_lock:
                _apply_forgotten()
                _drop(self._secrets)


class Scrubber:
    """Replaces known secrets (in any letter case) and `Bearer <token>`s in a text with `<redacted>`.

    While it lives, the log filter scrubs its secrets too, unless `remember` is false (a call's
    own credentials: `CallSecrets` tells the filter for as long as the call runs).
    """

    def __init__(self, secrets: Iterable[str], *, remember: bool = True) -> None:
        known = tuple(sorted({s for s in secrets if s}))
        self._secrets = _pattern(known)
        if remember:
            _remember(known)
            weakref.finalize(self, _forget, known)  # the log filter knows them while we live

    def __call__(self, text: str) -> str:
        if self._secrets is not None:
            text = self._secrets.sub(REDACTED, text)
        return scrub_bearer(text)

    def exception_chain(self, error: BaseException) -> None:
        """Scrub, in place, the messages of `error` and of every exception it was raised from.

        httpx and h11 put header values and raw server bytes in their messages, and a traceback
        prints every exception of the chain; `args` is what their `str()` is made of.
        """
        pending: list[BaseException] = [error]
        seen: set[int] = set()
        while pending:
            current = pending.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            current.args = tuple(self(a) if isinstance(a, str) else a for a in current.args)
            notes = getattr(current, "__notes__", None)
            if isinstance(notes, list):
                current.__notes__ = [self(n) if isinstance(n, str) else n for n in notes]
            linked = [current.__cause__, current.__context__, *current.args]
            linked.extend(getattr(current, "exceptions", ()))  # exception groups
            pending.extend(e for e in linked if isinstance(e, BaseException))
