"""The built site, opened in a real headless browser (Debian's Chromium): the reference page
renders the model tree and the Deprecated badge; a screenshot is kept in the test's temporary
folder. `nox -s docs` builds the site and runs this file against it (REALTIME_DOCS_SITE);
elsewhere the test builds the site itself when MkDocs is installed, and skips with the reason
when MkDocs or a browser cannot be had."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from spectools.docs.page import page_name
from spectools.project import operations
from tests.helpers import ROOT

BROWSERS = ("chromium", "chromium-browser", "chromium-headless-shell", "google-chrome")
PAGE = Path("docs") / "reference" / page_name(operations()[0]).removesuffix(".md") / "index.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = os.environ.get("REALTIME_DOCS_SITE")
    if built:
        assert (Path(built) / PAGE).is_file(), f"REALTIME_DOCS_SITE={built} holds no {PAGE}"
        return Path(built)
    pytest.importorskip(
        "mkdocs", reason="MkDocs is not installed here; `nox -s docs` builds the site and tests it"
    )
    out = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return out


@pytest.fixture(scope="module")
def browser() -> str:
    found = os.environ.get("REALTIME_DOCS_BROWSER") or next(
        (path for name in BROWSERS if (path := shutil.which(name))), None
    )
    if not found:
        pytest.skip(
            f"no headless browser on PATH (looked for {', '.join(BROWSERS)}); .ci/run installs"
            " Debian's chromium where apt-get can"
        )
    return found


def run_browser(browser: str, profile: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",  # root in CI's container: Chromium's sandbox needs user namespaces
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            "--window-size=1280,1600",
            *arguments,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


class Elements(HTMLParser):
    """Each element's tag, attributes, ancestors' tags and text, from the browser's DOM."""

    VOID = frozenset({"br", "img", "input", "meta", "link", "hr", "source", "wbr", "area"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[dict[str, object]] = []
        self.found: list[dict[str, object]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element: dict[str, object] = {
            "tag": tag,
            "attrs": dict(attrs),
            "ancestors": [e["tag"] for e in self.open],
            "text": [],
        }
        self.found.append(element)
        if tag not in self.VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop()["tag"] == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self.open:
            text = element["text"]
            assert isinstance(text, list)
            text.append(data)


def text_of(element: dict[str, object]) -> str:
    text = element["text"]
    assert isinstance(text, list)
    return " ".join("".join(text).split())


def test_reference_page_renders_the_tree_and_the_deprecated_badge(
    site: Path, browser: str, tmp_path: Path
) -> None:
    url = (site / PAGE).resolve().as_uri()
    dom = run_browser(browser, tmp_path / "profile", "--dump-dom", url).stdout
    parser = Elements()
    parser.feed(dom)
    by_id = {
        e["attrs"]["id"]: e
        for e in parser.found
        if isinstance(e["attrs"], dict) and "id" in e["attrs"]
    }  # type: ignore[operator]

    heading = next(e for e in parser.found if e["tag"] == "h1")
    badges = [
        e
        for e in parser.found
        if "api-badge-deprecated" in str(e["attrs"].get("class", ""))  # type: ignore[union-attr]
    ]
    assert len(badges) == 1 and text_of(badges[0]) == "Deprecated"
    assert "h1" in badges[0]["ancestors"]  # type: ignore[operator]
    assert text_of(heading).startswith("Create session")

    # the model tree: nested lists, each field under its parent's list item
    voice = by_id["response.audio.output.voice"]
    assert voice["ancestors"].count("ul") == 3 and voice["ancestors"].count("li") == 3  # type: ignore[union-attr]
    assert by_id["response.client_secret.value"]["ancestors"].count("ul") == 2  # type: ignore[union-attr]
    items = [e for e in parser.found if e["tag"] == "li"]
    voice_item = next(
        e for e in items if "session.audio.output.voice" in text_of(e) and "voice:" in text_of(e)
    )
    assert '"alloy"' in text_of(voice_item) and "SessionAudioOutput" in text_of(voice_item)
    # the theme's layout (navigation) around it, not bare HTML
    assert any("md-nav" in str(e["attrs"].get("class", "")) for e in parser.found)  # type: ignore[union-attr]

    screenshot = tmp_path / "realtime-sessions.png"
    run_browser(browser, tmp_path / "profile", f"--screenshot={screenshot}", url)
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
