"""Towns an act strikes: "bombed positions near Basra", "tanks fired at targets in Aleppo".

An attack by one side's weapons or forces that names no victim is, by CAMEO's domestic
convention, aimed at that side's own people, but only when it names no place it strikes: a
town named where the targets lie (or where the act is done) says whose ground is hit, and the
act is aimed at that town's country (`targets_placed`, from the places stage's geocoding).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.passives import is_passive
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import patients
from eventwire.lexicons import word_set
from eventwire.parse.forms import in_words
from eventwire.parse.tags import NOUN_POS, VERB_POS

SITE_PREPS = {"in", "near", "around", "outside", "inside"}
STRUCK_ENTITIES = {"GPE", "LOC", ""}  # "jets bombed Rafah" (a name NER may leave untyped)
PLACE_KINDS = word_set("place_kind")  # "shelled the town of Kharkiv": the town is Kharkiv


def site_places(head: Token) -> list[Token]:
    """Proper place names an active verb strikes ("bombed Rafah", "fired rockets at Sderot")
    or names in the place phrases of the verb and of its targets: its objects and the
    objects of its own prepositions ("fired at targets in Aleppo"), and the name a place noun
    among them stands for ("shelled the town of Kharkiv"); a passive
    ("was arrested in Lebanon", "were killed in Nairobi") tells where its patient was hit, and
    so does a town's name before an object ("raided the Jenin refugee camp");
    an act noun is where its own place phrase says ("a suicide bombing in Jerusalem"), or the
    verb's it is the object of ("staged a bombing in Tel Aviv")."""
    if head.pos_ in NOUN_POS:
        holders = [head, head.head] if head.dep_ == "dobj" else [head]
        return [p for h in holders for p in pobjs(h, SITE_PREPS) if p.pos_ == "PROPN"]
    if head.pos_ not in VERB_POS or is_passive(head):
        return []
    slots = [head, *patients(head)]  # "bombed positions", "positions were bombed"
    slots += [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    struck = [s for s in slots[1:] if s.pos_ == "PROPN" and s.ent_type_ in STRUCK_ENTITIES]
    struck += [c for s in slots[1:] for c in s.children if _place_modifier(c)]  # "the Jenin camp"
    named = [p for s in slots[1:] if _place_kind(s) for p in pobjs(s, {"of"})]
    sites = [p for s in slots for p in pobjs(s, SITE_PREPS)]
    sites += [c for p in sites if _place_kind(p) for c in p.children if c.dep_ == "compound"]
    return struck + [p for p in named + sites if p.pos_ == "PROPN"]


def _place_modifier(token: Token) -> bool:
    """A town's name before the noun it places ("raided the Jenin refugee camp")."""
    return token.dep_ == "compound" and token.pos_ == "PROPN" and token.ent_type_ in STRUCK_ENTITIES


def _place_kind(noun: Token) -> bool:
    """ "areas of Aleppo", "in Kandahar province": a noun for a kind of place."""
    return in_words(noun, PLACE_KINDS)
