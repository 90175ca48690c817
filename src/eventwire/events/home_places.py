"""The countries an act is at home in: its doers' own, and the story's home.

"The FBI arrested a man in Texas", "Kenyans complained in Nairobi", "protesters rallied in
Chicago": a verb's place in the doers' own country, or in the country the story is set in
(the one its unqualified institutions default to: its dateline, outlet or most of its actors),
tells only where the act happens. CAMEO's fallback that aims an act with no addressee at the
country it happens in (`act_places`) holds for acts abroad and for measures laid on a place
("imposed a curfew in Algiers").
"""

from __future__ import annotations

from eventwire.events.participants import RoleReader
from eventwire.model import HOME_METHODS, Participant


def home_countries(reader: RoleReader, actors: list[Participant]) -> set[str]:
    """The doers' countries and the story's home country (where its defaults came from)."""
    own = {p.country for p in actors if p.country}
    story = {
        actor.country.value
        for actor in reader.actors.values()
        if actor.country is not None and actor.country.method in HOME_METHODS
    }
    return own | story
