"""Hyphens that join one word ("editor-in-chief", "a 52-year-old obstetrician-gynecologist"):
the words around a name read such a word whole, never as punctuation ending a title or a
description."""

from __future__ import annotations

from spacy.tokens import Token


def hyphen_joined(token: Token) -> bool:
    """Whether the token is a joining hyphen or the piece after one, so no word of its own."""
    doc = token.doc
    return joins_word(token) or (token.i > 0 and joins_word(doc[token.i - 1]))


def joins_word(token: Token) -> bool:
    """ "special agent-in-charge", "a 52-year-old obstetrician-gynecologist": a hyphen with no
    space on either side joins one word and ends no description."""
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and token.i + 1 < len(doc)
    )


def between_hyphens(token: Token) -> bool:
    """ "in" of "Editor-in-Chief", "at" of "Ambassador-at-Large": a piece with a joining hyphen
    on both sides, inside one hyphenated word; "backed" in "the Soviet-backed Derg" ends one."""
    doc = token.doc
    return (
        0 < token.i < len(doc) - 1 and joins_word(doc[token.i - 1]) and joins_word(doc[token.i + 1])
    )
