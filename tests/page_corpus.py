"""Stories written for the page test: rallies spread over years, some without a headline.

Each is a one-event article (own text, not from any corpus). Together they give the page what
a real store gives it: a far-off archive date among recent news, more than ten articles, many
network names, and a place at the map's right edge.
"""

from __future__ import annotations

import hashlib

from eventwire.model import (
    Article,
    ArticleResult,
    Attribute,
    Event,
    EventPlace,
    EventTime,
    Modality,
    Participant,
)
from tests.records import span

# city, ISO3, lat, lon, day of the rally
RALLIES = [
    ("Lisbon", "PRT", 38.72, -9.14, "1999-05-04"),
    ("Madrid", "ESP", 40.42, -3.70, "2021-11-02"),
    ("Rome", "ITA", 41.90, 12.50, "2022-01-18"),
    ("Athens", "GRC", 37.98, 23.73, "2022-04-07"),
    ("Warsaw", "POL", 52.23, 21.01, "2022-06-21"),
    ("Prague", "CZE", 50.08, 14.44, "2022-09-13"),
    ("Vilnius", "LTU", 54.69, 25.28, "2022-10-25"),
    ("Sofia", "BGR", 42.70, 23.32, "2022-12-06"),
    ("Bucharest", "ROU", 44.43, 26.10, "2023-02-14"),
    ("Suva", "FJI", -18.14, 178.44, "2023-05-30"),
]


def rally(
    city: str, country: str, lat: float, lon: float, day: str, headline: bool
) -> ArticleResult:
    """Dockworkers of a city protest against the port authority on `day`."""
    text = (
        f"Dockworkers march in {city}\n\n{city.upper()}, {day}. Hundreds of {city} dockworkers "
        f"protested against the {city} port authority over night shifts, their union said."
    )
    workers, authority = f"{city} dockworkers", f"{city} port authority"
    event = Event(
        id="e1",
        type="PROTEST",
        cameo="141",
        modality=Modality.OCCURRED,
        trigger=span(text, "protested"),
        actors=[Participant(name=workers, country=country, mention=span(text, workers))],
        recipients=[Participant(name=authority, country=country, mention=span(text, authority))],
        time=EventTime(value=day, evidence=span(text, day)),
        place=EventPlace(name=city, country=country, lat=lat, lon=lon),
        sentence=span(text, f"Hundreds of {city} dockworkers protested"),
    )
    title = Attribute(value=text.split("\n")[0], method="first_line") if headline else None
    return ArticleResult(
        id=city.lower(),
        article=Article(
            id=hashlib.sha256(text.encode()).hexdigest()[:16],
            text=text,
            headline=title,
            language="en",
            source="wire.example",
            date=Attribute(value=day, method="supplied"),
        ),
        events=[event],
    )


def rallies() -> list[ArticleResult]:
    """Every rally; every other one has no headline, as plain-text input often has none."""
    return [rally(*row, headline=i % 2 == 0) for i, row in enumerate(RALLIES)]
