"""The choice among places that share a name.

Candidates come from the offline gazetteer (places/gazetteer.py, built from places/sources.py).
Each scores by its size (log10 of its population), its level (countries, continents and world
regions first), whether it is a capital, whether the name is its own or only an alternate
name, and the article's context: the countries and states it already names.
"""

from __future__ import annotations

import math
import re

from eventwire.codes import country_of
from eventwire.place_codes import place_aliases, shared_country_names
from eventwire.places.gazetteer import country_place, gazetteer
from eventwire.places.sources import ADMIN_PREFIXES, Gazetted, folded
from eventwire.places.world_cities import world_city

__all__ = ["Gazetted", "aliases", "candidates", "country_place", "geocode"]

# A state needs about a third of a namesake town's people to beat it: Manchester, England
# (570,000) over Manchester parish, Jamaica (62,000), whose towns undercount its people.
FEATURE_PRIOR = {"continent": 4.0, "region": 4.0, "country": 4.0, "admin1": 1.0, "admin2": 0.0}
FEATURE_PRIOR["city"] = 0.5
FEATURE_PRIOR["landmark"] = 0.5
DESCRIPTORS = re.compile(
    r"\s+(?P<kind>province|prefecture|state|region|district|county|city)$", re.I
)
DESCRIBED_FEATURE = {"state": "admin1", "province": "admin1", "prefecture": "admin1"}
DESCRIBED_FEATURE |= {"county": "admin2", "district": "admin2", "city": "city"}
_COMPASS = r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?"
CITY_PART = re.compile(rf"(?:{_COMPASS}|central|inner|outer|greater)\s+", re.I)
# 'the South' is a region of the article's own country (Cameroon's South Region only in
# Cameroonian news); elsewhere it stays unplaced rather than in Cameroon.
BARE_COMPASS = re.compile(rf"{_COMPASS}|centre|center|midwest|mid-west", re.I)
LARGE_CITY = 100_000
CONTEXT_BONUS = 3.0
CAPITAL_BONUS = 2.0  # London is England's capital before it is a town in Ohio
ALIAS_PENALTY = 1.0  # 'Sydney' is Sidney, Ohio's alternate name, Sydney's own ('Bogota' too)
NAMESAKE_SHARE = 0.2
CAPITAL_SHARE = 0.05


def _score(entry: Gazetted, context: frozenset[str], name: str) -> float:
    """Prefer the article's countries and regions, then bigger, higher-level places, capitals,
    and places whose own name this is."""
    bonus = CONTEXT_BONUS if entry.country in context else 0.0
    if entry.feature in ("city", "admin2") and entry.admin1 in context:
        bonus += CONTEXT_BONUS
    own = _own_name(entry, name)
    bonus += CAPITAL_BONUS if entry.capital and own else 0.0  # not 'Philadelphia' for Amman
    bonus -= 0.0 if own else ALIAS_PENALTY
    return bonus + FEATURE_PRIOR[entry.feature] + math.log10(entry.population + 10)


def _own_name(entry: Gazetted, name: str) -> bool:
    """The place's own name, not an old or foreign one the gazetteer keeps as an alias."""
    return entry.feature == "country" or folded(entry.name) == folded(name)


aliases = place_aliases  # the places stage's name for the table codes.py reads


def alias_meant(name: str) -> str | None:
    """The name a written form stands for, also in a dateline's capitals ('MO.' as 'Mo.')."""
    dotted_capitals = name.isupper() and name.endswith(".")
    return aliases().get(name) or (aliases().get(name.title()) if dotted_capitals else None)


