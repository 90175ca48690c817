"""Idempotent writes: one transaction per article, replacing its records only when they changed."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Connection, Engine, delete, insert, select, update

from eventwire.model import SCHEMA_VERSION, ArticleResult
from eventwire.store import tables as t
from eventwire.store.db import write
from eventwire.store.rows import article_row, record_key, record_rows


class Outcome(StrEnum):
    INSERTED = "inserted"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


def stored_versions(engine: Engine, keys: list[str]) -> dict[str, str]:
    """The pipeline version each of these articles was stored with (absent: not stored)."""
    found: dict[str, str] = {}
    with engine.connect() as connection:
        for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
            chunk = keys[start : start + 500]
            query = select(t.articles.c.id, t.articles.c.pipeline_version).where(
                t.articles.c.id.in_(chunk)
            )
            found.update({row.id: row.pipeline_version for row in connection.execute(query)})
    return found


def _replace_records(connection: Connection, result: ArticleResult) -> None:
    key = record_key(result)
    for table in t.RECORD_TABLES:
        connection.execute(delete(table).where(table.c.article_id == key))
    for table, rows in record_rows(result).items():
        if rows:
            connection.execute(insert(table), rows)


def save(engine: Engine, result: ArticleResult, pipeline_version: str) -> Outcome:
    """Store one result atomically; the same result stored twice changes nothing."""
    from eventwire.store.dedup import signature  # datasketch (and scipy): a second to import

    row = article_row(result, pipeline_version, SCHEMA_VERSION)
    row["minhash"] = signature(result.article.text) if result.article else None
    return write(engine, lambda connection: _save_row(connection, result, row, pipeline_version))


def _save_row(
    connection: Connection, result: ArticleResult, row: dict, pipeline_version: str
) -> Outcome:
    """Inside the write transaction: compare with what is stored, then insert or replace."""
    existing = connection.execute(
        select(t.articles.c.pipeline_version, t.articles.c.result_json).where(
            t.articles.c.id == row["id"]
        )
    ).first()
    if existing and tuple(existing) == (pipeline_version, row["result_json"]):
        return Outcome.UNCHANGED
    if existing:
        connection.execute(update(t.articles).where(t.articles.c.id == row["id"]).values(row))
    else:
        connection.execute(insert(t.articles).values(row))
    _replace_records(connection, result)
    return Outcome.REPLACED if existing else Outcome.INSERTED
