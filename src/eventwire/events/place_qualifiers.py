"""A subject's place written with its state or country: "Police in Nairobi, Kenya arrested
two men". The parse often takes the qualifier after the comma for the verb's subject and
leaves the noun that the place phrase modifies aside; the actors are that noun's."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.nlp import AREA_ENTITIES
from eventwire.parse.tags import NOUN_POS


def placed_subject(subject: Token) -> Token:
    """The noun the place phrase before the subject modifies, when the subject is only that
    place's qualifier ("Nairobi, Kenya"); else the subject itself."""
    doc = subject.doc
    if subject.ent_type_ not in AREA_ENTITIES or subject.i < 2 or doc[subject.i - 1].text != ",":
        return subject
    place = doc[subject.i - 2]
    while place.dep_ == "compound":  # "Salt Lake City, Utah"
        place = place.head
    preposition = place.head
    if place.ent_type_ not in AREA_ENTITIES or place.dep_ != "pobj":
        return subject
    if preposition.lower_ not in word_set("location_preposition"):
        return subject
    noun = preposition.head
    return noun if noun.pos_ in NOUN_POS and noun.head == subject.head else subject
