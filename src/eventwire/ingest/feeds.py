"""RSS and Atom feeds: each entry is an article, its linked page fetched when allowed.

The entry's title, link and publication date are container metadata and win over the page's.
When fetching is off or fails, the entry's own summary (HTML stripped) is the article text.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import lxml.html

from eventwire.ingest.decode import DecodeError, check_text
from eventwire.ingest.document import RawDocument
from eventwire.ingest.fetch import Fetcher
from eventwire.ingest.html import html_document


def read_feed(doc_id: str, data: bytes, fetcher: Fetcher | None) -> Iterator[RawDocument]:
    """One document per entry, in feed order; `fetcher` None means summaries only."""
    feed = feedparser.parse(data)
    for number, entry in enumerate(feed.entries, start=1):
        yield _entry_document(doc_id, number, entry, fetcher)


def _entry_document(
    doc_id: str, number: int, entry: feedparser.FeedParserDict, fetcher: Fetcher | None
) -> RawDocument:
    link = entry.get("link")
    entry_id = str(entry.get("id") or link or f"{doc_id}:{number}")
    metadata = {"url": link, "title": entry.get("title"), "date": _entry_date(entry)}
    page = fetcher.fetch(link) if fetcher and link else None
    if page is not None:
        document = html_document(entry_id, page, **metadata)
        if document.text is not None:
            return document
    present = {key: value for key, value in metadata.items() if value}
    try:
        text = check_text(_summary_text(entry))
    except DecodeError as error:
        return RawDocument.failed(entry_id, error.reason, f"feed entry: {error}", **present)
    return RawDocument(id=entry_id, text=text, source=doc_id, **present)


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _summary_text(entry: feedparser.FeedParserDict) -> str:
    """The entry's full content if the feed carries it, else its summary, as plain text."""
    contents = entry.get("content") or []
    html = contents[0].get("value") if contents else entry.get("summary", "")
    if not html or not html.strip():
        return ""
    return lxml.html.fragment_fromstring(html, create_parent="div").text_content().strip()
