"""That-clauses the parse strands on a noun between a reporting verb and its complement.

In "X told reporters during a visit to Quito on Friday that the accord is …" or "X warned the
leaders during a meeting that …" the small model hangs the that-clause on the last noun before
it ("visit"). A noun's own that-clause ("in the event that …") follows the noun at once: a
clause opened by the complementizer "that" (`mark`, not a relative pronoun) set apart from the
noun it hangs on, in the verb's object or prepositional phrase, is what the verb reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.quotes.carriers import opens_that

STRANDING = {"acl", "relcl"}  # how the parse hangs the clause on the noun
ON_THE_WAY = {"prep", "dobj"}  # the verb's phrases that lie between it and its complement


def stranded_clause(verb: Token) -> Token | None:
    """The first that-clause hung on a noun of one of the verb's phrases after it, if any."""
    for phrase in verb.children:
        if phrase.dep_ not in ON_THE_WAY or phrase.i < verb.i:
            continue
        for word in phrase.subtree:
            if word.dep_ in STRANDING and opens_that(word) and _apart(word):
                return word
    return None


def _apart(clause: Token) -> bool:
    """Other words stand between the clause and the noun it hangs on."""
    return clause.head.pos_ in {"NOUN", "PROPN"} and clause.left_edge.i > clause.head.i + 1
