"""`eventwire ingest`, `query` and `export` on a SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store
from tests.conftest import REFERENCE
from tests.records import drills

runner = CliRunner(env={"COLUMNS": "300"})  # wide enough that table cells do not fold


def test_ingest_twice_stores_once_and_resumes(tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    first = runner.invoke(app, ["ingest", str(REFERENCE), "--db", db])
    assert first.exit_code == 0, first.output
    assert "skipped 0 already stored" in first.output and "inserted 1" in first.output
    again = runner.invoke(app, ["ingest", str(REFERENCE), "--db", db])
    assert "skipped 1 already stored" in again.output and "inserted" not in again.output
    (stored,) = Store(db).results()
    assert stored.article is not None and stored.article.headline is not None


def test_query_prints_tables_and_export_writes_jsonl(tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    store = Store(db)
    store.save(drills("tass"), "1")
    store.refresh()
    events = runner.invoke(app, ["query", "events", "--db", db, "--country", "blr"])
    assert events.exit_code == 0, events.output
    assert "MOBILIZE" in events.output and "began joint military drills" in events.output
    quotes = runner.invoke(app, ["query", "quotes", "--db", db, "--actor", "Shoigu"])
    assert "purely defensive" in quotes.output
    none = runner.invoke(app, ["query", "actors", "--db", db, "--country", "FRA"])
    assert "actors (0)" in none.output
    out = tmp_path / "out.jsonl"
    exported = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    assert json.loads(out.read_text())["id"] == "tass"
