"""GDELT 2.0 event-table rows: the 61 columns of the GDELT Event codebook, in its order.

eventwire has no Goldstein, tone or ethnic/religious coding, and does not geolocate actors;
those columns stay empty. GLOBALEVENTID is a stable number derived from the event key.
"""

from __future__ import annotations

import hashlib
from typing import Any

from eventwire.export.codes import fips, gdelt_geo_type, quad_class
from eventwire.export.events import ExportedEvent
from eventwire.model import Participant

ACTOR_FIELDS = [
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
]  # fmt: skip
GEO_FIELDS = [
    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
]  # fmt: skip
COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
]  # fmt: skip


def global_event_id(key: str) -> int:
    """A positive 48-bit integer, the same for the same event on every export."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16)


def _actor(number: int, people: list[Participant]) -> dict[str, Any]:
    first = people[0] if people else None
    country = (first.country or "") if first else ""
    sector = (first.sector or "") if first else ""
    values = {
        "Code": country + sector,
        "Name": first.name.upper() if first else "",
        "CountryCode": country,
        "Type1Code": sector,
    }
    return {f"Actor{number}{f}": values.get(f, "") for f in ACTOR_FIELDS}


def _action_geo(item: ExportedEvent) -> dict[str, Any]:
    event_place, place = item.event.place, item.place()
    if event_place is None:
        return {f"ActionGeo_{f}": "" for f in GEO_FIELDS}
    values = {
        "Type": gdelt_geo_type(place.feature if place else None, event_place.country) or "",
        "FullName": event_place.name or "",
        "CountryCode": fips(event_place.country),
        "Lat": event_place.lat,
        "Long": event_place.lon,
        "FeatureID": place.geonameid if place and place.geonameid else "",
    }
    return {f"ActionGeo_{f}": values.get(f, "") for f in GEO_FIELDS}


def _dates(item: ExportedEvent) -> dict[str, Any]:
    day = item.day
    if day is None:
        return {"SQLDATE": "", "MonthYear": "", "Year": "", "FractionDate": "", "DATEADDED": ""}
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return {
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        "FractionDate": f"{fraction:.4f}",
        "DATEADDED": day.strftime("%Y%m%d") + "000000",
    }


def gdelt_row(item: ExportedEvent) -> dict[str, Any]:
    event, article = item.event, item.result.article
    assert article is not None
    cameo = event.cameo or ""
    row = {
        "GLOBALEVENTID": global_event_id(item.key),
        **_dates(item),
        **_actor(1, event.actors),
        **_actor(2, event.recipients),
        "IsRootEvent": int(item.is_first()),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": quad_class(cameo) or "",
        "NumMentions": item.sources.articles,
        "NumSources": item.sources.independent,
        "NumArticles": item.sources.articles,
        **_action_geo(item),
        "SOURCEURL": article.url or article.source or "",
    }
    return {column: row.get(column, "") for column in COLUMNS}
