"""States that split or were renamed: the code and name of the state of an article's day
(Serbia in 1998 is Yugoslavia, Russia in 1990 the Soviet Union), from historical_countries.tsv."""

from __future__ import annotations

from datetime import date
from functools import cache

from eventwire.lexicons import read_table


@cache
def _historical() -> dict[str, tuple[date, str, bool]]:
    rows = read_table("historical_countries.tsv")
    return {now: (date.fromisoformat(until), then, w == "state") for now, until, then, w, _ in rows}


@cache
def historical_names() -> dict[str, str]:
    """Code of a state that is gone → the name it is shown by ("SUN" → "Soviet Union")."""
    return {then: name for _, _, then, _, name in read_table("historical_countries.tsv")}


def country_on(iso3: str, on: date, place: bool = False) -> str:
    """The code of the state of the day: Serbia in 1998 is Yugoslavia (YUG). A `place` keeps
    its territory's code where the table says so (Pristina in 1998 stays XKX)."""
    until, then, places_follow = _historical().get(iso3, (date.min, iso3, True))
    if on < until and (places_follow or not place) and then != iso3:
        return country_on(then, on, place)  # the state then may itself have had an older name
    return iso3


@cache
def later_state(then: str) -> str | None:
    """The first state the table lists as the one a gone state became ("YUG" → "SCG",
    "CSK" → "CZE"): where a gazetteer, which knows only today's states, places the old one."""
    return next(
        (now for now, _, code, _, _ in read_table("historical_countries.tsv") if code == then), None
    )
