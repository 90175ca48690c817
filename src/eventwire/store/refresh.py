"""Recompute the derived tables (article groups, merged events) after a batch of writes."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update

from eventwire.store import tables as t
from eventwire.store.days import parse_day
from eventwire.store.db import write
from eventwire.store.dedup import group_articles
from eventwire.store.merge import EventMention, merge, merged_row


def _regroup(connection: Connection) -> dict[str, str]:
    rows = connection.execute(select(t.articles.c.id, t.articles.c.minhash)).all()
    groups = group_articles({row.id: row.minhash for row in rows})
    sizes: dict[str, int] = defaultdict(int)
    for group in groups.values():
        sizes[group] += 1
    connection.execute(update(t.articles).values(group_id=None))
    connection.execute(delete(t.article_groups))
    if groups:
        connection.execute(
            insert(t.article_groups), [{"id": g, "size": n} for g, n in sorted(sizes.items())]
        )
        connection.execute(
            update(t.articles)
            .where(t.articles.c.id == bindparam("key"))
            .values(group_id=bindparam("group")),
            [{"key": key, "group": group} for key, group in groups.items()],
        )
    return groups


def _countries(connection: Connection) -> dict[tuple[str, str, str], frozenset[str]]:
    """(article, event, role) → the participants' country codes."""
    p = t.event_participants
    query = select(p.c.article_id, p.c.event_id, p.c.role, p.c.country).where(
        p.c.country.is_not(None)
    )
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in connection.execute(query):
        found[(row.article_id, row.event_id, row.role)].add(row.country)
    return {key: frozenset(value) for key, value in found.items()}


def _event_mentions(connection: Connection, groups: dict[str, str]) -> list[EventMention]:
    e, a = t.events, t.articles
    countries = _countries(connection)
    query = select(e, a.c.date.label("article_date")).join(a, a.c.id == e.c.article_id)
    mentions = []
    for row in connection.execute(query):
        start = parse_day(row.time_start) or parse_day(row.article_date)
        mentions.append(
            EventMention(
                article_id=row.article_id,
                event_id=row.id,
                group_id=groups.get(row.article_id, row.article_id),
                type=row.type,
                cameo=row.cameo,
                actors=countries.get((row.article_id, row.id, "actor"), frozenset()),
                recipients=countries.get((row.article_id, row.id, "recipient"), frozenset()),
                start=start,
                end=parse_day(row.time_end) or start,
                place_name=row.place_name,
                place_country=row.place_country,
                lat=row.lat,
                lon=row.lon,
            )
        )
    return mentions


def _remerge(connection: Connection, groups: dict[str, str]) -> None:
    clusters = merge(_event_mentions(connection, groups))
    connection.execute(delete(t.merged_event_sources))
    connection.execute(delete(t.merged_events))
    if not clusters:
        return
    connection.execute(insert(t.merged_events), [merged_row(c) for c in clusters])
    sources = [
        {"merged_event_id": c[0].key, "article_id": m.article_id, "event_id": m.event_id}
        for c in clusters
        for m in c
    ]
    connection.execute(insert(t.merged_event_sources), sources)


def refresh(engine: Engine) -> dict[str, int]:
    """Regroup near-duplicates and re-merge events in one transaction; returns counts."""
    return write(engine, _refresh)


def _refresh(connection: Connection) -> dict[str, int]:
    groups = _regroup(connection)
    _remerge(connection, groups)
    count = connection.execute(select(func.count()).select_from(t.merged_events)).scalar()
    return {"groups": len(set(groups.values())), "merged_events": int(count or 0)}
