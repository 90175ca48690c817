"""List queries behind the API and `eventwire query`: filtered, keyset-paginated, with evidence."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, or_, select

from eventwire.store import tables as t
from eventwire.store.paging import Filters, Page, evidence, links, paginate

a, e, p, q = t.articles, t.events, t.event_participants, t.quotes


def date_range(column: ColumnElement, filters: Filters) -> list[ColumnElement]:
    """ISO dates compare as strings; `until` is inclusive of the whole day."""
    clauses = []
    if filters.since:
        clauses.append(column >= filters.since.isoformat())
    if filters.until:
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


def _participants(connection: Connection, keys: list[tuple[str, str]]) -> dict[tuple, list]:
    found: dict[tuple, list] = {key: [] for key in keys}
    articles = sorted({article for article, _ in keys})
    query = select(p).where(p.c.article_id.in_(articles)).order_by(p.c.role, p.c.position)
    for row in connection.execute(query):
        if (row.article_id, row.event_id) in found:
            found[(row.article_id, row.event_id)].append(
                {
                    "role": row.role,
                    "actor_id": row.actor_id,
                    "name": row.name,
                    "country": row.country,
                    "sector": row.sector,
                    "evidence": evidence(row.span_start, row.span_end, row.span_text),
                }
            )
    return found


def _event_item(row: Any, participants: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "article_id": row.article_id,
        "id": row.id,
        "type": row.type,
        "mode": row.mode,
        "cameo": row.cameo,
        "modality": row.modality,
        "context": row.context or [],
        "date": row.time_start or row.article_date,
        "time": {"value": row.time_value, "start": row.time_start, "end": row.time_end},
        "place": {
            "name": row.place_name,
            "country": row.place_country,
            "lat": row.lat,
            "lon": row.lon,
        },
        "actors": [x for x in participants if x["role"] == "actor"],
        "recipients": [x for x in participants if x["role"] == "recipient"],
        "trigger": evidence(row.span_start, row.span_end, row.span_text),
        "sentence": evidence(row.sentence_start, row.sentence_end, row.sentence_text),
        "merged_event_id": row.merged_event_id,
        "headline": row.headline,
        "links": links(row.article_id, row.span_start, row.span_end),
    }


def events(connection: Connection, filters: Filters, limit: int, cursor: str | None) -> Page:
    m = t.merged_event_sources
    query: Select = (
        select(
            e,
            a.c.date.label("article_date"),
            a.c.headline,
            m.c.merged_event_id,
        )
        .join(a, a.c.id == e.c.article_id)
        .outerjoin(m, and_(m.c.article_id == e.c.article_id, m.c.event_id == e.c.id))
        .where(*event_clauses(filters))
    )
    rows, next_cursor = paginate(connection, query, [e.c.article_id, e.c.id], cursor, limit)
    people = _participants(connection, [(r.article_id, r.id) for r in rows])
    items = [_event_item(r, people[(r.article_id, r.id)]) for r in rows]
    return Page(items, next_cursor)


def actors(connection: Connection, filters: Filters, limit: int, cursor: str | None) -> Page:
    x = t.actors
    clauses = date_range(a.c.date, filters)
    if filters.actor:
        clauses.append(x.c.name.icontains(filters.actor, autoescape=True))
    if filters.country:
        clauses.append(x.c.country == filters.country)
    if filters.type:
        clauses.append(or_(x.c.type == filters.type, x.c.sector == filters.type))
    query = select(x, a.c.date).join(a, a.c.id == x.c.article_id).where(*clauses)
    rows, next_cursor = paginate(connection, query, [x.c.article_id, x.c.id], cursor, limit)
    spans = _mention_spans(connection, [(r.article_id, r.id) for r in rows])
    items = [
        {
            **{k: getattr(r, k) for k in ("article_id", "id", "name", "type", "country")},
            **{k: getattr(r, k) for k in ("sector", "role", "date")},
            "mentions": spans.get((r.article_id, r.id), []),
            "links": links(r.article_id),
        }
        for r in rows
    ]
    return Page(items, next_cursor)


def _mention_spans(connection: Connection, keys: list[tuple[str, str]]) -> dict[tuple, list]:
    mn = t.mentions
    found: dict[tuple, list] = {}
    articles = sorted({article for article, _ in keys})
    query = select(mn).where(mn.c.article_id.in_(articles)).order_by(mn.c.span_start)
    for row in connection.execute(query):
        found.setdefault((row.article_id, row.actor_id), []).append(
            {"kind": row.kind, **(evidence(row.span_start, row.span_end, row.span_text) or {})}
        )
    return found


def quotes(connection: Connection, filters: Filters, limit: int, cursor: str | None) -> Page:
    speaker = t.actors.alias("speaker")
    clauses = date_range(a.c.date, filters)
    if filters.actor:
        clauses.append(q.c.speaker_name.icontains(filters.actor, autoescape=True))
    if filters.country:
        clauses.append(speaker.c.country == filters.country)
    if filters.type:
        clauses.append(q.c.kind == filters.type)
    query = (
        select(q, a.c.date, speaker.c.country.label("speaker_country"))
        .join(a, a.c.id == q.c.article_id)
        .outerjoin(
            speaker,
            and_(speaker.c.article_id == q.c.article_id, speaker.c.id == q.c.speaker_actor_id),
        )
        .where(*clauses)
    )
    rows, next_cursor = paginate(connection, query, [q.c.article_id, q.c.id], cursor, limit)
    items = [
        {
            "article_id": r.article_id,
            "id": r.id,
            "kind": r.kind,
            "date": r.date,
            "content": evidence(r.span_start, r.span_end, r.span_text),
            "cue": evidence(r.cue_start, r.cue_end, r.cue_text),
            "speaker": {
                "actor_id": r.speaker_actor_id,
                "name": r.speaker_name,
                "country": r.speaker_country,
                "evidence": evidence(r.speaker_start, r.speaker_end, r.speaker_text),
            },
            "chain": r.chain or [],
            "links": links(r.article_id, r.span_start, r.span_end),
        }
        for r in rows
    ]
    return Page(items, next_cursor)


def places(connection: Connection, filters: Filters, limit: int, cursor: str | None) -> Page:
    x = t.places
    clauses = date_range(a.c.date, filters)
    if filters.country:
        clauses.append(x.c.country == filters.country)
    if filters.actor:
        clauses.append(x.c.name.icontains(filters.actor, autoescape=True))
    if filters.type:
        clauses.append(x.c.feature == filters.type)
    query = select(x, a.c.date).join(a, a.c.id == x.c.article_id).where(*clauses)
    rows, next_cursor = paginate(connection, query, [x.c.article_id, x.c.id], cursor, limit)
    fields = ("article_id", "id", "name", "lat", "lon", "country", "admin1", "feature", "date")
    items = [
        {
            **{k: getattr(r, k) for k in fields},
            "evidence": evidence(r.span_start, r.span_end, r.span_text),
            "links": links(r.article_id, r.span_start, r.span_end),
        }
        for r in rows
    ]
    return Page(items, next_cursor)
