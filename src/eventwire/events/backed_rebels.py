"""Rebels a state backs are no people of that state's.

CAMEO's domestic convention (`domestic`) gives an unnamed group acted on by one country's
actors that country: "police dispersed demonstrators", "the army shelled rebels", "the
government agreed a truce with rebels". A state that aids or backs an armed group backs
another state's ("Obama sent operators to assist rebels", "aid to rebels vetted by the United
States"): the group keeps only the country its own actor was coded with, none unless the text
says whose it is.
"""

from __future__ import annotations

from eventwire.events.participants import RoleReader
from eventwire.model import Event
from eventwire.sectors import REBELS

BACKING = {"AID", "SUPPORT"}  # arming, funding or backing an armed group


def backed_rebels(reader: RoleReader, events: list[Event]) -> None:
    """Give each armed group an aid or support event's doers' country put on it back its
    own actor's country (module doc)."""
    for event in (e for e in events if e.type in BACKING):
        doers = {p.country for p in event.actors if p.country}
        for group in event.recipients:
            if group.sector == REBELS and group.country in doers:
                actor = reader.actor_of(group)
                group.country = actor.country.value if actor and actor.country else None
