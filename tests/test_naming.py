"""The naming rule gives the same generated names on every supported Python (3.11 to 3.13)."""

from __future__ import annotations

import keyword

import pytest

from spectools.naming import RESERVED, class_name, python_identifier


def test_reserved_words_are_this_interpreters_hard_keywords() -> None:
    # RESERVED is spelled out; if a new Python adds a hard keyword, this fails there first.
    assert frozenset(keyword.kwlist) == RESERVED


@pytest.mark.parametrize("soft", ["type", "match", "case"])
def test_soft_keywords_keep_their_json_name(soft: str) -> None:
    # `type` is a soft keyword from 3.12 on; generated attributes must not change with it.
    assert python_identifier(soft) == soft


@pytest.mark.parametrize(
    ("json_name", "attribute"),
    [
        ("from", "from_"),
        ("class", "class_"),
        ("prefix_padding_ms", "prefix_padding_ms"),
        ("camelCase", "camel_case"),
        ("x-rate", "x_rate"),
        ("2fa", "field_2fa"),
        ("", "field_"),
    ],
)
def test_json_names_become_identifiers(json_name: str, attribute: str) -> None:
    assert python_identifier(json_name) == attribute
    assert attribute.isidentifier()


def test_class_names_follow_titles() -> None:
    assert class_name("Session create response") == "SessionCreateResponse"
    assert class_name("realtime_sessions") == "RealtimeSessions"
