"""RSS feeds over a loopback HTTP server: linked pages fetched politely, summaries as fallback."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.fetch import Fetcher, FetchPolicy
from eventwire.ingest.sources import ReadOptions
from eventwire.pipeline import process
from tests.conftest import TODAY
from tests.pages import TEXT, page, plain_jsonl

SUMMARY = "Talks on <b>grain exports</b> between Austria and Hungary began in Vienna."
PUBLISHED = format_datetime(datetime(2023, 3, 14, 9, 30, tzinfo=UTC))


def feed(base: str) -> bytes:
    items = [
        ("a1", f"{base}/grain"),
        ("a2", f"{base}/missing"),
        ("a3", f"{base}/huge"),
        ("a4", "ftp://files.example.org/grain"),
    ]
    entries = "".join(
        f"<item><guid>{guid}</guid><title>Grain talks</title><link>{link}</link>"
        f"<pubDate>{PUBLISHED}</pubDate><description><![CDATA[{SUMMARY}]]></description></item>"
        for guid, link in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Danube Wire</title>'
        f"{entries}</channel></rss>"
    ).encode()


class Site(BaseHTTPRequestHandler):
    """Serves the feed, one article, a 404, an oversized page and a redirect loop."""

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/feed.xml": ("application/rss+xml", feed(base)),
            "/grain": ("text/html; charset=utf-8", page(f"{base}/grain")),
            "/huge": ("text/html", b"<html>" + b"x" * 5000 + b"</html>"),
        }
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_error(404)
            return
        content_type, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet: the test output stays readable."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def fetcher(interval: float = 0.0) -> Fetcher:
    policy = FetchPolicy(
        timeout_s=5, max_bytes=4000, host_interval_s=interval, allowed_networks=("127.0.0.0/8",)
    )
    return Fetcher(policy)


def test_feed_entries_fetch_their_pages_or_fall_back_to_summaries(
    site: str, tmp_path: Path
) -> None:
    options = ReadOptions(fetcher=fetcher())
    results = list(process(read_inputs([f"{site}/feed.xml"], options), today=TODAY))
    assert [r.id for r in results] == ["a1", "a2", "a3", "a4"]
    assert results[0].article.text == TEXT
    summary = "Talks on grain exports between Austria and Hungary began in Vienna."
    assert [r.article.text for r in results[1:]] == [summary] * 3, "404, too big, not http"
    assert all(r.article.date.value == "2023-03-14" for r in results)
    twin = tmp_path / "twin.jsonl"
    twin.write_text(plain_jsonl("a1", f"{site}/grain"), encoding="utf-8")
    twin_result = next(process(read_inputs([str(twin)]), today=TODAY))
    fetched = results[0].model_copy(deep=True)
    assert fetched.article.headline.value == "Grain talks", "the feed's title wins"
    fetched.article.headline = twin_result.article.headline
    assert fetched == twin_result


def test_no_fetch_keeps_to_summaries(site: str, tmp_path: Path) -> None:
    saved = tmp_path / "feed.xml"
    saved.write_bytes(feed(site))
    docs = list(read_inputs([str(saved)], ReadOptions(fetcher=None)))
    assert {doc.text for doc in docs} == {
        "Talks on grain exports between Austria and Hungary began in Vienna."
    }
    assert docs[0].url == f"{site}/grain" and docs[0].source == "feed.xml"


def test_fetcher_is_polite_and_bounded(site: str) -> None:
    polite = fetcher(interval=0.3)
    start = time.monotonic()
    assert polite.fetch(f"{site}/grain") is not None
    assert polite.fetch(f"{site}/grain") is not None
    assert time.monotonic() - start >= 0.3, "same host: waits between requests"
    assert polite.fetch(f"{site}/loop") is None, "redirect loops stop"
    assert polite.fetch("file:///etc/passwd") is None, "only http and https"
