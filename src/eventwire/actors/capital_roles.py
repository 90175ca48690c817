"""When a capital's name stands for its state ("Washington accused Baghdad", "Beijing's
warning", "sanctions against Tehran") and when it is the place it names ("in London",
"flew to Moscow"), read from the clause the name fills."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Prepositions whose object is a party to an act, not a place: "talks with Beijing",
# "sanctions against Baghdad", "was criticised by Washington".
PARTY_PREPOSITIONS = {"against", "with", "by"}


def stands_for_state(name: Span) -> bool:
    """The capital owns something, is a verb's subject or direct object, or the object of a
    preposition that names a party to an act; a conjunct ("Washington and London") takes the
    role of the first name in its list."""
    first = name.root
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ == "poss":
        return True
    if first.dep_ in {"nsubj", "dobj"}:
        return first.head.pos_ in {"VERB", "AUX"}
    return first.dep_ == "pobj" and _party_preposition(first.head)


def _party_preposition(word: Token) -> bool:
    return word.lower_ in PARTY_PREPOSITIONS and (word.dep_ in {"prep", "agent"})
