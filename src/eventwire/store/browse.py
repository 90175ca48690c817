"""Articles, merged events, the actor network and corpus statistics."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, exists, func, select

from eventwire.model import ArticleResult
from eventwire.store import tables as t
from eventwire.store.items import (
    ArticleDetail,
    ArticleItem,
    Duplicate,
    MergedEventItem,
    MergedSource,
    Network,
    Page,
    Stats,
    links,
    opening,
    title,
)
from eventwire.store.paging import Filters, evidence, paginate
from eventwire.store.read import date_range, event_clauses

a, e, p = t.articles, t.events, t.event_participants
m, ms = t.merged_events, t.merged_event_sources


def articles(
    connection: Connection, filters: Filters, limit: int, cursor: str | None
) -> Page[ArticleItem]:
    clauses = date_range(a.c.date, filters)
    if filters.country:
        clauses.append(
            exists().where(t.actors.c.article_id == a.c.id, t.actors.c.country == filters.country)
        )
    if filters.type:
        clauses.append(exists().where(e.c.article_id == a.c.id, e.c.type == filters.type))
    if filters.actor:
        name = t.actors.c.name.icontains(filters.actor, autoescape=True)
        clauses.append(exists().where(t.actors.c.article_id == a.c.id, name))
    fields = ("id", "input_id", "headline", "date", "source", "url", "agency", "group_id")
    query = select(*(a.c[f] for f in fields), opening(a.c.text)).where(*clauses)
    rows, next_cursor = paginate(connection, query, [a.c.id], cursor, limit)
    items = [
        ArticleItem(
            **{f: getattr(r, f) for f in fields},
            title=title(r.headline, r.opening, r.input_id),
            links=links(r.id),
        )
        for r in rows
    ]
    return Page[ArticleItem](items=items, next_cursor=next_cursor)


def article(connection: Connection, key: str) -> ArticleDetail | None:
    """The stored ArticleResult with its near-duplicates and the merged events it feeds."""
    row = connection.execute(
        select(a.c.result_json, a.c.group_id, a.c.pipeline_version).where(a.c.id == key)
    ).first()
    if row is None:
        return None
    group = connection.execute(
        select(a.c.id, a.c.headline).where(a.c.group_id == row.group_id, a.c.id != key)
    ).all()
    merged = connection.execute(
        select(ms.c.event_id, ms.c.merged_event_id).where(ms.c.article_id == key)
    ).all()
    return ArticleDetail(
        id=key,
        pipeline_version=row.pipeline_version,
        group_id=row.group_id,
        duplicates=[Duplicate(id=d.id, headline=d.headline, links=links(d.id)) for d in group],
        merged_events={x.event_id: x.merged_event_id for x in merged},
        result=ArticleResult.model_validate_json(row.result_json),
    )


def _sources(connection: Connection, merged_ids: list[str]) -> dict[str, list[MergedSource]]:
    query = (
        select(ms.c.merged_event_id, e, a.c.headline, a.c.group_id, a.c.source)
        .join(e, (e.c.article_id == ms.c.article_id) & (e.c.id == ms.c.event_id))
        .join(a, a.c.id == ms.c.article_id)
        .where(ms.c.merged_event_id.in_(merged_ids))
        .order_by(ms.c.article_id, ms.c.event_id)
    )
    found: dict[str, list[MergedSource]] = {key: [] for key in merged_ids}
    for r in connection.execute(query):
        trigger = evidence(r.span_start, r.span_end, r.span_text)
        found[r.merged_event_id].append(
            MergedSource(
                article_id=r.article_id,
                event_id=r.id,
                headline=r.headline,
                source=r.source,
                group_id=r.group_id,
                trigger=trigger,
                sentence=evidence(r.sentence_start, r.sentence_end, r.sentence_text),
                links=links(r.article_id, trigger),
            )
        )
    return found


def merged_events(
    connection: Connection, filters: Filters, limit: int, cursor: str | None
) -> Page[MergedEventItem]:
    clauses = date_range(m.c.time_start, filters)
    if filters.type:
        clauses.append(m.c.type == filters.type)
    if filters.country or filters.actor:
        sub = event_clauses(Filters(country=filters.country, actor=filters.actor))
        member = select(ms.c.merged_event_id).join(
            e, (e.c.article_id == ms.c.article_id) & (e.c.id == ms.c.event_id)
        )
        clauses.append(m.c.id.in_(member.where(*sub)))
    rows, next_cursor = paginate(connection, select(m).where(*clauses), [m.c.id], cursor, limit)
    sources = _sources(connection, [r.id for r in rows])
    fields = MergedEventItem.model_fields.keys() - {"sources"}
    items = [
        MergedEventItem(
            **{k: v for k, v in r._mapping.items() if k in fields}, sources=sources[r.id]
        )
        for r in rows
    ]
    return Page[MergedEventItem](items=items, next_cursor=next_cursor)


def network(connection: Connection, filters: Filters, limit: int) -> Network:
    """Who acts on whom: participant pairs of the same event, counted by event type."""
    actor, recipient = p.alias("actor"), p.alias("recipient")
    query = (
        select(
            actor.c.name.label("source"),
            actor.c.country.label("source_country"),
            recipient.c.name.label("target"),
            recipient.c.country.label("target_country"),
            e.c.type,
        )
        .join(a, a.c.id == e.c.article_id)
        .join(actor, (actor.c.article_id == e.c.article_id) & (actor.c.event_id == e.c.id))
        .join(
            recipient, (recipient.c.article_id == e.c.article_id) & (recipient.c.event_id == e.c.id)
        )
        .where(actor.c.role == "actor", recipient.c.role == "recipient", *event_clauses(filters))
        .limit(limit)
    )
    edges: Counter[tuple[str, str, str]] = Counter()
    nodes: dict[str, dict[str, Any]] = {}
    for r in connection.execute(query):
        for name, country in ((r.source, r.source_country), (r.target, r.target_country)):
            node = nodes.setdefault(name, {"id": name, "country": country, "events": 0})
            node["events"] += 1
        edges[(r.source, r.target, r.type)] += 1
    return Network.model_validate(
        {
            "nodes": sorted(nodes.values(), key=lambda n: n["id"]),
            "edges": [
                {"source": s, "target": g, "type": k, "count": n}
                for (s, g, k), n in sorted(edges.items())
            ],
        }
    )


def stats(connection: Connection) -> Stats:
    """Counts per table, events per type, the date span, and how much merging happened."""

    def count(table: Any, *where: Any) -> int:
        return int(
            connection.execute(select(func.count()).select_from(table).where(*where)).scalar() or 0
        )

    counts = {
        name: count(table)
        for name, table in [
            ("articles", a),
            ("actors", t.actors),
            ("mentions", t.mentions),
            ("quotes", t.quotes),
            ("events", e),
            ("times", t.times),
            ("places", t.places),
            ("errors", t.errors),
            ("article_groups", t.article_groups),
            ("merged_events", m),
        ]
    }
    by_type = connection.execute(select(e.c.type, func.count()).group_by(e.c.type)).all()
    first, last = connection.execute(select(func.min(a.c.date), func.max(a.c.date))).one()
    return Stats.model_validate(
        {
            "counts": counts,
            "events_by_type": dict(sorted((k, int(n)) for k, n in by_type)),
            "dates": {"first": first, "last": last},
            "duplicate_groups": count(t.article_groups, t.article_groups.c.size > 1),
            "multi_source_events": count(m, m.c.source_count > 1),
        }
    )
