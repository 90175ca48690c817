"""Flat event rows for CSV and Parquet: one row per event, evidence offsets included."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from eventwire.export.events import ExportedEvent
from eventwire.model import Participant

INTEGERS = {"trigger_start", "trigger_end", "sentence_start", "sentence_end"}
INTEGERS |= {"article_count", "independent_sources"}
FLOATS = {"lat", "lon"}
COLUMNS = [
    "event_key", "article_id", "event_id", "date", "type", "mode", "cameo", "modality", "context",
    "actor_names", "actor_countries", "actor_sectors", "recipient_names", "recipient_countries",
    "recipient_sectors", "trigger_text", "trigger_start", "trigger_end", "sentence_start",
    "sentence_end", "place_name", "place_country", "lat", "lon", "merged_event_id",
    "article_count", "independent_sources", "headline", "source", "url",
]  # fmt: skip
SCHEMA = pa.schema(
    [
        (name, pa.int64() if name in INTEGERS else pa.float64() if name in FLOATS else pa.string())
        for name in COLUMNS
    ]
)


def _joined(participants: list[Participant], field: str) -> str:
    return ";".join(getattr(p, field) or "" for p in participants)


def _people(item: ExportedEvent) -> dict[str, str]:
    """Actors and recipients as `;`-joined names, countries and sectors."""
    fields = {"names": "name", "countries": "country", "sectors": "sector"}
    return {
        f"{role}_{column}": _joined(getattr(item.event, f"{role}s"), field)
        for role in ("actor", "recipient")
        for column, field in fields.items()
    }


def flat_row(item: ExportedEvent) -> dict[str, Any]:
    event, article = item.event, item.result.article
    assert article is not None
    place = event.place
    return {
        "event_key": item.key,
        "article_id": article.id,
        "event_id": event.id,
        "date": item.day.isoformat() if item.day else None,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "modality": event.modality.value,
        "context": ";".join(event.context),
        **_people(item),
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "merged_event_id": item.sources.merged_event_id,
        "article_count": item.sources.articles,
        "independent_sources": item.sources.independent,
        "headline": article.headline.value if article.headline else None,
        "source": article.source,
        "url": article.url,
    }
