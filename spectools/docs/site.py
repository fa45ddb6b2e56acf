"""MkDocs hook (mkdocs.yml `hooks:`): the site is the repository's own Markdown at the paths it
has in the repository (README.md as the home page, docs/, docs/reference/, bench-results/), so
every relative link that works on GitHub works in the site, and strict mode checks them all.
Plus the stylesheet for the reference pages' badges, from docs/ (the theme serves it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

__all__ = ["SITE_MARKDOWN", "on_files"]

# Which of the repository's Markdown files make the site (globs from the checkout's root).
SITE_MARKDOWN = ("README.md", "docs/*.md", "docs/reference/*.md", "bench-results/*.md")
SITE_ASSETS = ("docs/stylesheets/*.css",)


def on_files(files: Files, config: Any) -> Files:
    root = Path(config.config_file_path).parent
    found = Files([])
    for pattern in (*SITE_MARKDOWN, *SITE_ASSETS):
        for path in sorted(root.glob(pattern)):
            found.append(
                File(
                    path.relative_to(root).as_posix(),
                    src_dir=str(root),
                    dest_dir=config.site_dir,
                    use_directory_urls=config.use_directory_urls,
                )
            )
    # the theme's own files (Material's assets) stay; what docs_dir holds was added above
    docs_dir = Path(config.docs_dir).resolve()
    for file in files:
        if not Path(str(file.abs_src_path)).resolve().is_relative_to(docs_dir):
            found.append(file)
    return found
