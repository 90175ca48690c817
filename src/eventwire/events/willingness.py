"""Stated willingness toward an act: "is willing to meet Morales", "is ready to travel to Bolivia
to meet him", "expressed its readiness to host talks".

A willingness (CAMEO 030, AGREE) is intent only toward an act (the lexicon's "to-act": "willing
to work hard" tells character). The act is often reached through a trip: the infinitive is a
travel verb whose purpose is the act ("to travel to La Paz to meet", "to fly to Geneva for
talks"), or a trip to a named place, which is itself the visit offered ("willing to go to Miami").
The stance is stated by an adjective ("willing", "ready") or its noun ("willingness"); being
"open to" an act noun is one too ("open to talks with Kiev").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from eventwire.events.lexicon import speaks, word_rows, words
from eventwire.events.plover_types import AGREE, AID, CONCEDE, CONSULT, COOPERATE, RETREAT, SUPPORT
from eventwire.events.told_violence import unarmed
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import TRAVEL_VERBS
from eventwire.parse.deps import PURPOSE_CLAUSE_DEPS
from eventwire.parse.nlp import PLACE_ENTITIES

STANCE_POS = {"ADJ", "NOUN"}  # "is willing to", "its willingness to"
STANCE_NOUNS = words("event_words.tsv", "willing_stance")  # "expressed its readiness to host talks"
# PLOVER's cooperative types: being "open to" one of them is willingness, "open to attack" is not
COOPERATIVE = frozenset({AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT})
Matcher = Callable[[Token, list], Any]


def willed(head: Token, verb: Token, infinitive: bool, first_match: Matcher) -> bool:
    """Whether the infinitive `verb` under a stance word `head` tells an act: a trigger itself,
    or a trip for one or to a named place; or a "to" phrase names one ("open to talks")."""
    if head.pos_ not in STANCE_POS:
        return False
    if verb.dep_ == "prep" and verb.lower_ == "to":  # not "open to criticism"
        nouns = [p for p in verb.children if p.dep_ == "pobj"]
        return any(_triggers(p, first_match, COOPERATIVE) for p in nouns)
    if not infinitive:
        return False
    if _triggers(verb, first_match) or _act_objects(verb, first_match):
        return True
    if verb.lemma_.lower() not in TRAVEL_VERBS:
        return False
    return any(_triggers(p, first_match) for p in _purposes(verb)) or _to_named_place(verb)


def put_out(noun: Token, light_verb: Callable[[Token], Token | None]) -> bool:
    """Whether a verb puts the noun out: a light verb ("expressed its displeasure"), or for a
    stance noun a speech verb too ("reiterated its readiness", "signalled its willingness")."""
    if light_verb(noun) is not None:
        return True
    stance = noun.lemma_.lower() in STANCE_NOUNS and noun.dep_ == "dobj"
    return stance and speaks(noun.head)


def _triggers(token: Token, first_match: Matcher, types: frozenset[str] | None = None) -> bool:
    """An act the lexicon codes (of `types`, if given), but not a fight in words ("ready to
    fight for change")."""
    keys = dict.fromkeys((token.lemma_.lower(), token.lower_))  # "talks" is its own noun
    found = next((m for k in keys if (m := first_match(token, word_rows(k)))), None)
    typed = found is not None and (types is None or found.code.type in types)
    return typed and not unarmed(token)


def _act_objects(verb: Token, first_match: Matcher) -> bool:
    """ "ready to resume talks", "willing to return to negotiations": a verb that takes up a
    cooperative act its object or "to" phrase names."""
    taken_up = objects(verb) + _to_objects(verb)
    return any(_triggers(o, first_match, COOPERATIVE) for o in taken_up)


def _purposes(verb: Token) -> list[Token]:
    """ "travel to Bolivia to meet Morales", "fly to Geneva for talks": what the trip is for."""
    clauses = [c for c in verb.children if c.dep_ in PURPOSE_CLAUSE_DEPS]
    nouns = [p for c in verb.children if c.lower_ == "for" for p in c.children if c.dep_ == "pobj"]
    return clauses + nouns


def _to_named_place(verb: Token) -> bool:
    """ "go to Miami", "come to Moscow": a trip to a place named, not "go to war"."""
    return any(p.ent_type_ in PLACE_ENTITIES and p.head.dep_ == "prep" for p in _to_objects(verb))


def _to_objects(verb: Token) -> list[Token]:
    """The nouns of the verb's "to" phrases, however the parser labels the "to"."""
    return [p for c in verb.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
