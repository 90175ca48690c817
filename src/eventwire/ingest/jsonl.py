"""JSONL input: one object a line with `text` and optional `id`, `url`, `title`, `date`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from eventwire.ingest.decode import DecodeError, check_text
from eventwire.ingest.document import RawDocument
from eventwire.model import ErrorReason

OPTIONAL_FIELDS = ("url", "title", "date", "source")


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


def read_jsonl_lines(origin: str, lines: Iterable[str]) -> Iterator[RawDocument]:
    """Yield one document per non-blank line; a bad line becomes a document with an error."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield parse_line(f"{origin}:{number}", line)


def parse_line(fallback_id: str, line: str) -> RawDocument:
    try:
        record = json.loads(line)
    except ValueError as error:
        return invalid(fallback_id, f"line is not JSON: {error}")
    if not isinstance(record, dict):
        return invalid(fallback_id, "line is not a JSON object")
    doc_id = str(record.get("id") or fallback_id)
    text = record.get("text")
    if not isinstance(text, str):
        return invalid(doc_id, "object has no string field 'text'")
    metadata = {key: str(record[key]) for key in OPTIONAL_FIELDS if record.get(key)}
    metadata.setdefault("source", fallback_id.rsplit(":", 1)[0])
    try:
        return RawDocument(id=doc_id, text=check_text(text), **metadata)
    except DecodeError as error:
        return RawDocument.failed(doc_id, error.reason, str(error), **metadata)


def invalid(doc_id: str, message: str) -> RawDocument:
    return RawDocument.failed(doc_id, ErrorReason.INVALID_INPUT, message)
