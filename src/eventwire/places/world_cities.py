"""A famous city abroad over a smaller namesake at home: "Geneva" in a story datelined in
New York is Geneva, Switzerland, not Geneva, Illinois; "Athens" is Greece's capital, not the
Georgia college town.

The article's country lifts its own towns (`geocode`'s context bonus), which is right for a
name the country has many of and no famous one abroad. But a name whose bearer abroad is a
seat of international bodies (`igo_seat` of word_lists.tsv), a big national capital or a big
city many times the home town's size means that city, unless the article names the home
town's state ("Geneva, Ill.", or Illinois anywhere in it), which places it at home.
"""

from __future__ import annotations

from eventwire.lexicons import word_set
from eventwire.places.sources import Gazetted, folded

WORLD_SHARE = 5  # a big city abroad five times the home town's size is the one meant
BIG_CITY = 1_000_000  # Alexandria, Egypt; not Salem, Tamil Nadu
BIG_CAPITAL = 500_000  # Athens; not Georgetown, Guyana over the Washington neighbourhood


def world_city(
    best: Gazetted | None, options: list[Gazetted], context: frozenset[str], name: str
) -> Gazetted | None:
    """The famous namesake abroad of a home-country town whose state the article does not
    name, if there is one; else `best`."""
    if best is None or best.feature != "city" or best.country not in context:
        return best
    if best.capital or best.admin1 in context:
        return best
    abroad = [e for e in options if _famous_over(e, best, name)]
    return max(abroad, key=lambda e: e.population, default=best)


def _famous_over(entry: Gazetted, home: Gazetted, name: str) -> bool:
    """A city of another country by this very name (not an alternate one) that is a seat of
    international bodies, a big capital bigger than the home town, or a big city many times
    its size."""
    if (
        entry.feature != "city"
        or entry.country == home.country
        or folded(entry.name) != folded(name)
    ):
        return False
    if folded(name) in word_set("igo_seat") or (entry.capital and entry.population >= BIG_CAPITAL):
        return entry.population > home.population
    return entry.population >= max(BIG_CITY, WORLD_SHARE * home.population)
