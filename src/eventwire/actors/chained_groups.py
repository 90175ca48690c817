"""A group phrase whose last word opens a longer one: "the county board of supervisors" is the
lexicon's "county board" and "board of supervisors" sharing "board". A reader names the whole
body, so the mention runs to the end of the second phrase, which also gives the sector (the
more specific kind: a "city board of education" runs schools)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.code_phrases import group_phrases
from eventwire.lexicons import PhraseMatch
from eventwire.parse.nlp import lower_words

MAX_CHAIN_WORDS = 4


def chained_group(doc: Doc, start: int, match: PhraseMatch[str]) -> PhraseMatch[str]:
    """The group phrase at `start` run on through a phrase its last word opens, counted from
    `start`; `match` itself when no longer phrase goes on from its last word."""
    last = start + match.end - 1
    words = lower_words(doc)[last : last + MAX_CHAIN_WORDS]
    chained = group_phrases().at(words, 0)
    if chained is None or chained.end <= 1:
        return match
    return PhraseMatch(value=chained.value, start=0, end=match.end - 1 + chained.end)
