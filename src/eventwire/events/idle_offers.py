"""Offers of no act: "offer a marketing perk", "offered no hint", "offered voters a new
vision", "offered the man a job", "offered protesters sandwiches" put a thing or a view forward,
whoever takes it; "offered to mediate", "offered Iran talks", "offered aid to Iraq", "offered
states billions of dollars" and a bounty offered for information are acts offered to a party.

Acceptances of no act are the other side: "accept climate science", "accepted a certain amount
of sexism", "accepting death" come to terms with a state of things; only an act, an offer or a
party's proposal accepted is an agreement with the party that made it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.event_nouns import event_noun
from eventwire.events.giving import money
from eventwire.events.lexicon import is_agent, words
from eventwire.events.offered_views import offers_a_view
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import patients, people
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

BOUNTY = words("event_words.tsv", "bounty")  # "offered a reward for information"
OFFERABLE = words("event_words.tsv", "offerable")  # offered help, a compromise, guarantees
# a party's proposal: a text put on the table, advice, an offer ("accepted the ceasefire proposal")
PROPOSALS = (
    words("event_words.tsv", "motion")
    | words("event_words.tsv", "suggesting")
    | words("event_words.tsv", "offer_noun")
    | words("event_words.tsv", "voted_measure")  # "accepted the peace plan", "the treaty"
)
PROPOSER_DEPS = {"poss", "compound"}  # "accepted Cruz's help", "the UN resolution"
PROPOSER_PREPS = {"of", "by", "from"}  # "the recommendation of the prosecutors", "papers from"
GIVER_PREPS = {"from"}  # a thing accepted from a party is handed over by it
CLAUSE_MARK = "that"  # "accepts the principle that ...": a stated proposal


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


def accepts_no_act(verb: Token) -> bool:
    """ "accept climate science", "accepted decades of back-room deals", "hasn't accepted any
    new gigs": a thing accepted that no party put forward is no agreement with anyone; not
    "accepted the invitation", "the terms", "refugees", "Cruz's help", "the recommendation of
    the prosecutors", "the principle that ...", "papers from the ministers", nor a pronoun,
    which may stand for an offer."""
    accepted = patients(verb)
    if any(is_agent(g) for g in pobjs(verb, GIVER_PREPS)):  # "accepted papers from the ministers"
        return False
    return bool(accepted) and not any(_proposed(t) for t in accepted)


def _proposed(noun: Token) -> bool:
    """An act, an offerable thing or a proposal, a party, or a thing a party puts forward (its
    owner, its "of", "by" or "from" phrase, or a "that" clause stating it)."""
    forms = {noun.lemma_.lower(), noun.lower_}
    if _act(noun) or forms & (OFFERABLE | PROPOSALS) or is_agent(noun) or people(noun):
        return True
    proposers = [c for c in noun.children if c.dep_ in PROPOSER_DEPS]
    if any(is_agent(p) for p in [*proposers, *pobjs(noun, PROPOSER_PREPS)]):
        return True
    clauses = [c for c in noun.children if c.dep_ in NOUN_CLAUSE_DEPS]
    return any(m.dep_ == "mark" and m.lower_ == CLAUSE_MARK for c in clauses for m in c.children)
