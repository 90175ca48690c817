"""A legislature's word before a group of officials makes them the legislature's (LEG):
"congressional investigators", "Senate aides", "parliamentary officials" work for the chamber,
not the executive (GOV) or the police (COP) that the noun alone would say."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.sectors import GOVERNMENT, LEGISLATORS, POLICE

STAFF_SECTORS = frozenset({GOVERNMENT, POLICE})  # officials, aides, investigators


def legislature_sector(modifiers: list[Token], sector: str) -> str:
    """LEG for a group of officials after a chamber's word, else the noun's sector."""
    if sector not in STAFF_SECTORS or not any(_chamber_word(t) for t in modifiers):
        return sector
    return LEGISLATORS


def _chamber_word(word: Token) -> bool:
    """ "congressional", "Senate", "House": an adjective of a legislature, or a chamber's
    capitalised name that starts no longer name ("White House officials" are the president's)."""
    if word.lower_ not in word_set("chamber_modifier"):
        return False
    if word.pos_ == "ADJ":
        return True
    if word.lower_ not in word_set("chamber_name") or not word.is_title:
        return False
    return word.i == 0 or not word.doc[word.i - 1].is_title
