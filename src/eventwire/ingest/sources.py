"""Walk the inputs the user named (files, directories, globs, `-` for stdin) in a stable order.

Each file goes to the reader its content or, failing that, its suffix selects (`.gz` is looked
through); plain text is the default. Content wins because suffixes lie: a `.txt` holding an HTML
page, an `.xml` holding a feed. A file that cannot be read becomes a RawDocument with an error
instead of stopping the walk.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import shutil
import stat
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from eventwire.ingest.decode import MAX_CHARS, DecodeError, decode_bytes
from eventwire.ingest.document import RawDocument
from eventwire.ingest.fetch import Fetcher, FetchPolicy
from eventwire.ingest.jsonl import looks_like_jsonl, read_jsonl_stream
from eventwire.model import ErrorReason

MAX_FILE_BYTES = MAX_CHARS * 4
"""Single-article files bigger than this are refused unread; WARC and JSONL are streamed."""
HEAD_BYTES = 4096
SPOOL_BYTES = 64 * 2**20
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class ReadOptions:
    """Choices that change what is read; `fetcher` None keeps feed entries to their summaries.

    `policy` is how a URL named as input is fetched when feed links are not."""

    fetcher: Fetcher | None = None
    policy: FetchPolicy = field(default_factory=FetchPolicy)


Reader = Callable[[str, bytes, ReadOptions], Iterator[RawDocument]]


def read_plain_text(doc_id: str, data: bytes, options: ReadOptions) -> Iterator[RawDocument]:
    """A text file is one article."""
    try:
        yield RawDocument(id=doc_id, text=decode_bytes(data), source=doc_id)
    except DecodeError as error:
        yield RawDocument.failed(doc_id, error.reason, str(error))


# The HTML, feed and WARC readers are imported by the first page, feed or archive read: their
# libraries (trafilatura, feedparser, lxml, warcio) took a quarter of a second of CPU at every
# start-up, a tenth of a one-article run, though most inputs are text or JSON Lines.


def read_html_page(doc_id: str, data: bytes, options: ReadOptions) -> Iterator[RawDocument]:
    from eventwire.ingest.html import read_html

    yield from read_html(doc_id, data)


def read_feed_file(doc_id: str, data: bytes, options: ReadOptions) -> Iterator[RawDocument]:
    from eventwire.ingest.feeds import read_feed

    yield from read_feed(doc_id, data, options.fetcher)


def read_warc_stream(doc_id: str, stream: BinaryIO) -> Iterator[RawDocument]:
    from eventwire.ingest.warc import read_warc

    yield from read_warc(doc_id, stream)


READERS: dict[str, Reader] = {
    ".txt": read_plain_text,
    ".html": read_html_page,
    ".htm": read_html_page,
    ".xhtml": read_html_page,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
}
"""Readers of one file's bytes (at most MAX_FILE_BYTES), by suffix."""

StreamReader = Callable[[str, BinaryIO], Iterator[RawDocument]]
STREAM_READERS: dict[str, StreamReader] = {
    ".warc": read_warc_stream,
    ".jsonl": read_jsonl_stream,
    ".ndjson": read_jsonl_stream,
}
"""Readers of containers that may exceed memory (archives, JSON Lines), by suffix."""


FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(head: bytes) -> bool:
    """An XML document whose root is an RSS, Atom or RDF feed element."""
    lowered = head[:2048].lstrip().lower()
    return lowered.startswith((b"<?xml", *FEED_MARKERS)) and any(
        marker in lowered for marker in FEED_MARKERS
    )


def sniff(head: bytes) -> str | None:
    """The reader key that the first bytes prove, or None when they prove nothing."""
    if head.startswith(b"WARC/"):
        return ".warc"
    if looks_like_feed(head):
        return ".rss"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:1024]:
        return ".html"
    return None


def reader_key(name: str, head: bytes) -> str | None:
    """Content first, then the suffix under any `.gz`; None when neither says."""
    suffixes = [s.lower() for s in Path(name).suffixes if s.lower() != ".gz"]
    known = READERS.keys() | STREAM_READERS.keys()
    return sniff(head) or next((s for s in reversed(suffixes) if s in known), None)


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[RawDocument]:
    """Yield every document under the given paths, in the order given, directories sorted."""
    options = options or ReadOptions()
    for name in inputs:
        if name == "-":
            yield from read_stdin(options)
            continue
        if name.startswith(("http://", "https://")):
            yield from read_url(name, options)
            continue
        for path, doc_id in expand(name):
            yield from read_file(path, doc_id, options)


def expand(name: str) -> Iterator[tuple[Path, str]]:
    """A file, every file under a directory (sorted), or every match of a glob (sorted)."""
    path = Path(name)
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file() and not _is_notice(p)):
            yield file, file.relative_to(path).as_posix()
    elif not path.exists() and glob.has_magic(name):
        for match in sorted(glob.glob(name, recursive=True)):
            yield from expand(match)
    else:
        yield path, path.name


