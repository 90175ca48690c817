"""Resumable JSONL output: a killed run, started again, goes on where it stopped.

Results are written in input order, one line each, flushed as they come; so the complete lines
of the output are exactly the first N inputs. A partial last line (the kill came mid-write) is
cut off, and the first N inputs are skipped after checking that their ids match.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.ingest import RawDocument


class ResumeMismatch(Exception):
    """The output file was not written from these inputs; resuming would mix two runs."""


def completed_ids(path: Path) -> list[str]:
    """Ids of the complete records in `path`, in order, truncating a partial last line."""
    if not path.exists():
        return []
    ids: list[str] = []
    complete = 0
    with path.open("r+b") as stream:
        for line in stream:
            record = _record(line)
            if record is None:
                break
            ids.append(str(record["id"]))
            complete += len(line)
        stream.truncate(complete)
    return ids


def _record(line: bytes) -> dict | None:
    """The line's record, or None for a partial line (no newline, or JSON cut short)."""
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) and "id" in record else None


def skip_completed(docs: Iterable[RawDocument], done: list[str]) -> Iterator[RawDocument]:
    """The documents after the first `len(done)`, which must carry the ids in `done`."""
    iterator = iter(docs)
    for expected in done:
        doc = next(iterator, None)
        if doc is None or doc.id != expected:
            found = "end of input" if doc is None else repr(doc.id)
            raise ResumeMismatch(f"output has {expected!r} where the input has {found}")
    yield from iterator
