"""POLECAT-shaped rows: the 40 columns of the POLECAT weekly TSV files, with its conventions.

`Quad Code` is the quad's name, `Intensity` the event's conflict-cooperation weight, the COW
columns Correlates of War state numbers, and a missing value is written `None`, as POLECAT
writes it. Wikipedia ids stay `None`: eventwire links no actor to Wikipedia.
"""

from __future__ import annotations

from typing import Any

from eventwire.export.codes import QUAD_NAMES, cow, goldstein, place_level, quad_class
from eventwire.export.events import ExportedEvent
from eventwire.model import ActorType, Participant

COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
]  # fmt: skip
MISSING = "None"
PLACE_COLUMNS = {"city": "City", "admin2": "District", "admin1": "Province"}


def _party(item: ExportedEvent, prefix: str, people: list[Participant]) -> dict[str, Any]:
    first = people[0] if people else None
    if first is None:
        return {}
    actor = item.actor(first)
    return {
        f"{prefix} Name": first.name,
        f"{prefix} Country": first.country,
        f"{prefix} COW": cow(first.country),
        f"Primary {prefix} Sector": first.sector,
        f"{prefix} Sectors": ";".join(dict.fromkeys(p.sector for p in people if p.sector)),
        f"{prefix} Title": actor.role.value if actor and actor.role else None,
        f"{prefix} Name Raw": first.mention.text,
    }


def _story(item: ExportedEvent, kind: ActorType) -> str:
    return ";".join(a.name for a in item.result.actors if a.type == kind)


def _place(item: ExportedEvent) -> dict[str, Any]:
    """The event's place; a city, district or province also fills its own column."""
    event_place, place = item.event.place, item.place()
    values: dict[str, Any] = {
        "Story Locations": ";".join(dict.fromkeys(p.name for p in item.result.places))
    }
    if event_place is None:
        return values
    values |= {
        "Placename": event_place.name,
        "Country": event_place.country,
        "Latitude": event_place.lat,
        "Longitude": event_place.lon,
    }
    if place is not None:
        values |= {
            "Province": place.admin1,
            "GeoNames ID": place.geonameid,
            "Raw Placename": place.evidence.text,
            "Feature Type": place.feature,
        }
        column = PLACE_COLUMNS.get(place_level(place.feature) or "")
        if column:
            values[column] = place.name
    return values


def polecat_row(item: ExportedEvent) -> dict[str, Any]:
    event, article = item.event, item.result.article
    assert article is not None
    quad = quad_class(event.cameo)
    row = {
        "Event ID": item.key,
        "Event Date": item.day.isoformat() if item.day else None,
        "Event Type": event.type,
        "Event Mode": event.mode,
        "Intensity": goldstein(event.cameo),
        "Quad Code": QUAD_NAMES.get(quad) if quad else None,
        "Contexts": ";".join(event.context),
        **_party(item, "Actor", event.actors),
        **_party(item, "Recipient", event.recipients),
        **_place(item),
        "Source": (article.agency.value if article.agency else None) or article.source,
        "Publication Date": article.date.value if article.date else None,
        "Story People": _story(item, ActorType.PERSON),
        "Story Organizations": _story(item, ActorType.ORGANIZATION),
        "Language": article.language,
        "Version": item.pipeline_version,
    }
    return {column: _cell(row.get(column)) for column in COLUMNS}


def _cell(value: Any) -> Any:
    return MISSING if value is None or value == "" else value