def candidates(name: str) -> list[Gazetted]:
    """Every entry a name may mean: a country by name or alias first, then the gazetteer and
    the other country a shared name may mean ('Congo'); 'Henan province' is looked up as
    'Henan' when the whole name is unknown."""
    name = alias_meant(name) or name
    found = gazetteer().get(name)
    country = country_of(name)
    if country and not country.is_demonym:
        entry = country_place(country.iso3)
        if entry and not _part_of(entry, found):
            found = [entry, *found]
    shared = shared_country_names().get(name)
    for iso3 in (shared.iso, shared.later) if shared else ():
        entry = country_place(iso3)
        found += [entry] if entry is not None and entry not in found else []
    described = DESCRIPTORS.search(name)
    if found or not described:
        return found
    bare = candidates(name[: described.start()])
    feature = DESCRIBED_FEATURE.get(described["kind"].lower())
    return [e for e in bare if e.feature == feature] or bare


def _city_parts(name: str, context: frozenset[str]) -> list[Gazetted]:
    """'North-Western Sydney', 'Greater London': a part of a city is near the city. Only a
    large town or one of the article's countries ('West Midlands' is no part of Midlands,
    Mauritius), and only towns: 'Southern California' or 'East Asia' lie hundreds of km from
    the whole's point."""
    part = CITY_PART.match(name)
    city = geocode(name[part.end() :], context) if part else None
    if city is None or city.feature != "city":
        return []
    return [city] if city.population >= LARGE_CITY or city.country in context else []


def _part_of(country: Gazetted, found: list[Gazetted]) -> bool:
    """'Wales' is an alias of the United Kingdom and one of its admin1 regions: the region."""
    return any(e.feature == "admin1" and e.country == country.country for e in found)


def geocode(
    name: str,
    context: frozenset[str] = frozenset(),
    within: Gazetted | None = None,
    described: str | None = None,
) -> Gazetted | None:
    """The most likely place for a name; `within` (a containing region or country) restricts,
    and so does a descriptor written after it ('Washington state': `described='state'`)."""
    options = candidates(name) or _city_parts(name, context)
    if BARE_COMPASS.fullmatch(name):
        options = [e for e in options if e.country in context]
    if within is not None:
        options = [e for e in options if _inside(e, within)] or options
    feature = DESCRIBED_FEATURE.get((described or "").lower())
    if feature is not None:
        options = [e for e in options if e.feature == feature] or options
    best = max(options, key=lambda e: _score(e, context, name), default=None)
    if feature is not None and best is not None and best.feature == feature:
        return best
    if within is None:
        best = world_city(_namesake_capital(best, options, name), options, context, name)
    return _namesake_region(_namesake_city(best, options), options, context)


def _namesake_capital(best: Gazetted | None, options: list[Gazetted], name: str) -> Gazetted | None:
    """A town named like a national capital is the capital unless the text places it ('Paris,
    Texas') or it is a twentieth of the capital's size: an article that names Texas and
    Paris most often means France. Only the capital's own name counts: Philadelphia is an
    ancient name of Amman, not the name a reader of today knows it by."""
    if best is None or best.feature != "city" or best.capital:
        return best
    capitals = [
        e
        for e in options
        if e.capital and _own_name(e, name) and e.population * CAPITAL_SHARE > best.population
    ]
    return max(capitals, key=lambda e: e.population, default=best)


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
    Virginia, 'Ontario' in California) is the state unless it is a fifth of the state's size,
    or lies in a state the article names or is datelined in, and the namesake is its own
    country's ('Columbia' in a South Carolina story is its capital, not the District of
    Columbia; 'New Brunswick' beside New Jersey may still be Canada's)."""
    if best is None or best.feature not in ("city", "admin2") or best.capital:
        return best
    countries = context | {best.country}
    regions = [e for e in options if e.feature == "admin1" and e.country in countries]
    region = max(regions, key=lambda e: e.population, default=None)
    if region is None or (best.admin1 in context and region.country == best.country):
        return best
    return region if best.population < NAMESAKE_SHARE * region.population else best


def _inside(entry: Gazetted, container: Gazetted) -> bool:
    if container.feature == "country":
        return entry.country == container.country and entry.feature != "country"
    if container.feature == "admin1":
        admin1 = ADMIN_PREFIXES.sub("", entry.admin1 or "")
        return entry.country == container.country and admin1 == container.name
    return False
