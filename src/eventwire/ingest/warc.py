"""WARC files (Common Crawl CC-NEWS and the like): HTML responses → articles.

warcio reads plain and gzip-compressed WARC as a stream, so archives far larger than memory are
fine. The record's WARC-Target-URI is the article URL; its WARC-Date (the crawl time) is the date
when the page itself names none.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from itertools import count
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from eventwire.ingest.decode import MAX_CHARS
from eventwire.ingest.document import RawDocument
from eventwire.ingest.html import html_document
from eventwire.model import ErrorReason

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_RECORD_BYTES = MAX_CHARS * 4
RECORD_START = b"\nWARC/1."


def read_warc(doc_id: str, stream: BinaryIO) -> Iterator[RawDocument]:
    """Yield one document per HTML response record, numbered in file order as `doc_id:N`."""
    total, gzipped = _size(stream)
    size = None if gzipped else total
    numbers = count(1)
    number = 0
    try:
        while True:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                start = iterator.offset  # where this record began (warcio sets it per record)
                if size is not None and start + (record.length or 0) > size:
                    number = next(numbers)
                    yield _impossible(f"{doc_id}:{number}", record, start, size)
                    resume = _next_record_start(stream, start + 1)
                    break
                if _is_html(record):
                    number = next(numbers)
                    yield _record_document(f"{doc_id}:{number}", record)
            else:
                cut = _cut_tail(iterator, total if gzipped else None)
                if cut:
                    yield RawDocument.failed(f"{doc_id}:{next(numbers)}", *cut)
                return
            if resume is None:
                return
            stream.seek(resume)
    except Exception as error:  # warcio raises assorted errors on malformed archives
        message = f"WARC file unreadable after {number} records: {error}"
        yield RawDocument.failed(f"{doc_id}:{number + 1}", ErrorReason.UNREADABLE, message)


def _size(stream: BinaryIO) -> tuple[int | None, bool]:
    """The WARC's size in bytes (None for a stream that cannot seek), and whether it is gzip.
    Record lengths are of unpacked records, so a gzipped file's size bounds none of them."""
    try:
        start = stream.tell()
        head = stream.read(2)
        end = stream.seek(0, io.SEEK_END)
        stream.seek(start)
    except (OSError, ValueError):
        return None, False
    return end, head == b"\x1f\x8b"


def _cut_tail(iterator: ArchiveIterator, size: int | None) -> tuple[ErrorReason, str] | None:
    """Bytes after the last whole record that gave no record: a gzip member cut short, on
    which warcio ends without a word (the record would vanish unreported)."""
    try:
        end = iterator.get_record_offset() + iterator.get_record_length()
    except (AttributeError, TypeError):  # no record was read at all
        end = 0
    if size is None or end >= size:
        return None
    message = f"WARC file ends in a cut record: {size - end:,} bytes after byte {end:,}"
    return ErrorReason.UNREADABLE, message


def _impossible(doc_id: str, record: ArcWarcRecord, start: int, size: int) -> RawDocument:
    """A record whose Content-Length runs past the end of the file: read as is, it would
    swallow every record after it."""
    message = (
        f"WARC record at byte {start:,} claims {record.length:,} bytes but the file has "
        f"{size - start:,} left; reading goes on at the next record"
    )
    url = record.rec_headers.get_header("WARC-Target-URI")
    return RawDocument.failed(doc_id, ErrorReason.UNREADABLE, message, url=url)


def _next_record_start(stream: BinaryIO, after: int) -> int | None:
    """The offset of the next line starting `WARC/1.` after `after`, or None."""
    stream.seek(after)
    position, carry = after, b""
    while chunk := stream.read(2**16):
        window = carry + chunk
        found = window.find(RECORD_START)
        if found >= 0:
            return position - len(carry) + found + 1
        carry = window[-len(RECORD_START) :]
        position += len(chunk)
    return None


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
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:  # the file ends inside this record: its first bytes are not the page
        message = f"WARC record cut short: its last {missing:,} bytes are missing"
        return RawDocument.failed(doc_id, ErrorReason.UNREADABLE, message, url=url)
    page = html_document(doc_id, body, url=url)
    page.date = page.date or headers.get_header("WARC-Date")
    return page
