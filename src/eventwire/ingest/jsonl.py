"""JSONL input: one object a line with `text` and optional `id`, `url`, `title`, `date`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from eventwire.ingest.decode import MAX_CHARS, DecodeError, check_text, decode_bytes
from eventwire.ingest.document import RawDocument
from eventwire.model import ErrorReason

OPTIONAL_FIELDS = ("url", "title", "date", "source")
MAX_LINE_BYTES = MAX_CHARS * 4 + 4096
"""A line holds one article (at most MAX_CHARS) plus its metadata."""
MAX_SKIP_BYTES = MAX_LINE_BYTES * 4
"""How far past an overlong line's limit the reader looks for its end; beyond that the file is
given up (a gzip bomb unpacks to gigabytes without a newline, and reading on costs minutes)."""


def looks_like_jsonl(data: bytes) -> bool:
    """True when the first non-blank line is a JSON object carrying `text`."""
    for line in data.splitlines():
        if line.strip():
            try:
                first = json.loads(line)
            except ValueError:
                return False
            return isinstance(first, dict) and "text" in first
    return False


def read_jsonl_stream(origin: str, stream: BinaryIO) -> Iterator[RawDocument]:
    """One document per non-blank line, streamed (a JSONL file may be far larger than memory);
    a bad line becomes a document with an error."""
    for number, line in enumerate(_lines(stream), start=1):
        fallback_id = f"{origin}:{number}"
        if isinstance(line, DecodeError):
            yield RawDocument.failed(fallback_id, line.reason, str(line))
        elif line.strip():
            yield _isolated(fallback_id, line)


def _isolated(fallback_id: str, line: str) -> RawDocument:
    """One line's document; whatever goes wrong with it is that line's recorded error."""
    try:
        return parse_line(fallback_id, line)
    except Exception as error:  # one line must never end the file: anything is recorded
        return invalid(fallback_id, f"line could not be read: {type(error).__name__}: {error}")


def _lines(stream: BinaryIO) -> Iterator[str | DecodeError]:
    """Decoded lines, each at most MAX_LINE_BYTES; UTF-8 first, else the detected encoding."""
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        if len(raw) > MAX_LINE_BYTES:
            message = f"line over {MAX_LINE_BYTES:,} bytes"
            if not _skip_line(stream):
                yield DecodeError(ErrorReason.TOO_LONG, f"{message}; the rest of the file not read")
                return
            yield DecodeError(ErrorReason.TOO_LONG, message)
            continue
        try:
            yield raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                yield decode_bytes(raw)
            except DecodeError as error:
                yield error


def _skip_line(stream: BinaryIO) -> bool:
    """Read past the end of the current line; False when it goes on past MAX_SKIP_BYTES."""
    skipped = 0
    while skipped <= MAX_SKIP_BYTES:
        raw = stream.readline(MAX_LINE_BYTES)
        if not raw or raw.endswith(b"\n"):
            return True
        skipped += len(raw)
    return False


def parse_line(fallback_id: str, line: str) -> RawDocument:
    try:
        record = json.loads(line)
    except ValueError as error:
        return invalid(fallback_id, f"line is not JSON: {error}")
    except RecursionError:
        return invalid(fallback_id, "line is JSON nested too deeply to read")
    if not isinstance(record, dict):
        return invalid(fallback_id, "line is not a JSON object")
    doc_id = _id(record.get("id")) or fallback_id
    text = record.get("text")
    if not isinstance(text, str):
        return invalid(doc_id, "object has no string field 'text'")
    metadata = {key: record[key] for key in OPTIONAL_FIELDS if _text(record.get(key))}
    metadata.setdefault("source", fallback_id.rsplit(":", 1)[0])
    try:
        return RawDocument(id=doc_id, text=check_text(text), **metadata)
    except DecodeError as error:
        return RawDocument.failed(doc_id, error.reason, str(error), **metadata)


def _id(value: object) -> str | None:
    """An id given as a string or an integer; anything else (a list, an object) is no id, not
    its Python spelling."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if _text(value) else None


def _text(value: object) -> bool:
    """A metadata field is used only when it is a non-empty string."""
    return isinstance(value, str) and bool(value)


def invalid(doc_id: str, message: str) -> RawDocument:
    return RawDocument.failed(doc_id, ErrorReason.INVALID_INPUT, message)
