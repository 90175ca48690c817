"""List queries behind the API and `eventwire query`: filtered, keyset-paginated, with evidence.

The tables find and order the records; each item is then the record itself, read back from the
article's stored result (`articles.result_json`), so the API sends model.py's records unchanged.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, Table, and_, exists, func, or_, select

from eventwire.model import Evidence
from eventwire.store import tables as t
from eventwire.store.items import ActorItem, EventItem, Page, PlaceItem, QuoteItem, links
from eventwire.store.paging import Filters, paginate

a, e, p, q = t.articles, t.events, t.event_participants, t.quotes


def date_range(column: ColumnElement, filters: Filters) -> list[ColumnElement]:
    """ISO dates compare as strings; `until` is inclusive of the whole day (the last day has
    no end)."""
    clauses = []
    if filters.since:
        clauses.append(column >= filters.since.isoformat())
    if filters.until and filters.until < date.max:
        clauses.append(column < (filters.until + timedelta(days=1)).isoformat())
    return clauses


def _participant(article_id: ColumnElement, event_id: ColumnElement, *where: Any) -> Any:
    return exists().where(p.c.article_id == article_id, p.c.event_id == event_id, *where)


def event_clauses(filters: Filters) -> list[ColumnElement]:
    clauses = date_range(func.coalesce(e.c.time_start, a.c.date), filters)
    if filters.type:
        clauses.append(or_(e.c.type == filters.type, e.c.cameo == filters.type))
    if filters.actor:
        name = p.c.name.icontains(filters.actor, autoescape=True)
        clauses.append(_participant(e.c.article_id, e.c.id, name))
    if filters.country:
        country = _participant(e.c.article_id, e.c.id, p.c.country == filters.country)
        clauses.append(or_(country, e.c.place_country == filters.country))
    return clauses


def _stored(connection: Connection, rows: list[Any]) -> dict[str, dict[str, Any]]:
    """The stored ArticleResult (as JSON data) of each article the rows come from."""
    keys = sorted({row.article_id for row in rows})
    query = select(a.c.id, a.c.result_json).where(a.c.id.in_(keys))
    return {r.id: json.loads(r.result_json) for r in connection.execute(query)}


def _records(stored: dict[str, dict[str, Any]], kind: str) -> dict[tuple[str, str], dict]:
    """Records of one kind (`events`, `actors`...) by (article key, record id)."""
    return {
        (key, record["id"]): record for key, result in stored.items() for record in result[kind]
    }


def _span(record: dict[str, Any], field: str) -> Evidence | None:
    value = record.get(field)
    return Evidence.model_validate(value) if value else None


def _record_rows(
    connection: Connection,
    table: Table,
    clauses: list[ColumnElement],
    limit: int,
    cursor: str | None,
) -> tuple[list[Any], str | None]:
    """One page of a record table's rows (article, record id, article date) that meet the
    clauses, in key order, and the cursor to the next page."""
    query = select(table.c.article_id, table.c.id, a.c.date).join(a, a.c.id == table.c.article_id)
    keys = [table.c.article_id, table.c.id]
    return paginate(connection, query.where(*clauses), keys, cursor, limit)


def events(
    connection: Connection, filters: Filters, limit: int, cursor: str | None
) -> Page[EventItem]:
    m = t.merged_event_sources
    query: Select = (
        select(
            e.c.article_id,
            e.c.id,
            e.c.time_start,
            a.c.date.label("article_date"),
            a.c.headline,
            m.c.merged_event_id,
        )
        .join(a, a.c.id == e.c.article_id)
        .outerjoin(m, and_(m.c.article_id == e.c.article_id, m.c.event_id == e.c.id))
        .where(*event_clauses(filters))
    )
    rows, next_cursor = paginate(connection, query, [e.c.article_id, e.c.id], cursor, limit)
    stored = _records(_stored(connection, rows), "events")
    items = []
    for r in rows:
        record = stored[(r.article_id, r.id)]
        items.append(
            EventItem.model_validate(
                {
                    **record,
                    "article_id": r.article_id,
                    "date": r.time_start or r.article_date,
                    "headline": r.headline,
                    "merged_event_id": r.merged_event_id,
                    "links": links(r.article_id, _span(record, "trigger")),
                }
            )
        )
    return Page[EventItem](items=items, next_cursor=next_cursor)


def actors(
    connection: Connection, filters: Filters, limit: int, cursor: str | None
) -> Page[ActorItem]:
    x = t.actors
    clauses = date_range(a.c.date, filters)
    if filters.actor:
        clauses.append(x.c.name.icontains(filters.actor, autoescape=True))
    if filters.country:
        clauses.append(x.c.country == filters.country)
    if filters.type:
        clauses.append(or_(x.c.type == filters.type, x.c.sector == filters.type))
    rows, next_cursor = _record_rows(connection, x, clauses, limit, cursor)
    stored = _stored(connection, rows)
    found, mentions = _records(stored, "actors"), _records(stored, "mentions")
    items = []
    for r in rows:
        record = found[(r.article_id, r.id)]
        spans = [mentions[(r.article_id, i)] for i in record["mention_ids"]]
        extra = {"article_id": r.article_id, "date": r.date, "links": links(r.article_id)}
        items.append(ActorItem.model_validate({**record, **extra, "mentions": spans}))
    return Page[ActorItem](items=items, next_cursor=next_cursor)


def quotes(
    connection: Connection, filters: Filters, limit: int, cursor: str | None
) -> Page[QuoteItem]:
    speaker = t.actors.alias("speaker")
    clauses = date_range(a.c.date, filters)
    if filters.actor:
        clauses.append(q.c.speaker_name.icontains(filters.actor, autoescape=True))
    if filters.country:
        clauses.append(speaker.c.country == filters.country)
    if filters.type:
        clauses.append(q.c.kind == filters.type)
    query = (
        select(q.c.article_id, q.c.id, a.c.date, speaker.c.country.label("speaker_country"))
        .join(a, a.c.id == q.c.article_id)
        .outerjoin(
            speaker,
            and_(speaker.c.article_id == q.c.article_id, speaker.c.id == q.c.speaker_actor_id),
        )
        .where(*clauses)
    )
    rows, next_cursor = paginate(connection, query, [q.c.article_id, q.c.id], cursor, limit)
    stored = _records(_stored(connection, rows), "quotes")
    items = []
    for r in rows:
        record = stored[(r.article_id, r.id)]
        extra = {"article_id": r.article_id, "date": r.date, "speaker_country": r.speaker_country}
        extra["links"] = links(r.article_id, _span(record, "content"))
        items.append(QuoteItem.model_validate({**record, **extra}))
    return Page[QuoteItem](items=items, next_cursor=next_cursor)


def places(
    connection: Connection, filters: Filters, limit: int, cursor: str | None
) -> Page[PlaceItem]:
    x = t.places
    clauses = date_range(a.c.date, filters)
    if filters.country:
        clauses.append(x.c.country == filters.country)
    if filters.actor:
        clauses.append(x.c.name.icontains(filters.actor, autoescape=True))
    if filters.type:
        clauses.append(x.c.feature == filters.type)
    rows, next_cursor = _record_rows(connection, x, clauses, limit, cursor)
    stored = _records(_stored(connection, rows), "places")
    items = []
    for r in rows:
        record = stored[(r.article_id, r.id)]
        extra = {"article_id": r.article_id, "date": r.date}
        extra["links"] = links(r.article_id, _span(record, "evidence"))
        items.append(PlaceItem.model_validate({**record, **extra}))
    return Page[PlaceItem](items=items, next_cursor=next_cursor)
