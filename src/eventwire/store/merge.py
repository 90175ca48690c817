"""Cross-source event merging: mentions of one real-world event in different articles.

Two event mentions are the same event when they share a type, their actor and recipient
countries do not contradict, their times overlap (a day of slack: reports date events loosely)
and their places are near (100 km) or in the same country. Mentions connected by such pairs form
one merged event; its independent-source count counts near-duplicate article groups once.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby

from eventwire.store.clusters import connected_groups

SLACK = timedelta(days=1)
NEAR_KM = 100.0


@dataclass(frozen=True)
class EventMention:
    """One stored event with what merging compares."""

    article_id: str
    event_id: str
    group_id: str
    type: str
    cameo: str | None
    actors: frozenset[str]
    recipients: frozenset[str]
    start: date | None
    end: date | None
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None

    @property
    def key(self) -> str:
        return f"{self.article_id}/{self.event_id}"


def parse_day(value: str | None) -> date | None:
    """The day an ISO 8601 value starts on (`2022-02`, `2022-02-03T10:00` ...), if any."""
    if not value:
        return None
    parts = [*value[:10].split("-"), "01", "01"][:3]
    try:
        return date(*(int(part) for part in parts))
    except ValueError:
        return None


def _km(a: EventMention, b: EventMention) -> float:
    """Great-circle distance (haversine; a one-liner does not justify a geodesy dependency)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def _countries_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def _places_agree(a: EventMention, b: EventMention) -> bool:
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return _km(a, b) <= NEAR_KM
    return not a.place_country or not b.place_country or a.place_country == b.place_country


def same_event(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions from different articles describe one event."""
    return (
        a.article_id != b.article_id
        and a.type == b.type
        and _countries_agree(a.actors, b.actors)
        and _countries_agree(a.recipients, b.recipients)
        and _places_agree(a, b)
    )


def _candidate_pairs(mentions: list[EventMention]) -> Iterator[tuple[str, str]]:
    """Pairs of one type whose times overlap, found by a sweep over start days."""
    by_type = sorted(mentions, key=lambda m: (m.type, m.start or date.min, m.key))
    for _, group in groupby(by_type, key=lambda m: m.type):
        items = list(group)
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                if a.start and b.start and b.start > (a.end or a.start) + SLACK:
                    break
                if same_event(a, b):
                    yield a.key, b.key


def merge(mentions: list[EventMention]) -> list[list[EventMention]]:
    """Clusters of mentions, each one real-world event, sorted by their first key."""
    by_key = {m.key: m for m in mentions}
    groups = connected_groups(sorted(by_key), _candidate_pairs(mentions))
    clusters: dict[str, list[EventMention]] = {}
    for key, root in groups.items():
        clusters.setdefault(root, []).append(by_key[key])
    return [clusters[root] for root in sorted(clusters)]


def merged_row(cluster: list[EventMention]) -> dict[str, object]:
    """The merged event's row: the union of what its sources say."""
    placed = next((m for m in cluster if m.lat is not None), None) or next(
        (m for m in cluster if m.place_name), cluster[0]
    )
    starts = [m.start for m in cluster if m.start]
    ends = [m.end or m.start for m in cluster if m.end or m.start]
    cameos = Counter(m.cameo for m in cluster if m.cameo)
    return {
        "id": cluster[0].key,
        "type": cluster[0].type,
        "cameo": cameos.most_common(1)[0][0] if cameos else None,
        "actor_countries": sorted(set().union(*(m.actors for m in cluster))),
        "recipient_countries": sorted(set().union(*(m.recipients for m in cluster))),
        "time_start": min(starts).isoformat() if starts else None,
        "time_end": max(ends).isoformat() if ends else None,  # type: ignore[type-var]
        "place_name": placed.place_name,
        "place_country": placed.place_country,
        "lat": placed.lat,
        "lon": placed.lon,
        "article_count": len({m.article_id for m in cluster}),
        "source_count": len({m.group_id for m in cluster}),
    }
