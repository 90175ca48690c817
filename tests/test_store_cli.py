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


def _refused(args: list[str], *words: str) -> str:
    """The command exits 2 with one line on stderr naming the problem, and no traceback."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eventwire: error: "), result.stderr
    assert "Traceback" not in result.output and all(w in lines[0] for w in words), lines[0]
    return lines[0]


def test_reading_commands_refuse_a_database_that_does_not_exist(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    _refused(["query", "events", "--db", str(typo)], "no database at", "eventwire ingest")
    out = str(tmp_path / "x.jsonl")
    _refused(["export", "--db", str(typo), "--format", "jsonl", "-o", out], "no database at")
    _refused(["serve", "--db", str(typo)], "no database at")
    assert not typo.exists()


def test_bad_database_urls_and_dates_get_one_line(tmp_path: Path) -> None:
    _refused(["query", "events", "--db", "nosuchdriver://host/db"], "not a database")
    line = _refused(["ingest", str(REFERENCE), "--db", "postgresql://me:s3cret@127.0.0.1:1/none"],
                    "cannot open database")  # fmt: skip
    assert "s3cret" not in line and "me:***@127.0.0.1" in line
    _refused(["ingest", str(REFERENCE), "--db", str(tmp_path / "no" / "dir.db")], "cannot open")
    db = str(tmp_path / "e.db")
    Store(db).close()
    _refused(["query", "events", "--db", db, "--since", "2022-13-45"], "--since", "YYYY-MM-DD")
    _refused(["query", "events", "--db", db, "--until", "9999-12-31"], "--until", "last day")
    _refused(["ingest", str(REFERENCE), "--db", db, "--date", "yesterday"], "--date")
    _refused(["extract", str(REFERENCE), "--date", "3/2/2022"], "--date")


def test_a_missing_input_file_is_refused_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    missing = str(tmp_path / "nope.txt")
    _refused(["ingest", missing, "--db", str(db)], "no such file", missing)
    _refused(["extract", str(REFERENCE), missing], "no such file")
    assert not db.exists()


def test_a_missing_postgresql_database_gets_one_line(postgres_server: str) -> None:
    missing = postgres_server.rsplit("/", 1)[0] + "/no_such_database"
    line = _refused(["query", "events", "--db", missing], "cannot open database")
    assert "no_such_database" in line
