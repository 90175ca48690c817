"""Walk the inputs the user named (files, directories, `-` for stdin) in a stable order.

Each file is handed to the reader registered for its suffix; plain text is the default. A file
that cannot be read becomes a RawDocument with an error instead of stopping the walk.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from eventwire.ingest.decode import MAX_CHARS, DecodeError, decode_bytes
from eventwire.ingest.document import RawDocument
from eventwire.ingest.jsonl import looks_like_jsonl, read_jsonl_lines
from eventwire.model import ErrorReason

Reader = Callable[[str, bytes], Iterator[RawDocument]]

MAX_FILE_BYTES = MAX_CHARS * 4
"""Files bigger than this are refused unread: even as UTF-8 they exceed MAX_CHARS."""


def read_plain_text(doc_id: str, data: bytes) -> Iterator[RawDocument]:
    """A text file is one article."""
    try:
        yield RawDocument(id=doc_id, text=decode_bytes(data), source=doc_id)
    except DecodeError as error:
        yield RawDocument.failed(doc_id, error.reason, str(error))


def read_jsonl(doc_id: str, data: bytes) -> Iterator[RawDocument]:
    """A JSONL file holds one article a line."""
    try:
        text = decode_bytes(data)
    except DecodeError as error:
        yield RawDocument.failed(doc_id, error.reason, str(error))
        return
    yield from read_jsonl_lines(doc_id, text.splitlines())


READERS: dict[str, Reader] = {".jsonl": read_jsonl, ".ndjson": read_jsonl}


def read_inputs(inputs: Iterable[str]) -> Iterator[RawDocument]:
    """Yield every document under the given paths, in the order given, directories sorted."""
    for name in inputs:
        if name == "-":
            yield from read_stdin()
            continue
        path = Path(name)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from read_file(file, file.relative_to(path).as_posix())
        else:
            yield from read_file(path, path.name)


def read_file(path: Path, doc_id: str) -> Iterator[RawDocument]:
    """Read one file with the reader its suffix selects; unreadable files yield an error."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            message = f"{size:,} bytes; the limit is {MAX_FILE_BYTES:,}"
            yield RawDocument.failed(doc_id, ErrorReason.TOO_LONG, message)
            return
        data = path.read_bytes()
    except OSError as error:
        yield RawDocument.failed(doc_id, ErrorReason.UNREADABLE, f"cannot read file: {error}")
        return
    reader = READERS.get(path.suffix.lower(), read_plain_text)
    yield from reader(doc_id, data)


def read_stdin() -> Iterator[RawDocument]:
    """Stdin is JSONL when every line is a JSON object with `text`, else one plain article."""
    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    reader = read_jsonl if looks_like_jsonl(data) else read_plain_text
    yield from reader("stdin", data)
