"""The web page in headless Chromium: timeline, map, network and a highlighted article.

Drives Debian's Chromium (/usr/bin/chromium) through Playwright; Playwright's own browser
download is never used. Screenshots are kept under test-artifacts/.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from eventwire.model import ArticleResult
from eventwire.serve import create_app
from eventwire.store import Store
from tests.conftest import ROOT
from tests.records import BELTA, DRILLS, drills, edited, protest

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (.ci/run installs it)"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, reference: ArticleResult) -> Iterator[str]:
    """The app over demo-like data (the reference article plus a small wire corpus)."""
    store = Store(str(tmp_path_factory.mktemp("page") / "e.db"))
    corpus = [drills("tass"), drills("site1", edited(DRILLS, 1))]
    corpus += [drills("belta", BELTA, agency="BelTA"), protest(), reference]
    for result in corpus:
        store.save(result, "1")
    store.refresh()
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[tuple[object, list[str]]]:
    problems: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=FLAGS
        )
        tab = browser.new_page(viewport={"width": 1400, "height": 1000})
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda error: problems.append(str(error)))
        tab.goto(base_url + "/")
        tab.wait_for_selector("#article-text")
        yield tab, problems
        browser.close()


def test_page_shows_timeline_map_and_network(page: tuple, base_url: str) -> None:
    tab, problems = page
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "page.png"), full_page=True)
    merged = httpx.get(f"{base_url}/api/merged-events", params={"limit": 200}).json()
    assert tab.locator("#timeline circle.dot").count() == len(merged["items"]) >= 2
    details = tab.locator("#timeline circle.dot").evaluate_all(
        "dots => dots.map(d => d.getAttribute('data-details'))"
    )
    counts = [re.search(r"(\d+) article\(s\), (\d+) independent", d) for d in details]
    merged_counts = [(int(m[1]), int(m[2])) for m in counts if m]
    assert any(
        articles >= 3 and 2 <= independent < articles for articles, independent in merged_counts
    ), "copies of one wire story count as one independent source"
    assert tab.locator("#map path.country").count() > 150
    assert tab.locator("#map path.country.active").count() >= 3
    assert tab.locator("#map circle.point").count() >= 4
    assert tab.locator("#network .node").count() >= 2
    assert tab.locator("#network path.edge").count() >= 1
    assert "MOBILIZE" in tab.locator("#legend").inner_text()
    assert problems == []


def test_event_opens_its_article_with_every_kind_highlighted(page: tuple, base_url: str) -> None:
    tab, problems = page
    tab.goto(f"{base_url}/#article={drills('tass').article.id}&span=0-5")
    tab.wait_for_selector("#article-text .hl-quote")
    for kind in ("actor", "quote", "event", "time", "place"):
        assert tab.locator(f"#article-text .hl-{kind}").count() >= 1, kind
    tab.locator("#article-text .hl-event").first.hover()
    tooltip = tab.locator("#tooltip")
    assert (
        "event: MOBILIZE" in tooltip.inner_text() and "Russian troops (RUS)" in tooltip.inner_text()
    )
    text = tab.locator("#article-text").inner_text()
    assert "<script>window.__pwned = true</script>" in text and "<b>not bold</b>" in text
    assert tab.evaluate("window.__pwned") is None
    tab.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert problems == []


def test_search_lists_matching_articles(page: tuple) -> None:
    tab, problems = page
    tab.fill("#search", "tractors")
    tab.click("#search-form button")
    # expect() polls without evaluating a string in the page, which the page's CSP forbids
    sync_api.expect(tab.locator("#article-list li")).to_have_count(1)
    assert "tractors" in tab.locator("#article-list").inner_text()
    assert problems == []
