"""Advice that a party act, told in the mood of a command: "suggested that the minister
resign", "a recommendation that the agency be closed", "proposed that both sides should meet".
The advised act has not happened; what the sentence tells is the request of it (CAMEO 100).
"suggested that the department acted in bad faith" states a claim and asks for nothing: its
clause has a tense of its own (`events.orders` reads the mood)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.orders import DEMAND, bound_code

SUGGESTING = words("event_words.tsv", "suggesting")
VERB_CLAUSES = {"ccomp"}  # "suggested that he resign"
NOUN_CLAUSES = {"acl", "ccomp", "appos"}  # "a suggestion that he resign"
FINITE_BE = {"is", "are", "am", "'s", "'re", "’s", "’re"}


def suggested_request(token: Token) -> bool:
    """Whether a word of advice carries a clause that asks its subject to act."""
    if token.lemma_.lower() not in SUGGESTING or token.pos_ not in {"VERB", "NOUN"}:
        return False
    deps = VERB_CLAUSES if token.pos_ == "VERB" else NOUN_CLAUSES
    return any(
        c.dep_ in deps and _own_subject(c) and bound_code(c, commanding=False) == DEMAND
        for c in token.children
    )


def _own_subject(clause: Token) -> bool:
    """The advised party is named in the clause ("that Sununu offer"), not a relative pronoun
    of the noun ("the proposal that would cut taxes"); a stated "is" or "are", or a bare form
    after two joined subjects ("that Kasich and Sanders are", "that Kasich and Sanders lead"),
    is a present, not the mood of a command."""
    subjects = [
        c
        for c in clause.children
        if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"that", "which", "who"}
    ]
    joined = any(c.dep_ == "conj" for s in subjects for c in s.children)
    return bool(subjects) and not joined and clause.lower_ not in FINITE_BE