CORPUS_NOTICES = {"README", "LICENSE", "LICENSES", "LICENCE", "LICENCES", "COPYING", "NOTICE"}
"""Files that describe a corpus folder rather than belong to it; skipped in directory walks."""


def _is_notice(path: Path) -> bool:
    return path.name.split(".")[0].upper() in CORPUS_NOTICES


def read_file(path: Path, doc_id: str, options: ReadOptions) -> Iterator[RawDocument]:
    """Read one file with the reader its content or suffix selects; errors become documents."""
    try:
        with open_regular(path) as stream:
            yield from read_stream(doc_id, path.name, stream, options)
    except OSError as error:
        yield RawDocument.failed(doc_id, ErrorReason.UNREADABLE, f"cannot read file: {error}")


def open_regular(path: Path) -> BinaryIO:
    """The file opened for reading; OSError for a FIFO, device or socket, which could block
    for ever or never end. Opened non-blocking and checked on the open descriptor, so the
    check and the open see the same file."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(f"not a regular file (a FIFO, device or socket): {path}")
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def read_stream(
    doc_id: str, name: str, stream: BinaryIO, options: ReadOptions
) -> Iterator[RawDocument]:
    """Every document in the stream; a reader's unforeseen failure (RecursionError in a parser,
    say) ends this input with a recorded error, never the batch."""
    try:
        yield from _read_stream(doc_id, name, stream, options)
    except Exception as error:  # deliberately broad: the next input must still be read
        message = f"reading stopped: {type(error).__name__}: {error}"
        yield RawDocument.failed(doc_id, ErrorReason.UNREADABLE, message)


def _read_stream(
    doc_id: str, name: str, stream: BinaryIO, options: ReadOptions
) -> Iterator[RawDocument]:
    """Containers are streamed whatever their size; single articles are read up to the limit."""
    try:
        key = reader_key(name, _peek(stream))
        if key == ".warc":  # warcio reads gzip members itself
            yield from read_warc_stream(doc_id, stream)
            return
        content = _content(stream)
        if key is None:
            key = ".jsonl" if looks_like_jsonl(content.readline(MAX_FILE_BYTES)) else ".txt"
            content.seek(0)
        if key in STREAM_READERS:
            yield from STREAM_READERS[key](doc_id, content)
            return
        data = content.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:
        yield RawDocument.failed(doc_id, ErrorReason.UNREADABLE, f"cannot read: {error}")
        return
    if len(data) > MAX_FILE_BYTES:
        message = f"more than {MAX_FILE_BYTES:,} bytes, the limit"
        yield RawDocument.failed(doc_id, ErrorReason.TOO_LONG, message)
        return
    yield from READERS[key](doc_id, data, options)


def _peek(stream: BinaryIO) -> bytes:
    """The first bytes of the content, decompressed when it is gzip."""
    raw = stream.read(HEAD_BYTES)
    stream.seek(0)
    if raw.startswith(GZIP_MAGIC):
        # what the head decompresses to: unlike GzipFile, a truncated file is not an error here,
        # so a truncated archive still reaches its reader and keeps its complete records
        raw = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(raw, HEAD_BYTES)
    return raw


def _content(stream: BinaryIO) -> BinaryIO:
    """The stream, decompressed when it is gzip, at its start."""
    gzipped = stream.read(2) == GZIP_MAGIC
    stream.seek(0)
    return gzip.GzipFile(fileobj=stream) if gzipped else stream  # type: ignore[return-value]


def read_stdin(options: ReadOptions) -> Iterator[RawDocument]:
    """Stdin is read like a file named `stdin`: content decides the reader.

    It is spooled (to disk past SPOOL_BYTES) because readers look at the head and then rewind.
    """
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
        shutil.copyfileobj(sys.stdin.buffer, spool)
        spool.seek(0)
        yield from read_stream("stdin", "", spool, options)  # type: ignore[arg-type]


def read_url(url: str, options: ReadOptions) -> Iterator[RawDocument]:
    """A feed or page on the web, fetched even under --no-fetch (which is about feed links)."""
    data = (options.fetcher or Fetcher(options.policy)).fetch(url)
    if data is None:
        yield RawDocument.failed(url, ErrorReason.UNREADABLE, "could not fetch (see the log)")
        return
    yield from read_data(url, data, options)


def read_data(
    doc_id: str, data: bytes, options: ReadOptions, name: str = ""
) -> Iterator[RawDocument]:
    """Bytes already in memory (a download, a Spark record); `name` may give a suffix."""
    yield from read_stream(doc_id, name, io.BytesIO(data), options)
