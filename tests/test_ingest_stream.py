"""`ingest` streams its input: memory does not grow with the input, a gzip bomb is given up."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from eventwire.ingest import RawDocument
from eventwire.ingest.sources import ReadOptions, read_stream
from eventwire.pipeline import PIPELINE_VERSION, process
from eventwire.store import Store

LINES = 600
TEXT = "1234567890 " * 36_000
"""About 400 KB of digits (recorded as not English without loading the parser): 240 MB in all,
far above the process's start-up peak, so holding the input whole would show."""


def _peak_rss_mb(*args: str) -> float:
    """Peak resident memory of one `eventwire` run (this child only, not earlier ones)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(child.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, child.stderr.read() if child.stderr else ""
    return usage.ru_maxrss / 1024


def test_ingest_memory_does_not_grow_with_the_input(tmp_path: Path) -> None:
    line = json.dumps({"text": TEXT}) + "\n"
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl.gz"
    one.write_text(line, encoding="utf-8")
    many.write_bytes(gzip.compress(line.encode() * 10, compresslevel=1) * (LINES // 10))
    db = str(tmp_path / "store.db")
    store = Store(db)  # stored beforehand, so both runs below only read, look up and skip
    store.save(next(process([RawDocument(id="one", text=TEXT)])), PIPELINE_VERSION)
    store.close()
    small = _peak_rss_mb("ingest", str(one), "--db", db, "--workers", "1")
    large = _peak_rss_mb("ingest", str(many), "--db", db, "--workers", "1")
    assert large - small < 30, f"{small:.0f} MB for one line, {large:.0f} MB for {LINES}"


def _bomb(megabytes: int) -> bytes:
    """One endless JSON line as concatenated gzip members (a valid gzip stream): about 1 MB
    that unpacks to `megabytes` MB."""
    block = gzip.compress(b"a" * 2**20, compresslevel=1)
    return gzip.compress(b'{"text": "') + block * megabytes + gzip.compress(b'"}\n')


def test_a_gzip_bomb_is_given_up_at_the_limit() -> None:
    data = _bomb(256)  # 256 MB unpacked, over ten times the limit
    stream = io.BytesIO(data)
    (doc,) = read_stream("bomb", "bomb.jsonl.gz", stream, ReadOptions())
    assert doc.errors[0].reason == "too_long"
    assert "rest of the file not read" in doc.errors[0].message
    assert stream.tell() < len(data) / 4, "decompression stopped near the limit"
