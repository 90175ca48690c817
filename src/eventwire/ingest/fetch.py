"""Polite HTTP fetching of feeds and linked pages: http(s) only, timeouts, size cap, few redirects.

One request at a time per host with a minimum interval between them, a clear User-Agent, and a
byte cap enforced while streaming so a huge or endless response cannot exhaust memory.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from eventwire.ingest.decode import MAX_CHARS

if TYPE_CHECKING:
    import httpx

# httpx and the guarded transport are imported by the first fetch: most runs read files and
# fetch nothing, and the import costs a tenth of a second of every start-up.

log = logging.getLogger(__name__)

USER_AGENT = "eventwire/0.1 (news event coder; polite fetcher)"
ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
)
"""Pages and feeds; anything else (images, PDFs, video) is not fetched."""


@dataclass
class FetchPolicy:
    """How linked pages are fetched; the defaults are meant for real news sites."""

    timeout_s: float = 10.0
    max_bytes: int = MAX_CHARS * 4
    max_redirects: int = 3
    host_interval_s: float = 1.0
    total_s: float = 30.0
    """The whole response: httpx's timeout is per read, so a server dripping a byte at a time
    would otherwise hold a fetch open indefinitely."""
    allowed_networks: tuple[str, ...] = ()
    """CIDR ranges that may be fetched although not public (`--allow-network`); see netguard."""


@dataclass
class Fetcher:
    """Fetches pages and feeds, waiting `host_interval_s` between requests to the same host."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    _last: dict[str, float] = field(default_factory=dict)
    _client: httpx.Client | None = None

    def fetch(self, url: str) -> bytes | None:
        """The page's or feed's bytes, or None (logged) when it cannot or may not be had."""
        import httpx

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            log.warning("not fetched (only http/https): %s", url)
            return None
        self._wait_for(parts.hostname)
        try:
            return self._get(url)
        except (
            httpx.HTTPError,
            httpx.InvalidURL,
            ValueError,
        ) as error:  # InvalidURL: a bad Location
            log.warning("fetch failed for %s: %s", url, error)
            return None
        finally:
            self._last[parts.hostname] = time.monotonic()

    def _wait_for(self, host: str) -> None:
        if host in self._last:
            pause = self._last[host] + self.policy.host_interval_s - time.monotonic()
            if pause > 0:
                time.sleep(pause)

    def _get(self, url: str) -> bytes:
        deadline = time.monotonic() + self.policy.total_s
        with self.client.stream("GET", url) as response:
            response.raise_for_status()
            content_type = response.headers.get("content-type", "").split(";")[0].strip()
            if content_type.lower() not in ACCEPTED_TYPES:
                raise ValueError(f"content type {content_type or 'missing'} is not a page")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.policy.max_bytes:
                    raise ValueError(f"response over {self.policy.max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise ValueError(f"response took over {self.policy.total_s:g} s")
            return bytes(body)

    @property
    def client(self) -> httpx.Client:
        """One connection pool for the run; httpx refuses redirects to non-http(s) schemes, the
        guarded transport refuses connections to non-public addresses (every hop)."""
        import httpx

        from eventwire.ingest.netguard import GuardedTransport, parse_networks

        if self._client is None:
            self._client = httpx.Client(
                transport=GuardedTransport(parse_networks(self.policy.allowed_networks)),
                trust_env=False,
                timeout=self.policy.timeout_s,
                follow_redirects=True,
                max_redirects=self.policy.max_redirects,
                headers={"User-Agent": USER_AGENT},
            )
        return self._client
