"""Where an act happens: CAMEO codes an act by a named actor with no addressee as aimed at the
country it takes place in ("imposed a curfew in Algiers"); `roles` falls back on it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import capital_countries, country_of
from eventwire.events.abroad import abroad
from eventwire.events.destinations import shared_places
from eventwire.events.home_places import home_countries
from eventwire.events.lexicon import PLACE_AIMED_TYPES
from eventwire.events.participants import RoleReader
from eventwire.events.settings import fronted
from eventwire.events.venues import joint_meeting
from eventwire.model import Participant
from eventwire.parse.nlp import AREA_ENTITIES
from eventwire.parse.tags import VERB_POS

LOCATION_PREPS = {"in", "into", "inside", "across", "to", "near"}
SETTING_HEADS = VERB_POS  # a verb's own place is its setting; a thing's ("a curfew in X")
# is where the thing applies


def location_targets(
    reader: RoleReader, head: Token, verb: Token, actors: list[Participant], type_: str
) -> list[Participant]:
    """The country where an act of force, a measure or a deployment with no addressee happens
    ("a curfew in Algiers", `PLACE_AIMED_TYPES`), read from the head and the verb that governs
    it; of another act only the place of what it lays or sets up ("agreed to set up a centre
    in Tokyo"), not where it is said or held ("a demand in Berlin", "a meeting in
    Washington": the article gold gives them no target); not from a phrase fronted as the
    clause's scene ("In Nairobi, the ministry criticised ..."), nor from a verb's own place at
    home (`home_places`: "complained in Nairobi")."""
    if joint_meeting(head, verb):
        return []  # "A and B held talks in Doha": Doha is the venue
    aimed = type_ in PLACE_AIMED_TYPES
    words = shared_places(verb, head, _near(verb)) + _near(head) if aimed else _laid(head)
    places = [
        pobj
        for token in words
        if token.dep_ == "prep" and token.lower_ in LOCATION_PREPS and not fronted(token, verb)
        for pobj in token.children
        if pobj.dep_ == "pobj" and _is_place(pobj)
    ]
    home = home_countries(reader, actors)
    found = [
        p
        for t in places
        for p in reader.phrase(t)
        if p.country and not (p.country in home and t.head.head.pos_ in SETTING_HEADS)
    ]
    return found or (abroad(reader, verb) if aimed else [])


def _near(head: Token) -> list[Token]:
    """A head's own words and its objects' ("a curfew in Algiers"), and those of the act it
    commits to ("agreed to set up a centre in Tokyo"), not those of the phrases they embed
    ("attacks at embassies in Kenya" does not happen in Kenya as a whole)."""
    objects = [c for c in head.children if c.dep_ in {"dobj", "attr", "nsubjpass"}]
    committed = [t for x in head.children if x.dep_ == "xcomp" for t in _near(x)]
    return [*head.children, *(t for o in objects for t in o.children), *committed]


def _laid(head: Token) -> list[Token]:
    """The words of what a head lays ("a curfew in Algiers") and of the act it commits to
    ("agreed to set up a centre in Tokyo"), without the setting of a head with no object ("a
    demand in Berlin", "the pledge he offered in Paris")."""
    objects = [c for c in head.children if c.dep_ in {"dobj", "attr", "nsubjpass"}]
    committed = [t for x in head.children if x.dep_ == "xcomp" for t in _near(x)]
    own = list(head.children) if any(o.dep_ == "dobj" for o in objects) else []  # the parse
    # hangs an object's place on its verb: "criticized the vote in Armenia"
    return [*own, *(t for o in objects for t in o.children), *committed]


def _is_place(token: Token) -> bool:
    """A country or capital by name, or what NER tags as a place."""
    return (
        token.ent_type_ in AREA_ENTITIES
        or token.text in capital_countries()
        or country_of(token.text) is not None
    )
