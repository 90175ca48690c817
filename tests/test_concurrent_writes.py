"""Several ingests into one database at once store exactly what one ingest stores.

Each writer is a separate process that opens the store (migrating a fresh database, as the first
`eventwire ingest` does), saves the same results in its own order, then refreshes the derived
tables: the steps `ingest` runs after the pipeline.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import Column, Table, select

from eventwire.model import ArticleResult
from eventwire.store import Store
from eventwire.store import tables as t
from eventwire.store.load import save_all
from tests.records import DRILLS, drills, protest
from tests.store_fixtures import _fresh_postgres_db

ARTICLES = 30


def _results() -> list[ArticleResult]:
    copies = [drills(f"site{n}", DRILLS + f"\n\nCopyright site {n}.") for n in range(ARTICLES)]
    return [*copies, protest()]


def _ingest(db: str, rotation: int, start: multiprocessing.synchronize.Event) -> None:
    start.wait()
    results = _results()
    store = Store(db)
    save_all(store, results[rotation:] + results[:rotation], "1")
    store.close()


def _snapshot(db: str) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without surrogate keys (numbered in insertion order) or the
    time each article was stored (which differs from run to run by nature)."""
    store = Store(db)
    with store.engine.connect() as connection:
        found = {
            table.name: sorted(connection.execute(select(*_content(table))).all(), key=repr)
            for table in t.metadata.sorted_tables
        }
    store.close()
    return found


def _content(table: Table) -> list[Column]:
    return [
        column
        for column in table.columns
        if column is not table.autoincrement_column and column is not t.articles.c.added_at
    ]


def _run_concurrently(db: str, writers: int) -> None:
    context = multiprocessing.get_context("fork")  # each its own engine and connections
    start = context.Event()
    processes = [context.Process(target=_ingest, args=(db, n * 7, start)) for n in range(writers)]
    for process in processes:
        process.start()
    start.set()
    for process in processes:
        process.join(timeout=120)
    assert [process.exitcode for process in processes] == [0] * writers


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_db(request: pytest.FixtureRequest, tmp_path: Path) -> object:
    """A database URL or path that nothing has opened yet (so the writers race to migrate)."""

    def make(name: str) -> str:
        if request.param == "sqlite":
            return str(tmp_path / f"{name}.db")
        return _fresh_postgres_db(request.getfixturevalue("postgres_server"))

    return make


@pytest.mark.parametrize("writers", [2, 3])
def test_concurrent_ingests_store_what_one_stores(fresh_db, writers: int) -> None:
    single, shared = fresh_db("single"), fresh_db("shared")
    _run_concurrently(single, 1)
    _run_concurrently(shared, writers)
    expected = _snapshot(single)
    assert len(expected["articles"]) == ARTICLES + 1
    assert _snapshot(shared) == expected
