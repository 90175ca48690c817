"""Helpers for crash tests: a generated wire corpus, `eventwire ingest` as a child process, and
a table-by-table snapshot of a SQLite store to compare runs with.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from eventwire.store import tables

COUNTRIES = ["Russia", "Belarus", "Ukraine", "France", "Germany", "Poland", "China", "Japan"]
PEOPLE = ["Sergey Shoigu", "Olaf Scholz", "Emmanuel Macron", "Andrzej Duda", "Xi Jinping"]
SURROGATE = {"search_docs": {"id"}, "articles": {"added_at"}}
"""Autoincrement keys and the time a result was stored: numbering and clock, not content."""
DERIVED = {"articles": {"group_id"}}
"""Set by the refresh after a batch, so not yet final while one runs."""
DERIVED_TABLES = {"article_groups", "merged_events", "merged_event_sources"}
"""Rebuilt whole by the refresh: compared only once a run has finished."""


def wire_story(number: int) -> str:
    """A short English wire story; every third one republishes its predecessor."""
    base = number - number % 3
    first, second = COUNTRIES[base % 8], COUNTRIES[(base * 3 + 1) % 8]
    person = PEOPLE[base % 5]
    story = (
        f"{first} and {second} hold talks\n\n"
        f"MINSK, March {base % 27 + 1} (Reuters) - {person} said on Tuesday that {first} would "
        f"send a delegation to {second} next week for talks on trade and security. "
        f"The foreign ministry of {second} confirmed the visit in a statement, story {base}. "
        f"Officials from both countries met in Geneva last month to prepare the agenda."
    )
    return story + (f" Republished by partner site {number}." if number % 3 else "")


def write_corpus(folder: Path, count: int) -> Path:
    """`count` stories plus an empty and a binary file, so error rows are stored too."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"story{number:04d}.txt").write_text(wire_story(number), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


def start_ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    """`eventwire ingest` in its own process, output discarded."""
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_ingest(corpus: Path, db: Path) -> None:
    process = start_ingest(corpus, db)
    assert process.wait(timeout=600) == 0


def connect(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db, isolation_level=None, timeout=30)


def integrity(db: Path) -> list[str]:
    """SQLite's own check plus the FTS5 index's check against its content table."""
    with connect(db) as connection:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        connection.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    return problems


def snapshot(db: Path, articles: set[str] | None = None) -> dict[str, list[tuple]]:
    """Every table's rows, sorted (duplicates kept); only `articles`' rows when given."""
    found = {}
    with connect(db) as connection:
        for table in tables.metadata.sorted_tables:
            skip = SURROGATE.get(table.name, set()) | (
                DERIVED.get(table.name, set()) if articles is not None else set()
            )
            columns = [c.name for c in table.columns if c.name not in skip]
            rows = connection.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall()
            if articles is not None:
                per_article = "article_id" in columns or table.name == "articles"
                if table.name in DERIVED_TABLES or not per_article:
                    continue
                key = columns.index("article_id" if table.name != "articles" else "id")
                rows = [row for row in rows if row[key] in articles]
            found[table.name] = sorted(rows, key=repr)
    return found


def stored_articles(db: Path) -> set[str]:
    try:
        with connect(db) as connection:
            return {row[0] for row in connection.execute("SELECT id FROM articles")}
    except sqlite3.Error:  # not created yet, or being migrated
        return set()
