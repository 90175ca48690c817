""" "we fund K-12 education through property taxes", "companies fund maternity leave", "financed
the restoration of Old San Juan": a funding verb whose object is a thing pays for a programme or
a cause, no party's aid to another (AID gives to someone); funding a party, its gathering or a
thing a named party owns ("funded by the government of Saudi Arabia", "companies who funded the
convention", "funded Israel's Iron Dome", "will finance Iraq's reconstruction") stays aid."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.lexicon import INANIMATE_PRONOUNS, is_agent, words
from eventwire.events.verb_arguments import patients, people
from eventwire.parse.deps import PARTICIPLE_MODIFIER_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.tags import DETERMINER_TAG, PARTICIPLE_TAG

FUNDING = words("event_words.tsv", "funding")  # fund, finance: their object is the one paid for
GATHERINGS = words("event_words.tsv", "gathering")  # a convention, a fundraiser: its host's
OWNER_DEP = "poss"  # "Israel's Iron Dome"
PRONOUN_POS = "PRON"


def funds_a_thing(verb: Token) -> bool:
    """A funding verb whose every funded argument is a thing, not a party or its gathering."""
    if verb.lemma_.lower() not in FUNDING:
        return False
    funded = patients(verb)
    if verb.dep_ in PARTICIPLE_MODIFIER_DEPS and verb.tag_ == PARTICIPLE_TAG:
        funded.append(verb.head)
    return bool(funded) and all(map(_thing, funded))


def _thing(token: Token) -> bool:
    """A word for a thing: "that" or "it", or a noun for no one who can act nor their gathering
    nor a named party's own ("Israel's Iron Dome": the aid goes to Israel)."""
    token = stand_in(token)
    if token.tag_ == DETERMINER_TAG or token.lower_ in INANIMATE_PRONOUNS:
        return True  # "That's financed by the taxpayers"
    if any(_named_owner(c) for c in token.children if c.dep_ == OWNER_DEP):
        return False
    return not (is_agent(token) or people(token) or in_words(token, GATHERINGS))


def _named_owner(owner: Token) -> bool:
    """ "Israel's", "the Kurds'": a party named as a thing's owner, no "its" or "their"."""
    return owner.pos_ != PRONOUN_POS and is_agent(owner)
