"""Flatten an ArticleResult into table rows (pure functions, no database).

The rows are a query-friendly copy; `articles.result_json` stays the record of truth.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table

from eventwire.model import (
    ArticleResult,
    Attribute,
    Event,
    Evidence,
    Participant,
    Quote,
)
from eventwire.store import tables as t
from eventwire.store.days import period

Row = dict[str, Any]


def input_key(input_id: str) -> str:
    """Key of a result that has no article text (unreadable input): a hash of its input id."""
    return "input-" + hashlib.sha256(input_id.encode("utf-8")).hexdigest()[:16]


def record_key(result: ArticleResult) -> str:
    """The article's key in the store: its content hash, so re-ingesting finds it again."""
    return result.article.id if result.article else input_key(result.id)


def span(evidence: Evidence | None, prefix: str = "span") -> Row:
    """Evidence as the three span columns (all null when there is none)."""
    return {
        f"{prefix}_start": evidence.start if evidence else None,
        f"{prefix}_end": evidence.end if evidence else None,
        f"{prefix}_text": evidence.text if evidence else None,
    }


def _value(attribute: Attribute | None) -> str | None:
    return attribute.value if attribute else None


def article_row(result: ArticleResult, pipeline_version: str, schema_version: str) -> Row:
    article = result.article
    return {
        "id": record_key(result),
        "input_id": result.id,
        "source": article.source if article else None,
        "url": article.url if article else None,
        "headline": _value(article.headline) if article else None,
        "agency": _value(article.agency) if article else None,
        "dateline_place": _value(article.dateline_place) if article else None,
        "date": _value(article.date) if article else None,
        "language": article.language if article else None,
        "text": article.text if article else None,
        "pipeline_version": pipeline_version,
        "schema_version": schema_version,
        "result_json": result.model_dump_json(),
        "added_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _first_day(value: str | None) -> str | None:
    """The first ISO day a time covers, for date filters and merging; None if not a date."""
    covered = period(value)
    return covered.start.isoformat() if covered else None


def _last_day(value: str | None) -> str | None:
    """The last ISO day a time covers: 2022-12-31 for "2022", the day itself for a day."""
    covered = period(value)
    return covered.end.isoformat() if covered else None


def _quote_row(quote: Quote) -> Row:
    return {
        "id": quote.id,
        "kind": quote.kind.value,
        **span(quote.content),
        **span(quote.cue, "cue"),
        "speaker_actor_id": quote.speaker.actor_id,
        "speaker_name": quote.speaker.name,
        **span(quote.speaker.mention, "speaker"),
        "chain": [source.name for source in quote.chain],
    }


def _event_row(event: Event) -> Row:
    time, place = event.time, event.place
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "modality": event.modality.value,
        "context": event.context,
        **span(event.trigger),
        **span(event.sentence, "sentence"),
        "time_id": time.time_id if time else None,
        "time_value": time.value if time else None,
        "time_start": _first_day(time.start or time.value) if time else None,
        "time_end": _last_day(time.end or time.start or time.value) if time else None,
        "time_defaulted": time.defaulted if time else None,
        "place_id": place.place_id if place else None,
        "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "place_defaulted": place.defaulted if place else None,
        "quote_id": event.quote_id,
    }


def _participant_rows(event: Event) -> list[Row]:
    def row(role: str, position: int, p: Participant) -> Row:
        return {
            "event_id": event.id,
            "role": role,
            "position": position,
            "actor_id": p.actor_id,
            "name": p.name,
            "country": p.country,
            "sector": p.sector,
            **span(p.mention),
        }

    return [row("actor", i, p) for i, p in enumerate(event.actors)] + [
        row("recipient", i, p) for i, p in enumerate(event.recipients)
    ]


def _search_rows(result: ArticleResult) -> list[Row]:
    """What full-text search sees: the article (headline + text) and each quote's content."""
    rows: list[Row] = []
    if result.article and result.article.text:
        headline, body = _value(result.article.headline), result.article.text
        if headline and headline not in body:  # a supplied title the text does not repeat
            body = f"{headline}\n{body}"
        rows.append({"kind": "article", "record_id": None, "body": body})
    rows += [{"kind": "quote", "record_id": q.id, "body": q.content.text} for q in result.quotes]
    return rows


def record_rows(result: ArticleResult) -> dict[Table, list[Row]]:
    """Rows of every record table for one result, each tagged with the article key."""
    rows: dict[Table, list[Row]] = {
        t.actors: [
            {
                "id": a.id,
                "name": a.name,
                "type": a.type.value,
                "country": a.country_code,
                "sector": a.sector_code,
                "role": a.role.value if a.role else None,
            }
            for a in result.actors
        ],
        t.mentions: [
            {"id": m.id, "actor_id": m.actor_id, "kind": m.kind.value, **span(m.evidence)}
            for m in result.mentions
        ],
        t.quotes: [_quote_row(q) for q in result.quotes],
        t.events: [_event_row(e) for e in result.events],
        t.event_participants: [r for e in result.events for r in _participant_rows(e)],
        t.times: [
            {
                "id": x.id,
                "type": x.type.value,
                "value": x.value,
                "start": x.start,
                "end": x.end,
                "granularity": x.granularity,
                "timex3": x.timex3,
                **span(x.evidence),
            }
            for x in result.times
        ],
        t.places: [
            {**p.model_dump(exclude={"evidence"}), **span(p.evidence)} for p in result.places
        ],
        t.errors: [
            {"position": i, **e.model_dump(mode="json")} for i, e in enumerate(result.errors)
        ],
        t.search_docs: _search_rows(result),
    }
    key = record_key(result)
    return {
        table: [{"article_id": key, **row} for row in table_rows]
        for table, table_rows in rows.items()
    }
