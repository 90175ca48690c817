"""The events of stored results, each with what every export format draws on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from eventwire.model import Actor, ArticleResult, Event, Participant, Place
from eventwire.store import Store
from eventwire.store import tables as t
from eventwire.store.days import parse_day, period


@dataclass(frozen=True)
class Sources:
    """How many articles, and independent near-duplicate groups, report the merged event."""

    merged_event_id: str | None
    articles: int
    independent: int


@dataclass(frozen=True)
class EventDate:
    """The event's time as eventwire read it: how precise, and from where."""

    value: str
    precision: str  # day, week, month, year, range or none
    source: str  # stated (in the text), publication (the article's date) or none
    start: date | None
    end: date | None


def _from_value(value: str, source: str) -> EventDate | None:
    """A TIMEX3 day, week, month or year value as the days it covers."""
    covered = period(value)
    if covered is None:
        return None
    return EventDate(value, covered.precision, source, covered.start, covered.end)


def event_date(result: ArticleResult, event: Event) -> EventDate:
    """A stated day, month, year, week or range; else the publication date, as GDELT dates."""
    time = event.time
    if time and not time.defaulted:
        if time.start and time.end:
            start, end = parse_day(time.start), parse_day(time.end)
            precision = "day" if start == end else "range"
            return EventDate(f"{time.start}/{time.end}", precision, "stated", start, end)
        stated = _from_value(time.value or "", "stated")
        if stated:
            return stated
    return _publication(result) or EventDate("", "none", "none", None, None)


def _publication(result: ArticleResult) -> EventDate | None:
    article = result.article
    return _from_value(article.date.value, "publication") if article and article.date else None


@dataclass(frozen=True)
class ExportedEvent:
    result: ArticleResult
    event: Event
    when: EventDate
    sources: Sources
    pipeline_version: str
    added_at: str | None = None

    @property
    def day(self) -> date | None:
        """A day for formats that need one: the day stated, else the publication date."""
        if self.when.precision == "day":
            return self.when.start
        published = _publication(self.result)
        return published.start if published and published.precision == "day" else None

    @property
    def key(self) -> str:
        return (
            f"{self.result.article.id if self.result.article else self.result.id}-{self.event.id}"
        )

    def place(self) -> Place | None:
        """The Place record the event's place points at, if it was read from the text."""
        place_id = self.event.place.place_id if self.event.place else None
        return next((p for p in self.result.places if p.id == place_id), None)

    def actor(self, participant: Participant | None) -> Actor | None:
        if participant is None or participant.actor_id is None:
            return None
        return next((a for a in self.result.actors if a.id == participant.actor_id), None)

    def is_first(self) -> bool:
        """Whether this is the first event the article states (its lead event)."""
        return min(self.result.events, key=lambda e: e.trigger.start).id == self.event.id


def _sources(store: Store) -> dict[tuple[str, str], Sources]:
    m, ms = t.merged_events, t.merged_event_sources
    query = select(ms.c.article_id, ms.c.event_id, m.c.id, m.c.article_count, m.c.source_count)
    with store.engine.connect() as connection:
        rows = connection.execute(query.join(m, m.c.id == ms.c.merged_event_id)).all()
    return {
        (r.article_id, r.event_id): Sources(r.id, r.article_count, r.source_count) for r in rows
    }


def _stored(store: Store) -> dict[str, tuple[str, str | None]]:
    """Each article's pipeline version and when it was stored."""
    a = t.articles
    query = select(a.c.id, a.c.pipeline_version, a.c.added_at)
    with store.engine.connect() as connection:
        return {r.id: (r.pipeline_version, r.added_at) for r in connection.execute(query)}


def exported_events(store: Store) -> Iterator[ExportedEvent]:
    """Every stored event in article-key order, with its merged-source counts."""
    sources, stored = _sources(store), _stored(store)
    for result in store.results():
        if result.article is None:
            continue
        version, added_at = stored.get(result.article.id, ("", None))
        for event in result.events:
            yield ExportedEvent(
                result=result,
                event=event,
                when=event_date(result, event),
                sources=sources.get((result.article.id, event.id), Sources(None, 1, 1)),
                pipeline_version=version,
                added_at=added_at,
            )
