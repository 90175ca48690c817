"""Sides coded with the state of the article's day: "ethnic Albanians protested in Pristina"
in 1998 are Yugoslavia's (YUG), though Pristina as a place keeps Kosovo's code (XKX).

The actors stage gives every actor the state of the day (`actors.coding.states_of_the_day`),
but the events stage codes some sides from where the act happens (a crowd placed by its town,
a town acting through its government), and a place keeps its territory's code. The coding
rules code people and groups by the state they belong to on the article's date."""

from __future__ import annotations

from datetime import date

from eventwire.model import Event
from eventwire.states_then import country_on


def sides_of_the_day(events: list[Event], on: date | None) -> None:
    """Recode each side whose country is a later state's with the state of the day."""
    if on is None:
        return
    for side in (p for event in events for p in (*event.actors, *event.recipients)):
        if side.country:
            side.country = country_on(side.country, on)
