"""Making a party's wrongs known: "highlighted the hypocrisy of the Democrats", "exposed the
prosecution's deception", "pointed out Clinton's failures in Libya".

A verb that brings something to notice (highlight, expose, point out) is no act of its own;
what it brings to notice makes it one. Brought to notice, a strongly negative thing (VADER's
valence, with eventwire's wrongs and insults laid over it, as `evaluative` reads a verdict)
that a named party owns or did is a charge against that party, as "criticised" would be.
A plain thing ("highlighted her plans", "pointed to the polls"), a wrong that no party owns
("highlighted the water crisis"), an act coded itself ("the police killings"), a passive ("was
exposed as a fraud": the one exposed is its subject, read as a casting elsewhere) and a denied
one ("did not point out any flaws") are none.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import CRITICISM
from eventwire.events.event_nouns import event_noun
from eventwire.events.lexicon import words
from eventwire.events.owned_verdicts import named, named_owner
from eventwire.events.phrase_links import pobjs
from eventwire.events.valences import STRONG
from eventwire.events.verb_arguments import objects
from eventwire.events.verdict_words import verdict
from eventwire.parse.deps import PASSIVE_DEPS

EXPOSING = words("event_words.tsv", "exposing")  # highlight, expose, underscore
POINTING = {"point"}  # "pointed out", "pointed to": only with its particle or "to"
POINTED_TO = {"to"}
POINTING_PARTICLES = {"out"}
EXPOSING_LEMMAS = EXPOSING | POINTING


def exposed_code(verb: Token) -> str | None:
    """CRITICIZE when the verb brings a named party's wrong to notice, else None."""
    return CRITICISM if exposed_party(verb) is not None else None


def exposed_party(verb: Token) -> Token | None:
    """The named party whose wrong the verb brings to notice ("the Democrats" of "highlighted
    the hypocrisy of the Democrats"), else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EXPOSING_LEMMAS:
        return None
    if any(c.dep_ in PASSIVE_DEPS or c.dep_ == "neg" for c in verb.children):
        return None
    wrongs = [w for thing in _exposed(verb) for w in (thing, *thing.conjuncts) if _wrong(w)]
    return next((o for w in wrongs if (o := _owner(w)) is not None), None)


def _exposed(verb: Token) -> list[Token]:
    """What the verb brings to notice: its object ("highlighted her record"); for "point",
    only its object with the particle "out" or the object of "to" ("pointed to his votes")."""
    found = objects(verb)
    if verb.lemma_.lower() not in POINTING:
        return found
    particle = any(c.dep_ == "prt" and c.lower_ in POINTING_PARTICLES for c in verb.children)
    return [*(found if particle else []), *pobjs(verb, POINTED_TO)]


def _wrong(thing: Token) -> bool:
    """A strongly negative thing: "hypocrisy", "failures", "his disastrous record"; an act
    the lexicon codes itself ("highlighted the police killings") is that act, not a charge."""
    return verdict(thing) <= -STRONG and not event_noun(thing)


def _owner(thing: Token) -> Token | None:
    """The named party that owns or did the thing: "Clinton's failures", "the Iranian
    violations", or the one named after "of" ("the hypocrisy of the Democrats")."""
    owner = named_owner(thing)
    if owner is not None and owner is not thing:
        return owner
    return next((p for p in pobjs(thing, {"of"}) if named(p) or named_owner(p) is not None), None)
