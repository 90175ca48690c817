"""HTML pages → main text and metadata (title, date, url, site name) with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura

from eventwire.ingest.decode import DecodeError, check_text, damaged_utf8, looks_binary
from eventwire.ingest.document import RawDocument
from eventwire.model import ErrorReason

DATE_PARAMS = {"extensive_search": False, "original_date": True}
"""Dates from the page's metadata only: a date guessed from body text is often not publication."""


def html_document(
    doc_id: str,
    html: bytes,
    url: str | None = None,
    date: str | None = None,
    title: str | None = None,
) -> RawDocument:
    """One page as a document; metadata passed by the container (feed, WARC) wins over the page's.

    The site name becomes `source` (the publisher), else the document id (where it was read).
    """
    if looks_binary(html):
        return RawDocument.failed(doc_id, ErrorReason.BINARY, "binary content, not an HTML page")
    page = trafilatura.bare_extraction(
        _utf8_if_damaged(html),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_PARAMS,
    )
    metadata = {
        "url": url or (page.url if page else None),
        "date": date or (page.date if page else None),
        "title": title or (page.title if page else None),
        "source": (page.sitename if page else None) or doc_id,
    }
    present = {key: value for key, value in metadata.items() if value}
    try:
        text = check_text(page.text if page and page.text else "")
    except DecodeError as error:
        return RawDocument.failed(doc_id, error.reason, f"HTML page: {error}", **present)
    return RawDocument(id=doc_id, text=text, **present)


def _utf8_if_damaged(html: bytes) -> bytes | str:
    """A UTF-8 page with a few invalid bytes as text; trafilatura would guess its encoding
    from the bytes and may take it for a legacy code page, garbling every non-ASCII letter."""
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        return damaged_utf8(html) or html
    return html


def read_html(doc_id: str, data: bytes) -> Iterator[RawDocument]:
    """An HTML file is one article."""
    yield html_document(doc_id, data)
