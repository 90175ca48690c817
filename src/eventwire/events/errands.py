"""Errands: a contact made to say something to the one contacted. "Albright telephoned Fujimori
to press for a delay", "the minister met the ambassador to demand a review": the call or meeting
and the demand are two acts toward the same party (PLOVER codes both), where a purpose is
otherwise part of the act it serves ("marched to demand", "met in Geneva to discuss").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import SAID_TYPES, Trigger, word_rows
from eventwire.events.plover_types import CONSULT
from eventwire.lexicons import word_set
from eventwire.parse.deps import PURPOSE_CLAUSE_DEPS

# what a caller says to the one called: demands, refusals, threats, blame and praise


def errand(purpose: Token, kind: str) -> bool:
    """The infinitive `purpose`, an act of type `kind` said to someone, says why its verb, a
    contact with someone named, was made."""
    contact = purpose.head
    if kind not in SAID_TYPES:
        return False
    infinitive = to_infinitive(purpose)
    if purpose.dep_ not in PURPOSE_CLAUSE_DEPS or not infinitive or not _addressed(contact):
        return False
    objects = {c.lemma_.lower() for c in contact.children if c.dep_ == "dobj"}
    return any(_contact_row(r, objects) for r in word_rows(contact.lemma_.lower()))


def _contact_row(row: Trigger, objects: set[str]) -> bool:
    """A lexicon row that reads the verb, with these objects, as a contact ("met the envoy",
    not "called a strike")."""
    fits = (not row.arguments or bool(objects & row.arguments)) and not objects & row.excluded
    return row.kind == "V" and row.code.type == CONSULT and fits


def _addressed(contact: Token) -> bool:
    """The contact names whom it reached ("telephoned Fujimori", "met with the envoy", "talking
    to reporters")."""
    return any(
        c.dep_ == "dobj" or c.lower_ in word_set("partner_preposition") for c in contact.children
    )
