"""Cross-source event merging: mentions of one real-world event in different articles.

The rule (docs/store-and-api.md, "Merged events"): two mentions from different articles are one
event when they have the same PLOVER type and the same CAMEO root, their actor countries and
their recipient countries do not contradict, both are dated and their days overlap with a day of
slack (a time vaguer than two weeks, such as a month or a year, is not precise enough), and
their places are within 100 km, in the same country, or one place is unknown. A mention joins
a merged event only when it agrees with *every* mention already in it, so a vague mention
cannot chain two unrelated events together. Each merged event keeps its reasons.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby

from eventwire.geo import km_between

SLACK = timedelta(days=1)
MAX_SPAN = timedelta(days=14)  # a month or a year is too vague to say two reports are one event
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

    @property
    def cameo_root(self) -> str | None:
        return self.cameo[:2] if self.cameo else None

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


def km_apart(a: EventMention, b: EventMention) -> float:
    """Great-circle distance between two located mentions."""
    return km_between(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def _countries_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def _places_agree(a: EventMention, b: EventMention) -> bool:
    if a.located and b.located:
        return km_apart(a, b) <= NEAR_KM
    return not a.place_country or not b.place_country or a.place_country == b.place_country


def _precisely_dated(mention: EventMention) -> bool:
    """Dated, to within two weeks (a stated range of days, a week, a day)."""
    start = mention.start
    return start is not None and (mention.end or start) - start <= MAX_SPAN


def _times_overlap(a: EventMention, b: EventMention) -> bool:
    """Both precisely dated, and each starts no later than a day after the other ends."""
    if not (_precisely_dated(a) and _precisely_dated(b)):
        return False
    a_start, b_start = a.start or date.min, b.start or date.min  # both set: checked above
    return a_start <= (b.end or b_start) + SLACK and b_start <= (a.end or a_start) + SLACK


def _codes_agree(a: EventMention, b: EventMention) -> bool:
    return a.type == b.type and (
        not a.cameo_root or not b.cameo_root or a.cameo_root == b.cameo_root
    )


def same_event(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions from different articles describe one event."""
    return (
        a.article_id != b.article_id
        and _codes_agree(a, b)
        and _times_overlap(a, b)
        and _countries_agree(a.actors, b.actors)
        and _countries_agree(a.recipients, b.recipients)
        and _places_agree(a, b)
    )


def _candidate_pairs(mentions: list[EventMention]) -> Iterator[tuple[EventMention, EventMention]]:
    """Dated pairs of one type whose times overlap, found by a sweep over start days."""
    dated = sorted(filter(_precisely_dated, mentions), key=lambda m: (m.type, m.start, m.key))
    for _, group in groupby(dated, key=lambda m: m.type):
        items = list(group)
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                if b.start > (a.end or a.start) + SLACK:  # type: ignore[operator]
                    break
                if same_event(a, b):
                    yield a, b


def _closeness(pair: tuple[EventMention, EventMention]) -> tuple[int, float, str, str]:
    """Closest pairs link first, so a mention joins the event it matches best."""
    a, b = pair
    days = abs((a.start - b.start).days)  # type: ignore[operator]
    km = km_apart(a, b) if a.located and b.located else NEAR_KM
    return days, km, a.key, b.key


def merge(mentions: list[EventMention]) -> list[list[EventMention]]:
    """Clusters of mentions, each one real-world event, sorted by their first key.

    Complete linkage: two clusters join only when every cross pair is the same event.
    """
    cluster_of = {m.key: [m] for m in mentions}
    for a, b in sorted(_candidate_pairs(mentions), key=_closeness):
        left, right = cluster_of[a.key], cluster_of[b.key]
        if left is right or not all(same_event(x, y) for x in left for y in right):
            continue
        left.extend(right)
        for moved in right:
            cluster_of[moved.key] = left
    unique = {id(c): sorted(c, key=lambda m: m.key) for c in cluster_of.values()}
    return sorted(unique.values(), key=lambda c: c[0].key)


def _span(days: list[date]) -> str:
    first, last = min(days), max(days)
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _place_reason(cluster: list[EventMention]) -> str:
    located = [m for m in cluster if m.located]
    if len(located) > 1:
        widest = max(km_apart(a, b) for a in located for b in located)
        return f"places {widest:.0f} km apart at most (limit {NEAR_KM:.0f} km)"
    countries = {m.place_country for m in cluster if m.place_country}
    if len(countries) == 1 and all(m.place_country for m in cluster):
        return f"places in one country ({countries.pop()})"
    return "place unknown in some sources"


def _countries_reason(label: str, sets: list[frozenset[str]]) -> str:
    known = [s for s in sets if s]
    if not known:
        return f"{label} countries unknown"
    shared = sorted(frozenset.intersection(*known))
    return f"{label} countries agree ({', '.join(shared) or '-'})" + (
        "" if len(known) == len(sets) else "; unknown in some sources"
    )


def merge_reasons(cluster: list[EventMention]) -> list[str]:
    """Why these mentions were merged, one line per part of the rule; empty for one mention."""
    if len(cluster) < 2:
        return []
    roots = sorted({m.cameo_root for m in cluster if m.cameo_root})
    days = [d for m in cluster for d in (m.start, m.end) if d]
    return [
        f"same type {cluster[0].type}" + (f" and CAMEO root {roots[0]}" if roots else ""),
        _countries_reason("actor", [m.actors for m in cluster]),
        _countries_reason("recipient", [m.recipients for m in cluster]),
        f"times overlap within {SLACK.days} day ({_span(days)})",
        _place_reason(cluster),
    ]


def merged_row(cluster: list[EventMention]) -> dict[str, object]:
    """The merged event's row: the union of what its sources say, and why they were merged."""
    placed = next((m for m in cluster if m.located), None) or next(
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
        "reasons": merge_reasons(cluster),
    }
