"""Forces stationed abroad act where they are: "American troops in Somalia killed three men"
happens in Somalia, so its unnamed victims are Somalia's, not (by CAMEO's domestic convention)
the troops' own people. Only a place in another country than the doers' counts: "voters in
Iowa" and "police in Stockholm" are at home, and their place names no target."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.model import Participant

STATIONED = {"in", "inside"}


def abroad(reader: RoleReader, verb: Token) -> list[Participant]:
    """The countries the verb's subjects are said to be in, other than their own."""
    found = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        own = {p.country for p in reader.phrase(subject)}
        places = [p for t in pobjs(subject, STATIONED) for p in reader.phrase(t)]
        found += [p for p in places if p.country and None not in own and p.country not in own]
    return found
