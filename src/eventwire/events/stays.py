"""Visits told by their length: "is scheduled to spend five hours in Hanoi", "spent two days in
Kabul".

News of a short official trip often gives only how long the visitor stays where: the stay verb
(`event_words.tsv` "stay") with a span of time as its object is a trip like "flew to" is, and
`travel` decides from the destination and the traveller whether it is a visit. Money spent
("spent $2 billion in Iraq") is no stay: its object is no span of time. The place may hang on
the phrase that tells where the visitor is ("five hours on the ground in Dar es Salaam").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.nlp import TIME_ENTITIES

STAY_VERBS = words("event_words.tsv", "stay")
SPANS_OF_TIME = TIME_ENTITIES  # "five hours", "two days", "the night"
OBJECT_DEPS = {"dobj", "npadvmod"}
PLACE_PREPS = {"in", "at"}


def timed_stay(verb: Token) -> bool:
    """A stay verb whose object is a span of time ("spend five hours")."""
    return verb.lemma_.lower() in STAY_VERBS and any(
        c.dep_ in OBJECT_DEPS and c.ent_type_ in SPANS_OF_TIME for c in verb.children
    )


def stay_places(verb: Token) -> list[Token]:
    """ "spend five hours on the ground in Lima": the places inside a timed stay's phrases."""
    if not timed_stay(verb):
        return []
    return [
        place
        for phrase in _pobjs(verb)
        for prep in phrase.children
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS
        for place in _pobjs_of(prep)
    ]


def _pobjs(verb: Token) -> list[Token]:
    return [pobj for prep in verb.children if prep.dep_ == "prep" for pobj in _pobjs_of(prep)]


def _pobjs_of(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]
