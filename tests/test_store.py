"""The store on SQLite and PostgreSQL: round trip, idempotence, replacement, search, queries."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError

from eventwire.model import ArticleResult
from eventwire.store import Outcome, Store, read
from eventwire.store import tables as t
from eventwire.store.db import MIGRATIONS
from eventwire.store.paging import Filters
from eventwire.store.rows import record_rows
from eventwire.store.search import search
from tests.records import DRILLS, drills, protest


def _counts(store: Store) -> dict[str, int]:
    tables = [t.articles, t.actors, t.mentions, t.quotes, t.events, t.event_participants]
    tables += [t.times, t.places, t.errors, t.search_docs]
    with store.engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in tables
        }


def test_results_read_back_exactly_as_written(store: Store) -> None:
    written = [drills("tass"), protest()]
    assert [store.save(r, "1") for r in written] == [Outcome.INSERTED, Outcome.INSERTED]
    assert sorted(store.results(), key=lambda r: r.id) == sorted(written, key=lambda r: r.id)
    counts = _counts(store)
    assert counts["events"] == 2 and counts["event_participants"] == 3
    assert counts["quotes"] == 1 and counts["times"] == 1 and counts["places"] == 1


def test_saving_the_same_result_twice_changes_nothing(store: Store) -> None:
    store.save(drills("tass"), "1")
    before = _counts(store)
    assert store.save(drills("tass"), "1") is Outcome.UNCHANGED
    assert _counts(store) == before


def test_newer_pipeline_version_replaces_the_articles_records(store: Store) -> None:
    store.save(drills("tass"), "1")
    rerun = drills("tass").model_copy(update={"events": [], "quotes": []})
    assert store.save(rerun, "2") is Outcome.REPLACED
    assert store.stored_versions([rerun.article.id]) == {rerun.article.id: "2"}
    counts = _counts(store)
    assert counts["events"] == 0 and counts["quotes"] == 0 and counts["actors"] == 3
    assert list(store.results()) == [rerun]


def test_a_failed_replacement_leaves_the_old_records(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(drills("tass"), "1")
    before = _counts(store)

    def duplicated_events(result: ArticleResult) -> dict:
        rows = record_rows(result)
        rows[t.events] *= 2  # the second copy violates the primary key after the deletes ran
        return rows

    monkeypatch.setattr("eventwire.store.write.record_rows", duplicated_events)
    with pytest.raises(IntegrityError):
        store.save(drills("tass"), "2")
    assert _counts(store) == before
    assert store.stored_versions([drills("tass").article.id]).popitem()[1] == "1"


def test_full_text_search_finds_articles_and_quotes(store: Store) -> None:
    store.save(drills("tass"), "1")
    store.save(protest(), "1")
    with store.engine.connect() as connection:
        hits = search(connection, "defensive", None, 10)
        assert {h.kind for h in hits} == {"article", "quote"}
        (hit,) = search(connection, "tractors", "article", 10)
        assert hit.article_id == protest().article.id and hit.title == "Farmers rally in Paris"
        assert [hit.snippet[m.start : m.end] for m in hit.marks] == ["tractors"]
        assert search(connection, "\"'; DROP TABLE articles; --", None, 10) == []
        syntax = search(connection, '"farmers" (Paris* -', None, 10)
        assert [h.article_id for h in syntax] == [protest().article.id]
    assert _counts(store)["articles"] == 2


def test_queries_filter_by_country_type_actor_and_date(store: Store) -> None:
    store.save(drills("tass"), "1")
    store.save(protest(), "1")
    with store.engine.connect() as connection:

        def events(**kwargs: object) -> list[str]:
            page = read.events(connection, Filters(**kwargs), 10, None)  # type: ignore[arg-type]
            return [item.type for item in page.items]

        assert events(country="BLR") == ["MOBILIZE"]
        assert events(type="PROTEST") == ["PROTEST"]
        assert events(actor="farmers") == ["PROTEST"]
        assert events(actor="%") == []
        assert sorted(events()) == ["MOBILIZE", "PROTEST"]
        assert events(since=date(2023, 1, 1)) == ["PROTEST"]
        assert events(until=date(2022, 2, 3)) == ["MOBILIZE"]
        assert sorted(events(until=date.max)) == ["MOBILIZE", "PROTEST"]
        quotes = read.quotes(connection, Filters(actor="shoigu"), 10, None).items
        assert quotes[0].content.text.startswith("The exercise is purely defensive")
        actors = read.actors(connection, Filters(country="RUS"), 10, None).items
        assert {a.name for a in actors} == {"Russian troops", "Sergey Shoigu"}


def test_cursor_pages_cover_every_record_once(store: Store) -> None:
    for n in range(3):
        store.save(drills(f"site{n}", DRILLS + f" Update {n}."), "1")
    seen, cursor = [], None
    with store.engine.connect() as connection:
        while True:
            page = read.actors(connection, Filters(), 2, cursor)
            seen += [(item.article_id, item.id) for item in page.items]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    assert len(seen) == len(set(seen)) == 9


def test_migrations_build_exactly_the_documented_tables(store: Store) -> None:
    """Alembic's migrations and tables.py agree (full-text objects aside, which are dialect DDL)."""
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, t.metadata)
    full_text = ("search_fts", "tsv")
    assert [d for d in differences if not any(name in str(d) for name in full_text)] == []


def test_migrations_downgrade_to_an_empty_database(store: Store) -> None:
    """Every migration can be undone: down to base, only Alembic's own table is left."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
