"""Type-checked by `nox -s typecheck` (listed in pyproject's [tool.mypy] files), never run.

Issue 10 item 4: `x is not UNSET` narrows a field the server may leave out, and reading into
it unguarded is an error. Were UNSET an Enum member again (whose `.value` mypy accepts), the
`type: ignore` below would be unused, and this file's warn-unused-ignores would fail the check.
"""

# mypy: warn-unused-ignores

from __future__ import annotations

from typing import assert_type

from realtime_sessions import UNSET, SessionCreateResponse, Unset
from realtime_sessions.models import ClientSecret


def readme_usage(session: SessionCreateResponse) -> str:
    if session.client_secret is not UNSET:
        assert_type(session.client_secret, ClientSecret)
        return session.client_secret.value
    assert_type(session.client_secret, Unset)
    return ""


def early_return(session: SessionCreateResponse) -> str:
    if session.client_secret is UNSET:
        return ""
    return session.client_secret.value


def unguarded(session: SessionCreateResponse) -> str:
    return session.client_secret.value  # type: ignore[union-attr]  # the error this file proves
