"""Offers of no act: "offer a marketing perk", "offered no hint", "offered voters a new
vision", "offered the man a job", "offered protesters sandwiches" put a thing or a view forward,
whoever takes it; "offered to mediate", "offered Iran talks", "offered aid to Iraq", "offered
states billions of dollars" and a bounty offered for information are acts offered to a party."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.event_nouns import event_noun
from eventwire.events.giving import money
from eventwire.events.lexicon import words
from eventwire.events.offered_views import offers_a_view
from eventwire.events.verb_arguments import patients
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

BOUNTY = words("event_words.tsv", "bounty")  # "offered a reward for information"
OFFERABLE = words("event_words.tsv", "offerable")  # offered help, a compromise, guarantees


def offers_no_act(verb: Token) -> bool:
    """ "offer a marketing perk", "offered no hint", "offered voters a new vision" (a view put
    forward, whoever hears it), "offered the man a job" (a thing, whoever takes it: a person
    offered it makes it no act); not "offered to mediate", "offered Iran talks", "offered aid
    to Iraq", money offered, or a bounty offered for information (an appeal)."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    if offers_a_view(verb):
        return True
    offered = patients(verb)  # "was offered"
    offered += [verb.head] if verb.dep_ in NOUN_CLAUSE_DEPS else []  # "the scheme (it) offered"
    if any(t.lemma_.lower() in BOUNTY for t in offered):
        return False  # "offered a reward for information": an appeal (event_triggers.tsv)
    return bool(offered) and not any(_act(t) for t in offered)


def _act(noun: Token) -> bool:
    """An act or a thing offered to a party (help, a compromise, guarantees, money)."""
    return event_noun(noun) or noun.lemma_.lower() in OFFERABLE or money(noun)
