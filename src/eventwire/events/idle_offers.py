"""Offers of no act: "offer a marketing perk", "offered no hint", "offered voters a new
vision" put a thing or a view forward; "offered to mediate", "offered Iran talks", "offered aid
to Iraq" and a bounty offered for information are acts offered to a party."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.event_nouns import event_noun
from eventwire.events.lexicon import is_agent, words
from eventwire.events.offered_views import offers_a_view
from eventwire.events.verb_arguments import patients, prep_objects
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

BOUNTY = words("event_words.tsv", "bounty")  # "offered a reward for information"
OFFERABLE = words("event_words.tsv", "offerable")  # offered help, a compromise, guarantees


def offers_no_act(verb: Token) -> bool:
    """ "offer a marketing perk", "offered no hint", "offered voters a new vision" (a view put
    forward, whoever hears it); not "offered to mediate", "offered Iran talks", "offered aid to
    Iraq" or a bounty offered for information (an appeal)."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    if offers_a_view(verb):
        return True
    datives = [c for c in verb.children if c.dep_ == "dative"]  # "Iran", or "to/for" someone
    recipients = [p for d in datives for p in ([d] if d.pos_ != "ADP" else list(d.children))]
    offered = patients(verb)  # "was offered"
    recipients += [t for o in [verb, *offered] for t in prep_objects(o, {"to"})]  # "a raise to"
    if any(is_agent(t) for t in recipients):
        return False
    offered += [verb.head] if verb.dep_ in NOUN_CLAUSE_DEPS else []  # "the scheme (it) offered"
    if any(t.lemma_.lower() in BOUNTY for t in offered):
        return False  # "offered a reward for information": an appeal (event_triggers.tsv)
    return bool(offered) and not any(_act(t) for t in offered)


def _act(noun: Token) -> bool:
    """An act or a thing offered to a party (help, a compromise, guarantees)."""
    return event_noun(noun) or noun.lemma_.lower() in OFFERABLE
