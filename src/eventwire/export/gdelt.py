"""GDELT 2.0 event-table rows, as GDELT ships them: 61 columns in codebook order, no header.

GDELT's columns hold only what GDELT's own files would: `SQLDATE` is filled only when the
event's time is a single day; `MonthYear` and `Year` when the time is that precise.
eventwire's own reading of the time (its value, precision and whether it came from the
article's publication date) goes to a sidecar file (SIDECAR_COLUMNS), keyed by GLOBALEVENTID.
eventwire has no tone or ethnic/religious coding and does not geolocate actors; those
columns stay empty, and the actor geographies carry GDELT's "no location" type 0.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from eventwire.codes import IGO_COUNTRY
from eventwire.export.codes import (
    country_name,
    fips,
    gdelt_geo_type,
    goldstein,
    igo_code,
    quad_class,
)
from eventwire.export.events import EventDate, ExportedEvent
from eventwire.model import Participant
from eventwire.sectors import INTERNATIONAL

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
SIDECAR_COLUMNS = [
    "GLOBALEVENTID", "event_key", "time_value", "time_precision", "date_source", "time_start",
    "time_end", "merged_event_id",
]  # fmt: skip


def global_event_id(key: str) -> int:
    """A positive 48-bit integer, the same for the same event on every export."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16)


def _dates(when: EventDate) -> dict[str, Any]:
    start, end = when.start, when.end
    if start is None or end is None:
        return {}
    values: dict[str, Any] = {}
    if start.year == end.year:
        values["Year"] = start.year
    if (start.year, start.month) == (end.year, end.month):
        values["MonthYear"] = start.strftime("%Y%m")
    if start == end:
        values["SQLDATE"] = start.strftime("%Y%m%d")
        values["FractionDate"] = f"{start.year + start.timetuple().tm_yday / 365:.4f}"
    return values


def _actor(number: int, people: list[Participant]) -> dict[str, Any]:
    """CAMEO actor codes: country + sector (`RUSMIL`), or an IGO's own code (`IGOEUREEC`)."""
    first = people[0] if people else None
    if first is None:
        return {}
    country, sector = first.country or "", first.sector or ""
    values = {"Name": first.name.upper(), "CountryCode": country, "Type1Code": sector}
    values["Code"] = country + (sector if sector != country else "")
    igo = igo_code(first.name) if country == IGO_COUNTRY or sector == INTERNATIONAL else None
    if igo:
        values |= {"Code": igo.code, "CountryCode": igo.region, "KnownGroupCode": igo.known_group}
        values["Type1Code"] = INTERNATIONAL
    elif country == IGO_COUNTRY:
        values["CountryCode"] = ""
    return {f"Actor{number}{f}": v for f, v in values.items()}


def _full_name(name: str, admin1: str | None, iso3: str | None, geo_type: int) -> str:
    """GDELT's FullName: the place, then its province, then its country."""
    if geo_type == 1:
        return country_name(iso3) or name
    parts = [name, admin1 if geo_type != 5 else None, country_name(iso3)]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _action_geo(item: ExportedEvent) -> dict[str, Any]:
    event_place, place = item.event.place, item.place()
    feature = place.feature if place else None
    iso3 = event_place.country if event_place else None
    geo_type = gdelt_geo_type(feature, iso3) if event_place else 0
    values: dict[str, Any] = {"Type": geo_type}
    if event_place and geo_type:
        country = fips(iso3)
        values |= {
            "FullName": _full_name(event_place.name or "", place and place.admin1, iso3, geo_type),
            "CountryCode": country,
            "ADM1Code": country if geo_type == 1 else "",
            "Lat": event_place.lat,
            "Long": event_place.lon,
            "FeatureID": country if geo_type == 1 else (place.geonameid if place else ""),
        }
    return {f"ActionGeo_{f}": v for f, v in values.items()}


def _added(item: ExportedEvent) -> str:
    """DATEADDED: when eventwire stored the article, YYYYMMDDHHMMSS (UTC)."""
    return re.sub(r"\D", "", item.added_at or "")[:14]


def gdelt_row(item: ExportedEvent) -> dict[str, Any]:
    event, article = item.event, item.result.article
    assert article is not None
    cameo = event.cameo or ""
    row = {
        "GLOBALEVENTID": global_event_id(item.key),
        **_dates(item.when),
        **_actor(1, event.actors),
        **_actor(2, event.recipients),
        "IsRootEvent": int(item.is_first()),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": quad_class(cameo) or "",
        "GoldsteinScale": goldstein(cameo),
        "NumMentions": item.sources.articles,
        "NumSources": item.sources.independent,
        "NumArticles": item.sources.articles,
        "Actor1Geo_Type": 0,
        "Actor2Geo_Type": 0,
        **_action_geo(item),
        "DATEADDED": _added(item),
        "SOURCEURL": article.url or article.source or "",
    }
    return {column: _cell(row.get(column)) for column in COLUMNS}


def _cell(value: Any) -> Any:
    return "" if value is None else value


def sidecar_row(item: ExportedEvent) -> dict[str, Any]:
    """eventwire's own columns for a GDELT row: the time as read, and where it came from."""
    when = item.when
    return {
        "GLOBALEVENTID": global_event_id(item.key),
        "event_key": item.key,
        "time_value": when.value,
        "time_precision": when.precision,
        "date_source": when.source,
        "time_start": when.start.isoformat() if when.start else "",
        "time_end": when.end.isoformat() if when.end else "",
        "merged_event_id": item.sources.merged_event_id or "",
    }
