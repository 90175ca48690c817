"""Full-text search over articles and quotes: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, column, func, literal_column, select, table

from eventwire.store import tables as t
from eventwire.store.items import Mark, SearchHit, links, opening, title

WORD = re.compile(r"\w+")
# The engines mark matches inside a snippet with these; they are turned into `marks` offsets.
# Mathematical white brackets: news text practically never holds them, unlike "[" and "]".
OPEN, CLOSE = "\u27e6", "\u27e7"


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
            func.snippet(literal_column("search_fts"), 0, OPEN, CLOSE, "…", 12).label("snippet"),
            t.articles.c.headline,
            opening(t.articles.c.text),
        )
        .select_from(d.join(fts, fts.c.rowid == d.c.id).join(t.articles))
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
                "english",
                d.c.body,
                tsquery,
                f"StartSel={OPEN},StopSel={CLOSE},MaxWords=14,MinWords=6",
            ).label("snippet"),
            t.articles.c.headline,
            opening(t.articles.c.text),
        )
        .select_from(d.join(t.articles))
        .where(tsv.op("@@")(tsquery))
        .order_by(func.ts_rank(tsv, tsquery).desc(), d.c.id)
        .limit(limit)
    )
    if kind:
        stmt = stmt.where(d.c.kind == kind)
    return connection.execute(stmt).all()


def marked(snippet: str) -> tuple[str, list[Mark]]:
    """The snippet as plain text and the offsets of the stretches the engine marked."""
    text, marks, start = "", [], None
    for piece in re.split(f"([{OPEN}{CLOSE}])", snippet):
        if piece == OPEN:
            start = len(text)
        elif piece == CLOSE and start is not None:
            marks.append(Mark(start=start, end=len(text)))
            start = None
        elif piece != CLOSE:
            text += piece
    return text, marks


def search(connection: Connection, query: str, kind: str | None, limit: int) -> list[SearchHit]:
    """Best matches first; each hit names its article by title and marks what matched."""
    run = _postgres if connection.dialect.name == "postgresql" else _sqlite
    hits = []
    for r in run(connection, query, kind, limit):
        snippet, marks = marked(r.snippet or "")
        hits.append(
            SearchHit(
                article_id=r.article_id,
                kind=r.kind,
                record_id=r.record_id,
                title=title(r.headline, r.opening, r.article_id),
                snippet=snippet,
                marks=marks,
                links=links(r.article_id),
            )
        )
    return hits
