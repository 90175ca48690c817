"""Full-text search over articles and quotes: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, column, func, literal_column, select, table

from eventwire.store import tables as t
from eventwire.store.paging import links

WORD = re.compile(r"\w+")


def fts5_query(query: str) -> str:
    """User words as quoted FTS5 terms, so no character of the input is FTS5 syntax."""
    return " ".join(f'"{word}"' for word in WORD.findall(query))


def _sqlite(connection: Connection, query: str, kind: str | None, limit: int) -> list[Any]:
    terms = fts5_query(query)
    if not terms:
        return []
    d = t.search_docs
    fts = table("search_fts", column("rowid"), column("rank"))  # made by migration 0002
    stmt = (
        select(
            d.c.article_id,
            d.c.kind,
            d.c.record_id,
            func.snippet(literal_column("search_fts"), 0, "[", "]", "…", 12).label("snippet"),
        )
        .select_from(d.join(fts, fts.c.rowid == d.c.id))
        .where(literal_column("search_fts").op("MATCH")(terms))
        .order_by(fts.c.rank)
        .limit(limit)
    )
    if kind:
        stmt = stmt.where(d.c.kind == kind)
    return connection.execute(stmt).all()


def _postgres(connection: Connection, query: str, kind: str | None, limit: int) -> list[Any]:
    d = t.search_docs
    tsquery = func.websearch_to_tsquery("english", query)
    tsv = literal_column("search_docs.tsv")  # the generated column made by migration 0002
    stmt = (
        select(
            d.c.article_id,
            d.c.kind,
            d.c.record_id,
            func.ts_headline(
                "english", d.c.body, tsquery, "StartSel=[,StopSel=],MaxWords=14,MinWords=6"
            ).label("snippet"),
        )
        .where(tsv.op("@@")(tsquery))
        .order_by(func.ts_rank(tsv, tsquery).desc(), d.c.id)
        .limit(limit)
    )
    if kind:
        stmt = stmt.where(d.c.kind == kind)
    return connection.execute(stmt).all()


def search(connection: Connection, query: str, kind: str | None, limit: int) -> list[dict]:
    """Best matches first; each hit names its article, record and a snippet with [marks]."""
    run = _postgres if connection.dialect.name == "postgresql" else _sqlite
    return [
        {
            "article_id": r.article_id,
            "kind": r.kind,
            "record_id": r.record_id,
            "snippet": r.snippet,
            "links": links(r.article_id),
        }
        for r in run(connection, query, kind, limit)
    ]
