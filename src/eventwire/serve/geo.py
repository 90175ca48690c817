"""Country shapes for the offline map, from the GeoJSON the countryinfo package ships."""

from __future__ import annotations

from functools import cache
from typing import Any

from countryinfo import CountryInfo, all_countries


def _features(country: CountryInfo) -> list[dict[str, Any]]:
    try:
        collection = country.geo_json()
    except (KeyError, ValueError):  # some entries ship no shape
        return []
    return (collection or {}).get("features", [])


@cache
def world() -> dict[str, Any]:
    """One FeatureCollection of every country shape countryinfo has, ids being ISO alpha-3."""
    features = [feature for country in all_countries() for feature in _features(country)]
    return {"type": "FeatureCollection", "features": features}
