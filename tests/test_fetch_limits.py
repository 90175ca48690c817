"""Hostile servers on loopback: the fetcher stops in bounded time and bytes and stays on http."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventwire.ingest.fetch import Fetcher, FetchPolicy

PAGE = b"<html><body><p>Troops arrived in Minsk.</p></body></html>"
REDIRECTS = {
    "/to-file": "file:///etc/passwd",
    "/to-gopher": "gopher://127.0.0.1:70/",
    "/to-data": "data:text/html,<p>injected</p>",
    "/chain5": "/chain4",
    "/chain4": "/chain3",
    "/chain3": "/chain2",
    "/chain2": "/chain1",
    "/chain1": "/page",
}


class Hostile(BaseHTTPRequestHandler):
    """Slow, endless, dripping and redirecting answers."""

    def do_GET(self) -> None:
        if self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.end_headers()
        elif self.path == "/page":
            self._start(len(PAGE))
            self.wfile.write(PAGE)
        elif self.path == "/silent":
            time.sleep(3)
        elif self.path == "/endless":
            self._start(None)
            self._write_while_connected(b"<p>" + b"x" * 8192, pause=0)
        elif self.path == "/drip":
            self._start(None)
            self._write_while_connected(b"x", pause=0.2)

    def _start(self, length: int | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def _write_while_connected(self, chunk: bytes, pause: float) -> None:
        try:
            for _ in range(100_000):
                self.wfile.write(chunk)
                self.wfile.flush()
                time.sleep(pause)
        except OSError:  # the client gave up, as it should
            return

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def fetcher() -> Fetcher:
    return Fetcher(
        FetchPolicy(
            timeout_s=1,
            max_bytes=100_000,
            max_redirects=3,
            host_interval_s=0,
            total_s=2,
            allowed_networks=("127.0.0.1/32",),
        )
    )


def _timed_fetch(url: str) -> tuple[bytes | None, float]:
    start = time.monotonic()
    return fetcher().fetch(url), time.monotonic() - start


def test_the_page_itself_is_fetched(server: str) -> None:
    assert fetcher().fetch(f"{server}/page") == PAGE


@pytest.mark.parametrize("path", ["/to-file", "/to-gopher", "/to-data"])
def test_redirects_never_leave_http(server: str, path: str) -> None:
    assert fetcher().fetch(server + path) is None


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "data:,x", "/etc/x"])
def test_only_http_urls_are_fetched(url: str) -> None:
    assert fetcher().fetch(url) is None


def test_redirect_chains_are_limited(server: str) -> None:
    assert fetcher().fetch(f"{server}/chain3") == PAGE  # three hops: allowed
    assert fetcher().fetch(f"{server}/chain5") is None


@pytest.mark.parametrize(("path", "seconds"), [("/silent", 2.5), ("/endless", 5), ("/drip", 5)])
def test_slow_or_endless_answers_are_cut_off(server: str, path: str, seconds: float) -> None:
    body, elapsed = _timed_fetch(server + path)
    assert body is None and elapsed < seconds
