"""States told to describe a party or a thing, not acts reported: "the ruling party, which is
backed by the military", "politicians who are shunned by their local communities", "Support for
Israel is a given among Republican candidates".

A relative clause in the simple present passive says what its noun stands in as a rule (its
standing, as "military-backed" would), at no time in particular; one in the past or the
progressive tells an occasion ("who were questioned by the FBI", "a trader who is being
sought"), and an active one is left to `habitual`. An act noun with no doer of its own that
is the subject of a present linking verb with a predicate ("support for X is a given",
"opposition to the bill remains strong") is described as a standing state, not told done.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch

LINKING = words("event_words.tsv", "linking")  # be, seem, remain
PRESENT = {"VBZ", "VBP"}
PREDICATES = {"attr", "acomp"}
DOER_DEPS = {"poss", "agent"}


def standing_passive(match: TriggerMatch) -> bool:
    """A verb trigger in a relative clause whose only auxiliary is a present "is" or "are"."""
    verb = match.head
    if match.nominal or verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return [c.dep_ for c in auxiliaries] == ["auxpass"] and auxiliaries[0].tag_ in PRESENT


def described_state(match: TriggerMatch) -> bool:
    """An act noun with no doer, subject of a present linking verb that has a predicate."""
    noun, verb = match.head, match.head.head
    if not match.nominal or noun.dep_ != "nsubj" or verb.lemma_.lower() not in LINKING:
        return False
    present = verb.tag_ in PRESENT or any(c.tag_ in PRESENT for c in verb.children if c.dep_ == "aux")
    predicate = any(c.dep_ in PREDICATES for c in verb.children)
    return present and predicate and not _own_doer(noun)


def _own_doer(noun: Token) -> bool:
    """ "Russia's support", "support by the party": the noun names who acts."""
    return any(
        c.dep_ in DOER_DEPS or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children
    )
