"""What a vote is cast for or against, or a stance is in favour of: "voted for the accession
treaty", "voted against the pact with Chile", "spoke in favour of Latvia's membership".

A vote or a word for or against a party's motion, treaty or plan is a stance toward that party's
act (SUPPORT or REJECT, `event_triggers.tsv`); the thing is read as the verb's object, so its
owner ("Latvia's membership") or its partner ("the pact with Chile") is the target, as it is
for "approved the pact with Chile".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import SIDING_TYPES
from eventwire.events.phrase_links import pobjs

BALLOT_PREPS = {"for", "against"}
FAVOUR = {"favor", "favour"}  # "in favour of"


def voted_on(verb: Token, type_: str) -> list[Token]:
    """The things a vote is cast for or against, and what a backing verb is "in favour of"
    (not a misparsed "questioned her judgment ... in favour of the war")."""
    if type_ not in SIDING_TYPES:
        return []
    favour = [t for t in pobjs(verb, {"in"}) if t.lower_ in FAVOUR]
    cast = _backed(verb, BALLOT_PREPS) if verb.lemma_.lower() == "vote" else []
    return cast + [o for t in favour for o in _backed(t, {"of"})]


def _backed(head: Token, preps: set[str]) -> list[Token]:
    """The nouns of the `preps` phrases, or the objects of a gerund there ("in favour of
    admitting Latvia", "voted against lifting sanctions on Iraq")."""
    gerunds = [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pcomp"
    ]
    return pobjs(head, preps) + [o for g in gerunds for o in g.children if o.dep_ == "dobj"]
