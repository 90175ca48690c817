"""The web page in headless Chromium: timeline, map, network and a highlighted article.

Drives Debian's Chromium (/usr/bin/chromium) through Playwright; Playwright's own browser
download is never used. The page is checked at a desktop (1280 px) and a phone (390 px) width;
screenshots are kept under test-artifacts/ (CI keeps them as artifacts).
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
from tests.page_corpus import rallies
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
    """The app over demo-like data: the reference article, a small wire corpus, rallies."""
    store = Store(str(tmp_path_factory.mktemp("page") / "e.db"))
    corpus = [drills("tass"), drills("site1", edited(DRILLS, 1))]
    corpus += [drills("belta", BELTA, agency="BelTA"), protest(), reference, *rallies()]
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


WIDTHS = [1280, 390]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=FLAGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="module", params=WIDTHS, ids=lambda w: f"{w}px")
def page(browser: object, base_url: str, request: pytest.FixtureRequest) -> Iterator[tuple]:
    """The page at one width, loaded, with every console error and page error collected."""
    problems: list[str] = []
    tab = browser.new_page(viewport={"width": request.param, "height": 900})  # type: ignore[attr-defined]
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda error: problems.append(str(error)))
    tab.goto(base_url + "/")
    tab.wait_for_selector("#article-text")
    tab.wait_for_selector("#network .node")
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"page-{request.param}px.png"), full_page=True)
    yield tab, problems
    tab.close()


def _dots(tab: object) -> list[dict]:
    return tab.locator("#timeline circle.dot").evaluate_all(  # type: ignore[attr-defined]
        "dots => dots.map(d => ({details: d.getAttribute('data-details'),"
        " cx: +d.getAttribute('cx'), multi: d.classList.contains('multi')}))"
    )


def test_page_fits_the_screen_without_sideways_scrolling(page: tuple) -> None:
    tab, problems = page
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert problems == []


def test_timeline_opens_where_the_events_are(page: tuple, base_url: str) -> None:
    """1999 and 2021-2023: the empty years are cut out, so recent events are not squashed."""
    tab, problems = page
    merged = httpx.get(f"{base_url}/api/merged-events", params={"limit": 200}).json()["items"]
    dated = [m for m in merged if m["time_start"]]
    dots = _dots(tab)
    assert len(dots) == len(dated) and tab.locator("#timeline .axis .break").count() >= 1
    plot = tab.locator("#timeline .lane line").first.evaluate(
        "l => l.x2.baseVal.value - l.x1.baseVal.value"
    )
    recent = [d["cx"] for d in dots if "1999-" not in d["details"]]
    assert max(recent) - min(recent) > 0.5 * plot, "recent events use the width, not one edge"
    tab.get_by_role("button", name="Whole span").click()
    assert len(_dots(tab)) == len(dated) and tab.locator("#timeline .axis .break").count() == 0
    strip = tab.locator("#timeline .overview-back").bounding_box()
    middle = strip["y"] + strip["height"] / 2
    tab.mouse.move(strip["x"] + strip["width"] * 0.9, middle)
    tab.mouse.down()
    tab.mouse.move(strip["x"] + strip["width"] * 0.99, middle, steps=4)
    tab.mouse.up()
    assert "earlier outside this window" in tab.locator("#timeline .window-note").inner_text()
    assert 0 < len(_dots(tab)) < len(dated)
    tab.get_by_role("button", name="Where the events are").click()
    assert problems == []


def test_every_timeline_dot_can_be_seen_and_counts_its_sources(page: tuple) -> None:
    tab, problems = page
    hidden = tab.locator("#timeline circle.dot").evaluate_all(
        """dots => dots.filter(d => {
            d.scrollIntoView({block: "center"});
            const box = d.getBoundingClientRect();
            return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) !== d;
        }).map(d => d.getAttribute('data-details'))"""
    )
    assert hidden == []
    dots = _dots(tab)
    counts = [re.search(r"(\d+) article\(s\), (\d+) independent", d["details"]) for d in dots]
    merged_counts = [(int(m[1]), int(m[2])) for m in counts if m]
    assert any(
        articles >= 3 and 2 <= independent < articles for articles, independent in merged_counts
    ), "copies of one wire story count as one independent source"
    assert any(d["multi"] for d in dots)
    assert problems == []


def test_network_labels_are_readable(page: tuple) -> None:
    tab, problems = page
    boxes = tab.locator("#network .node text").evaluate_all(
        "texts => texts.map(t => { const b = t.getBoundingClientRect();"
        " return [b.left, b.top, b.right, b.bottom]; })"
    )
    assert len(boxes) >= 10
    panel = tab.locator("#network").bounding_box()
    for i, (left, top, right, bottom) in enumerate(boxes):
        assert panel["x"] <= left and right <= panel["x"] + panel["width"], "label cut off"
        for other in boxes[i + 1 :]:
            apart = right <= other[0] or other[2] <= left or bottom <= other[1] or other[3] <= top
            assert apart, "labels overlap"
    used = tab.locator("#network svg").evaluate(
        "svg => svg.getBBox().width / svg.viewBox.baseVal.width"
    )
    assert used > 0.8, "the network fills its panel"
    assert "MOBILIZE" in tab.locator("#legend").inner_text()
    assert problems == []


def test_map_tooltip_stays_in_the_panel(page: tuple) -> None:
    tab, problems = page
    assert tab.locator("#map path.country").count() > 150
    assert tab.locator("#map path.country.active").count() >= 3
    points = tab.locator("#map circle.point")
    assert points.count() >= 4
    east = points.evaluate_all("ps => ps.map(p => +p.getAttribute('cx'))")
    points.nth(east.index(max(east))).hover()  # Suva, by the map's right edge
    tip = tab.locator("#tooltip")
    assert "Suva" in tip.inner_text()
    box, panel = tip.bounding_box(), tab.locator("#map-section").bounding_box()
    assert panel["x"] <= box["x"] and box["x"] + box["width"] <= panel["x"] + panel["width"]
    tab.mouse.move(0, 0)
    assert problems == []


def test_articles_are_listed_by_title_and_numbered(page: tuple) -> None:
    tab, problems = page
    items = tab.locator("#article-list li")
    assert items.count() == 15
    titles = tab.locator("#article-list li a").all_inner_texts()
    assert not [t for t in titles if re.fullmatch(r"[0-9a-f]{16}", t)], "hash ids as titles"
    assert "Dockworkers march in Madrid" in titles  # no headline: its first words
    numbers = tab.locator("#article-list .number")
    assert numbers.all_inner_texts()[9:15] == ["10.", "11.", "12.", "13.", "14.", "15."]
    listed = tab.locator("#article-list").bounding_box()
    number = numbers.nth(13).bounding_box()
    assert listed["x"] <= number["x"], "the number's first digit is cut off"
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
    width = tab.viewport_size["width"]
    tab.screenshot(path=str(ARTIFACTS / f"article-{width}px.png"), full_page=True)
    assert problems == []


def test_search_lists_matching_articles_with_marked_snippets(page: tuple) -> None:
    tab, problems = page
    tab.fill("#search", "tractors")
    tab.click("#search-form button")
    # expect() polls without evaluating a string in the page, which the page's CSP forbids
    sync_api.expect(tab.locator("#article-list li")).to_have_count(1)
    assert tab.locator("#article-list li a").inner_text().startswith("Farmers rally in Paris")
    assert tab.locator("#article-list .snippet mark").all_inner_texts() == ["tractors"]
    assert "[" not in tab.locator("#article-list .snippet").inner_text()
    tab.fill("#search", "")
    tab.click("#search-form button")
    sync_api.expect(tab.locator("#article-list li")).to_have_count(15)
    assert problems == []
