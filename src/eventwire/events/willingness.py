"""Stated willingness toward an act: "is willing to meet Morales", "is ready to travel to Bolivia
to meet him", "expressed its readiness to host talks".

A willingness (CAMEO 030, AGREE) is intent only toward an act (the lexicon's "to-act": "willing
to work hard" tells character). The act is often reached through a trip: the infinitive is a
travel verb whose purpose is the act ("to travel to La Paz to meet", "to fly to Geneva for
talks"), or a trip to a named place, which is itself the visit offered ("willing to go to Miami").
The stance is stated by an adjective ("willing", "ready") or its noun ("willingness").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.events.lexicon import triggers, unarmed, words

TRAVEL_VERBS = words("event_words.tsv", "travel")
STANCE_POS = {"ADJ", "NOUN"}  # "is willing to", "its willingness to"
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
Matcher = Callable[[Token, list], object]


def willed(head: Token, verb: Token, first_match: Matcher) -> bool:
    """Whether the infinitive `verb` under a stance word `head` tells an act: a trigger itself,
    or a trip for one or to a named place."""
    if head.pos_ not in STANCE_POS:
        return False
    if _triggers(verb, first_match):
        return True
    if verb.lemma_.lower() not in TRAVEL_VERBS:
        return False
    return any(_triggers(p, first_match) for p in _purposes(verb)) or _to_named_place(verb)


def _triggers(token: Token, first_match: Matcher) -> bool:
    """An act the lexicon codes, but not a fight in words ("ready to fight for change")."""
    found = first_match(token, triggers().get(token.lemma_.lower(), [])) is not None
    return found and not unarmed(token)


def _purposes(verb: Token) -> list[Token]:
    """ "travel to Bolivia to meet Morales", "fly to Geneva for talks": what the trip is for."""
    clauses = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]
    nouns = [p for c in verb.children if c.lower_ == "for" for p in c.children if c.dep_ == "pobj"]
    return clauses + nouns


def _to_named_place(verb: Token) -> bool:
    """ "go to Miami", "come to Moscow": a trip to a place named, not "go to war"."""
    return any(
        p.ent_type_ in PLACE_ENTITIES
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    )
