"""POLECAT-shaped rows: the column names and layout of the POLECAT weekly TSV files.

Columns POLECAT fills from resources eventwire does not have (COW codes, Wikipedia ids,
intensity) are left empty rather than guessed; docs/store-and-api.md lists them.
"""

from __future__ import annotations

from typing import Any

from eventwire.export.codes import quad_class
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


def _party(item: ExportedEvent, prefix: str, people: list[Participant]) -> dict[str, Any]:
    first = people[0] if people else None
    actor = item.actor(first)
    return {
        f"{prefix} Name": first.name if first else "",
        f"{prefix} Country": first.country if first else "",
        f"{prefix} COW": "",
        f"Primary {prefix} Sector": first.sector if first else "",
        f"{prefix} Sectors": ";".join(dict.fromkeys(p.sector for p in people if p.sector)),
        f"{prefix} Title": actor.role.value if actor and actor.role else "",
        f"{prefix} Name Raw": first.mention.text if first else "",
        f"Wikipedia {prefix} ID": "",
    }


def _story(item: ExportedEvent, kind: ActorType) -> str:
    return ";".join(a.name for a in item.result.actors if a.type == kind)


def _place(item: ExportedEvent) -> dict[str, Any]:
    event_place, place = item.event.place, item.place()
    feature = place.feature if place else None
    city = place.name if place and feature and feature.startswith("PPL") else ""
    return {
        "Placename": event_place.name if event_place else "",
        "City": city,
        "District": "",
        "Province": place.admin1 if place else "",
        "Country": event_place.country if event_place else "",
        "Latitude": event_place.lat if event_place else None,
        "Longitude": event_place.lon if event_place else None,
        "GeoNames ID": place.geonameid if place else None,
        "Raw Placename": place.evidence.text if place else "",
        "Feature Type": feature or "",
        "Story Locations": ";".join(dict.fromkeys(p.name for p in item.result.places)),
    }


def polecat_row(item: ExportedEvent) -> dict[str, Any]:
    event, article = item.event, item.result.article
    assert article is not None
    return {
        "Event ID": item.key,
        "Event Date": item.day.isoformat() if item.day else "",
        "Event Type": event.type,
        "Event Mode": event.mode or "",
        "Intensity": None,
        "Quad Code": quad_class(event.cameo),
        "Contexts": ";".join(event.context),
        **_party(item, "Actor", event.actors),
        **_party(item, "Recipient", event.recipients),
        **_place(item),
        "Source": (article.agency.value if article.agency else None) or article.source or "",
        "Publication Date": article.date.value if article.date else "",
        "Story People": _story(item, ActorType.PERSON),
        "Story Organizations": _story(item, ActorType.ORGANIZATION),
        "Language": article.language or "",
        "Version": item.pipeline_version,
    }
