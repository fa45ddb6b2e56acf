"""The naming rule: how a JSON property or schema title becomes a Python name.

One rule, used by the model templates (as the Jinja global `attribute_name`, see
`generate.py`), by the drift report (`drift_symbols`) and by the tests. It must give the same
names on every supported Python: soft keywords (`match`, `case`, `type`, `_`) are valid
identifiers and vary between versions (`type` became one in 3.12), so only hard keywords,
which are the same on 3.11 to 3.13, are reserved.
"""

from __future__ import annotations

import re

__all__ = ["RESERVED", "class_name", "python_identifier", "words"]

# keyword.kwlist of Python 3.11, 3.12 and 3.13 (tests/test_naming.py checks they agree), spelled
# out so that no interpreter can change a generated name.
RESERVED = frozenset(
    [
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
    ]
)
_DELIMITERS = r"\. _-"


def words(value: str) -> list[str]:
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def _unreserved(value: str) -> str:
    return f"{value}_" if value in RESERVED else value


def python_identifier(json_name: str) -> str:
    """The attribute (and keyword argument) for a JSON property: the JSON name itself where
    Python allows it (`type`, `object`, `format`), snake_case otherwise, `_` after keywords."""
    name = _unreserved("_".join(words(json_name)).lower())
    return name if name.isidentifier() else f"field_{name}"


def class_name(title: str) -> str:
    """The class name openapi-python-client derives from a schema title or component name."""
    return _unreserved("".join(w if w.isupper() else w.capitalize() for w in words(title)))
