"""Whether a word is joined to another by a conjunction ("police and agents", "the Paris and
London meetings"): the parse hangs each later conjunct on the first as a `conj` child. Readers
in several features ask it (a subject that stands for many, a town that names one side of
two), so it is asked in one place."""

from __future__ import annotations

from spacy.tokens import Token


def has_conjunct(word: Token) -> bool:
    """Whether another word is joined to this one by "and", "or" or a comma list."""
    return any(c.dep_ == "conj" for c in word.children)
