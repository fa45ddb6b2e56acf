"""The API reference, generated like the code: resolved fragment + generated package ->
`docs/reference/<operation>.md` (`python -m spectools docs`), checked by `check-generated`.

Stages: `tree` (a schema as a tree of fields), `python_api` (the expression and class that read
each field, by introspecting the package), `page` (Markdown), `build` (the command, examples,
overlay citations), `site` (the MkDocs hook that serves the repository's Markdown as the site).
"""

from __future__ import annotations

from .build import REFERENCE_DIR, main, reference_pages, render_reference, write_reference
from .python_api import DocsError

__all__ = [
    "REFERENCE_DIR",
    "DocsError",
    "main",
    "reference_pages",
    "render_reference",
    "write_reference",
]
