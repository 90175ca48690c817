"""WARC files (Common Crawl CC-NEWS and the like): HTML responses → articles.

warcio reads plain and gzip-compressed WARC as a stream, so archives far larger than memory are
fine. The record's WARC-Target-URI is the article URL; its WARC-Date (the crawl time) is the date
when the page itself names none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from eventwire.ingest.decode import MAX_CHARS
from eventwire.ingest.document import RawDocument
from eventwire.ingest.html import html_document
from eventwire.model import ErrorReason

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_RECORD_BYTES = MAX_CHARS * 4


def read_warc(doc_id: str, stream: BinaryIO) -> Iterator[RawDocument]:
    """Yield one document per HTML response record, numbered in file order as `doc_id:N`."""
    number = 0
    try:
        for record in ArchiveIterator(stream):
            if not _is_html(record):
                continue
            number += 1
            yield _record_document(f"{doc_id}:{number}", record)
    except Exception as error:  # warcio raises assorted errors on malformed archives
        message = f"WARC file unreadable after {number} records: {error}"
        yield RawDocument.failed(f"{doc_id}:{number + 1}", ErrorReason.UNREADABLE, message)


def _is_html(record: ArcWarcRecord) -> bool:
    """Response (or resource) records whose payload is an HTML page."""
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return False
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def _record_document(doc_id: str, record: ArcWarcRecord) -> RawDocument:
    headers = record.rec_headers
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    url = headers.get_header("WARC-Target-URI")
    if len(body) > MAX_RECORD_BYTES:
        message = f"WARC record over {MAX_RECORD_BYTES:,} bytes"
        return RawDocument.failed(doc_id, ErrorReason.TOO_LONG, message, url=url)
    page = html_document(doc_id, body, url=url)
    page.date = page.date or headers.get_header("WARC-Date")
    return page
