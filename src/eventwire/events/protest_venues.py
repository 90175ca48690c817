"""Where a protest gathers is its venue, not its target: "students rallied at Temple
University" is held there, aimed at no one the place names, while "protested at City Hall"
(a seat of government) or at a firm's offices is aimed at whoever sits there. A place whose
every actor is an institution of a venue sector (`venue_sector`: a university, church or
hospital) is where, not whom."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import RoleReader
from eventwire.events.plover_types import PROTEST
from eventwire.lexicons import word_set
from eventwire.sectors import all_of

VENUE_PREPS = {"at"}


def venues(reader: RoleReader, verb: Token, type_: str) -> list[Token]:
    """The verb's "at" objects that are only the protest's venue (module doc)."""
    if type_ != PROTEST:
        return []
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
            continue
        found += [o for o in prep.children if o.dep_ == "pobj" and _venue(reader, o)]
    return found


def _venue(reader: RoleReader, place: Token) -> bool:
    return all_of([p.sector for p in reader.phrase(place)], word_set("venue_sector"))
