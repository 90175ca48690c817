"""That-clauses the parse strands on a noun between a reporting verb and its complement.

In "X told reporters during a visit to Quito on Friday that the accord is …" or "X warned the
leaders during a meeting that …" the small model hangs the that-clause on the last noun before
it ("visit"). A noun's own that-clause ("in the event that …") follows the noun at once: a
clause opened by the complementizer "that" (`mark`, not a relative pronoun) set apart from the
noun it hangs on, in the verb's object or prepositional phrase, is what the verb reports.
In "X continues to insist, most recently in an interview, that he wants …" it may instead make
the that-clause the sentence's main clause and the reporting clause its complement, read as
a parenthetical ("he wants …, X insists"); the complementizer "that" after the verb shows that
the clause is the one reported (`raised_clause`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import NOUN_CLAUSE_DEPS, REPORTED_CLAUSE_DEPS
from eventwire.parse.tags import NOUN_POS, VERB_POS
from eventwire.quotes.carriers import opens_that

STRANDING = NOUN_CLAUSE_DEPS  # how the parse hangs the clause on the noun
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
    return clause.head.pos_ in NOUN_POS and clause.left_edge.i > clause.head.i + 1


RAISED_FROM = REPORTED_CLAUSE_DEPS


def raised_clause(verb: Token) -> Token | None:
    """The "that" opening the clause the parse made the head of the reporting verb's own
    clause, if any: that clause is what the verb reports. A verb under "continues to" or
    "wants to" is raised with the verb above it."""
    while verb.dep_ == "xcomp" and verb.head.i < verb.i:
        verb = verb.head
    head = verb.head
    if verb.dep_ not in RAISED_FROM or head.i < verb.i or head.pos_ not in VERB_POS:
        return None
    marks = [c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"]
    return next((m for m in marks if verb.i < m.i < head.i), None)
