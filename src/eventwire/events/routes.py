"""Marches along a named route, which the parse reads as a phrasal verb with an object.

"demonstrators marched down Broad Street", "farmers paraded up the avenue to parliament": the
parse takes the route's preposition for a particle and the street for a direct object, and the
protest verb would read as one that shows a thing or as a phrasal verb of another sense. A
direction particle whose object is a place or a street is the route walked. So is a site read
as an object: "farmers rallied outside parliament" (the parse makes "outside" an adjective).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.nlp import PLACE_ENTITIES

ROUTE_PARTICLES = {"down", "up", "along", "through", "across", "past", "around"}
ROUTE_DEPS = {"dobj", "npadvmod"}  # "marched down Nevsky Prospekt": the name as an adverb
STREETS = word_set("street_noun")
SITE_WORDS = {"outside", "inside", "near", "opposite", "before", "beside"}


def along_route(verb: Token) -> bool:
    """Whether the verb's particle and object name the route it moves along."""
    if not any(c.dep_ == "prt" and c.lower_ in ROUTE_PARTICLES for c in verb.children):
        return False
    return any(c.dep_ in ROUTE_DEPS and _place(c) for c in verb.children)


def at_site(verb: Token) -> bool:
    """Whether the verb's object is a site misread with its preposition as a modifier."""
    return any(
        c.dep_ == "dobj" and any(m.lower_ in SITE_WORDS and m.i < c.i for m in c.children)
        for c in verb.children
    )


def _place(noun: Token) -> bool:
    """A place, a street or a proper name (the parse often misses the entity type of a street:
    "Rajpath", "Nevsky Prospekt")."""
    return noun.ent_type_ in PLACE_ENTITIES or noun.lower_ in STREETS or noun.pos_ == "PROPN"
