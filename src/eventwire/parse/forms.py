"""A word's two forms a word list is looked up by: as written and as its lemma.

"troops" is found by "troop", "media" by itself where the lemmatiser reads "medium": readers in
every feature ask whether a token is in one of their word lists by either form, so the question
is written once here.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token


def word_and_lemma(token: Token) -> set[str]:
    """The token's lowercased word and lemma, for a reader that matches them against more than
    one list or phrase."""
    return {token.lower_, token.lemma_.lower()}


def in_words(token: Token, words: Container[str]) -> bool:
    """Whether the token's lowercased word or lemma is one of the words."""
    return token.lower_ in words or token.lemma_.lower() in words


def is_reflexive(token: Token) -> bool:
    """ "himself", "herself", "themselves": a word that stands for its own clause's subject, so
    names no other party."""
    return token.lower_.endswith(("self", "selves"))
