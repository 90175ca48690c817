"""What the API and `eventwire query` return: model.py's records plus where each was read.

A list item is the stored record itself (read back from `articles.result_json`, the record of
truth, so no field is renamed or dropped) with the article it came from and links to its
evidence. Aggregates (merged events, the network, statistics) get their own models here, so
/openapi.json describes every item the API can send.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field
from sqlalchemy import func

from eventwire.model import (
    Actor,
    ArticleResult,
    Event,
    Evidence,
    Mention,
    Place,
    Quote,
    Record,
)

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of records; pass `next_cursor` as `cursor` for the next (null: the last)."""

    items: list[T] = Field(default_factory=list)
    next_cursor: str | None = None


class Links(Record):
    """Where a record's evidence can be read: `article` in the API, `view` on the page."""

    article: str
    view: str


class Located(Record):
    """The article a record was read from, its date (the event's own, else the article's)."""

    article_id: str
    date: str | None = None
    links: Links


class EventItem(Event, Located):
    """An event as its article states it."""

    headline: str | None = None
    merged_event_id: str | None = None


class ActorItem(Actor, Located):
    """An actor with every mention (`mention_ids` resolved)."""

    mentions: list[Mention] = Field(default_factory=list)


class QuoteItem(Quote, Located):
    """A quote; `speaker_country` is the speaker actor's country code."""

    speaker_country: str | None = None


class PlaceItem(Place, Located):
    """A geocoded place."""


class ArticleItem(Record):
    """A stored article; `title` is its headline, else the first words of its text."""

    id: str
    input_id: str
    title: str
    headline: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    agency: str | None = None
    group_id: str | None = None
    links: Links


class Duplicate(Record):
    id: str
    headline: str | None = None
    links: Links


class ArticleDetail(Record):
    """One stored ArticleResult, its near-duplicates and the merged event of each event id."""

    id: str
    pipeline_version: str
    group_id: str | None = None
    duplicates: list[Duplicate] = Field(default_factory=list)
    merged_events: dict[str, str] = Field(default_factory=dict)
    result: ArticleResult


class MergedSource(Record):
    """One article's mention of a merged event."""

    article_id: str
    event_id: str
    headline: str | None = None
    source: str | None = None
    group_id: str | None = None
    trigger: Evidence | None = None
    sentence: Evidence | None = None
    links: Links


class MergedEventItem(Record):
    """Mentions of one real-world event; `source_count` counts near-duplicate groups once."""

    id: str
    type: str
    cameo: str | None = None
    actor_countries: list[str] = Field(default_factory=list)
    recipient_countries: list[str] = Field(default_factory=list)
    time_start: str | None = None
    time_end: str | None = None
    place_name: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    article_count: int
    source_count: int
    reasons: list[str] = Field(
        default_factory=list, description="why its sources were merged, one line per rule part"
    )
    sources: list[MergedSource] = Field(default_factory=list)


class Mark(Record):
    """A matched stretch of a search snippet, as offsets into the snippet."""

    start: int
    end: int


class SearchHit(Record):
    """A search match: its article (by title), the record, a snippet and what matched in it."""

    article_id: str
    kind: Literal["article", "quote"]
    record_id: str | None = None
    title: str
    snippet: str
    marks: list[Mark] = Field(default_factory=list)
    links: Links


class NetworkNode(Record):
    id: str
    country: str | None = None
    events: int


class NetworkEdge(Record):
    source: str
    target: str
    type: str
    count: int


class Network(Record):
    """Who acts on whom: participant pairs of the same event, counted by event type."""

    nodes: list[NetworkNode] = Field(default_factory=list)
    edges: list[NetworkEdge] = Field(default_factory=list)


class DateSpan(Record):
    first: str | None = None
    last: str | None = None


class Stats(Record):
    counts: dict[str, int]
    events_by_type: dict[str, int]
    dates: DateSpan
    duplicate_groups: int
    multi_source_events: int


class Feature(BaseModel):
    """A GeoJSON country shape; `id` is ISO 3166 alpha-3."""

    type: Literal["Feature"]
    id: str | None = None
    properties: dict[str, Any] = Field(default_factory=dict)
    geometry: dict[str, Any]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[Feature]


def links(article_id: str, evidence: Evidence | None = None) -> Links:
    """The article in the API and on the page, scrolled to the evidence when there is one."""
    view = f"/#article={article_id}"
    if evidence is not None:
        view += f"&span={evidence.start}-{evidence.end}"
    return Links(article=f"/api/articles/{article_id}", view=view)


TITLE_WORDS = 12


def title(headline: str | None, opening: str | None, fallback: str) -> str:
    """What a reader calls an article: its headline, else the first words of its first line."""
    if headline and headline.strip():
        return headline.strip()
    lines = [line for line in (opening or "").splitlines() if line.strip()]
    words = lines[0].split() if lines else []
    if not words:
        return fallback
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


def opening(column: Any) -> Any:
    """The first characters of a text column: enough words for a title, without the whole text."""
    return func.substr(column, 1, 160).label("opening")
