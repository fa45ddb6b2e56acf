"""The `realtime_sessions` logger, and a filter that keeps credentials out of log records.

`REALTIME_SESSIONS_LOG=debug` (or `info`) turns logging on with a stderr handler; otherwise
the library only emits records, as libraries should, and the application decides.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

from ._secrets import REDACTED, is_sensitive, scrub_known

__all__ = ["SensitiveHeadersFilter", "logger", "setup_logging"]

ENV_VAR = "REALTIME_SESSIONS_LOG"
# httpx/httpcore log on these names; a logger's filters do not apply to its children's records,
# so each one that could carry request headers gets the filter itself.
_THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)

logger = logging.getLogger("realtime_sessions")


def _redact(value: Any) -> Any:
    """A copy of `value` with sensitive header values replaced; other values are returned as is."""
    if isinstance(value, Mapping):  # dicts and httpx.Headers
        if any(is_sensitive(k) for k in value):
            return {k: REDACTED if is_sensitive(k) else v for k, v in value.items()}
        if "headers" in value:
            return {k: _redact(v) if k == "headers" else v for k, v in value.items()}
        return value
    if isinstance(value, list | tuple):
        # httpcore's form: [(b"Authorization", b"Bearer ..."), ...]
        if any(isinstance(i, tuple) and len(i) == 2 and is_sensitive(i[0]) for i in value):
            return [
                (i[0], REDACTED)
                if isinstance(i, tuple) and len(i) == 2 and is_sensitive(i[0])
                else i
                for i in value
            ]
        return value
    return value


class SensitiveHeadersFilter(logging.Filter):
    """Redact credentials in a record (never drops a record).

    Redacts Authorization-like headers in the arguments (`log.debug("%(headers)s", {...})`,
    header mappings or `httpx.Headers` passed positionally, httpcore's list of `(name, value)`
    byte pairs), then, in the message as it will print, `Bearer <token>` and the API key or
    other credential of any live client: httpcore logs exceptions that quote raw server bytes.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping):
            record.args = _redact(args)
        elif isinstance(args, tuple):
            record.args = tuple(_redact(a) for a in args)
        try:
            text = record.getMessage()
        except Exception:  # a malformed record: the handler reports it, as without us
            return True
        scrubbed = scrub_known(text)
        if scrubbed != text:
            record.msg, record.args = scrubbed, None
        return True


_FILTER = SensitiveHeadersFilter()


def _install_filters() -> None:
    for name in ("realtime_sessions", *_THIRD_PARTY_LOGGERS):
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)


def setup_logging() -> None:
    """Apply `REALTIME_SESSIONS_LOG` (`debug` or `info`): set the level, add a stderr handler."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(ENV_VAR, "").strip().lower()
    )
    if level is None:
        return
    logger.setLevel(level)
    if not any(getattr(h, "_realtime_sessions", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s")
        )
        handler._realtime_sessions = True  # type: ignore[attr-defined]  # marks our own handler
        logger.addHandler(handler)


_install_filters()
setup_logging()
