"""Bodies named by their portfolio alone inside a coordination: "the departments of State and
Defense", "the State and Defense departments", "the ministries of Defence and Interior". Each
portfolio is the body of that name ("Defense Department"), which knowledge then codes; the bare
word ("Defense") has no sector of its own."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.lexicons import word_map
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import COMPOUND_DEPS


def conjoined_body_name(span: Span) -> str | None:
    """The body's name ("Defense Department") for a portfolio named under a plural body noun
    ("departments"), else None."""
    if len(span) != 1:
        return None
    word = span[0]
    first = first_conjunct(word)
    body = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "of":
        body = first.head.head
    elif first.dep_ not in COMPOUND_DEPS:
        return None
    singular = word_map("plural_body_noun").get(body.lower_)
    return f"{word.text} {singular}" if singular and body.i != word.i else None
