"""Feed links and their redirects may not reach the machine itself or a private network.

Two loopback servers stand in for internal services: `inner` (127.0.0.1) and `deeper`
(127.0.0.2). Each counts the requests it gets, so a refusal is told apart from a failed fetch.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.ingest.feeds import read_feed
from eventwire.ingest.fetch import Fetcher, FetchPolicy
from eventwire.ingest.netguard import parse_networks, refusal

SECRET = b"<html><body><p>Internal token 7d41 for the billing service.</p></body></html>"


class Internal(BaseHTTPRequestHandler):
    """Serves a secret page; `/away` redirects to the other server."""

    def do_GET(self) -> None:
        self.server.hits += 1  # type: ignore[attr-defined]
        if self.path == "/away":
            self.send_response(302)
            self.send_header("Location", self.server.redirect_to)  # type: ignore[attr-defined]
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(SECRET)))
        self.end_headers()
        self.wfile.write(SECRET)

    def log_message(self, *args: object) -> None:
        """Quiet."""


def _serve(host: str) -> ThreadingHTTPServer:
    httpd = ThreadingHTTPServer((host, 0), Internal)
    httpd.daemon_threads = True
    httpd.hits = 0  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[ThreadingHTTPServer, ThreadingHTTPServer]]:
    inner, deeper = _serve("127.0.0.1"), _serve("127.0.0.2")
    inner.redirect_to = f"http://127.0.0.2:{deeper.server_port}/page"  # type: ignore[attr-defined]
    yield inner, deeper
    for httpd in (inner, deeper):
        httpd.shutdown()
        httpd.server_close()


def fetcher(*allowed: str) -> Fetcher:
    policy = FetchPolicy(timeout_s=2, host_interval_s=0, total_s=3, allowed_networks=allowed)
    return Fetcher(policy)


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "localhost", "0x7f000001", "2130706433", "127.1", "[::ffff:127.0.0.1]"],
)
def test_loopback_in_any_spelling_is_refused_unrequested(servers: tuple, host: str) -> None:
    inner, _ = servers
    before = inner.hits
    assert fetcher().fetch(f"http://{host}:{inner.server_port}/page") is None
    assert inner.hits == before, "the request must not reach the server"


def test_an_allowed_range_is_fetched(servers: tuple) -> None:
    inner, _ = servers
    assert fetcher("127.0.0.1/32").fetch(f"http://127.0.0.1:{inner.server_port}/page") == SECRET


def test_each_redirect_hop_is_checked(servers: tuple) -> None:
    inner, deeper = servers
    url = f"http://127.0.0.1:{inner.server_port}/away"
    assert fetcher("127.0.0.1/32").fetch(url) is None
    assert deeper.hits == 0
    assert fetcher("127.0.0.1/32", "127.0.0.2/32").fetch(url) == SECRET
    assert deeper.hits == 1


def test_a_feed_linking_inside_keeps_to_its_summary(servers: tuple) -> None:
    inner, _ = servers
    link = f"http://localhost:{inner.server_port}/page"
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><guid>x1</guid><link>{link}</link><description>Ministers met in Riga."
        "</description></item></channel></rss>"
    ).encode()
    (entry,) = read_feed("feed.xml", rss, fetcher())
    assert entry.text == "Ministers met in Riga."


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-public"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::", "unspecified"),
        ("2002:7f00:1::", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_kinds(address: str, kind: str | None) -> None:
    assert refusal(ipaddress.ip_address(address)) == kind


def test_allowed_ranges_cover_mapped_forms() -> None:
    allowed = parse_networks(["10.0.0.0/8"])
    assert refusal(ipaddress.ip_address("::ffff:10.0.0.1"), allowed) is None
    assert refusal(ipaddress.ip_address("10.9.9.9"), allowed) is None
    assert refusal(ipaddress.ip_address("192.168.1.1"), allowed) == "private"


def test_cli_refuses_unless_the_network_is_allowed(servers: tuple) -> None:
    inner, _ = servers
    url = f"http://127.0.0.1:{inner.server_port}/page"
    refused = CliRunner().invoke(app, ["extract", url, "--jsonl"])
    assert '"reason":"unreadable"' in refused.stdout.replace(" ", "")
    allowed = CliRunner().invoke(app, ["extract", url, "--jsonl", "--allow-network", "127.0.0.1"])
    assert "Internal token" in allowed.stdout
