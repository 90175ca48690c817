"""Denying someone a right they hold: "the people are denied their vote", "denied them the
vote". With a person and a right as its two objects (or a passive subject and a right), "deny"
withholds the right, as a measure against them; it denies no claim or request, so it is no
rejection (REJECT). "denied the charges", "was denied bail" (a request refused) stay rejections.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.verb_arguments import objects
from eventwire.parse.forms import in_words

ENTITLEMENTS = words("event_words.tsv", "entitlement")  # vote, rights, voice, citizenship
DENIAL = "deny"
DEPRIVED_DEPS = {"dative", "nsubjpass"}  # "denied them", "they are denied"


def deprives(verb: Token) -> bool:
    """Whether this "deny" withholds a right from a person named beside it."""
    if verb.lemma_.lower() != DENIAL or not any(c.dep_ in DEPRIVED_DEPS for c in verb.children):
        return False
    rights = objects(verb)
    return any(in_words(r, ENTITLEMENTS) for r in rights)
