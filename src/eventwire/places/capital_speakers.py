"""A capital that acts is its government, not a place: "Paris denied the reports", "(said)
Oslo remained ready to help", "Kabul rejected the plan". The README codes metonyms as no
place. The test is the clause: the name is the active subject of a verb that takes an object
or a clause, or an adjective that takes one ("ready to help"), the frame of an agent's act; a
subject with no such argument ("Baghdad fell quiet", "Aleppo lies on a plain") is the city.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.codes import capital_countries
from eventwire.parse.deps import COMPLEMENT_OR_OBJECT_DEPS
from eventwire.parse.tags import VERB_POS

AGENT_ARGUMENTS = COMPLEMENT_OR_OBJECT_DEPS  # "denied reports", "said it would", "hopes to"


def capital_acting(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a national capital that acts as a verb's subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.text not in capital_countries():
        return False
    verb = span.root.head
    if span.root.dep_ != "nsubj" or verb.pos_ not in VERB_POS or verb.lemma_ == "be":
        return False
    return any(_agent_argument(child) for child in verb.children)


def _agent_argument(word: Token) -> bool:
    """An object or clause of the verb, or an adjective with its own clause ("ready to")."""
    if word.dep_ == "acomp":
        return any(child.dep_ == "xcomp" for child in word.children)
    return word.dep_ in AGENT_ARGUMENTS
