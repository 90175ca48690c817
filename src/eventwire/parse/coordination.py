"""Whether a word is joined to another by a conjunction ("police and agents", "the Paris and
London meetings"): the parse hangs each later conjunct on the first as a `conj` child. Readers
in several features ask it (a subject that stands for many, a town that names one side of
two), so it is asked in one place."""

from __future__ import annotations

from spacy.tokens import Token


def has_conjunct(word: Token) -> bool:
    """Whether another word is joined to this one by "and", "or" or a comma list."""
    return any(c.dep_ == "conj" for c in word.children)


def first_conjunct(word: Token) -> Token:
    """The first word of the list a word is in ("police" for "agents" in "police and agents"),
    or the word itself: the parse gives the list's role in its clause (subject, object, the
    verb's place) to the first conjunct only, so a reader asks that of the first."""
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    return word
