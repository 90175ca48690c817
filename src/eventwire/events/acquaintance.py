"""Meetings denied at any time: "He and I have never met", "has never met Putin".

Two features read the same words: a meeting trigger (`everyday`) and a denial (`denials`). Both
take "never met" for no meeting held; only the present perfect ("has never met him") tells an
acquaintance one never had, an experience, where the simple past ("insisted she never met
Grady") still denies a meeting told of, which a denial reads as an act denied.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.tags import PAST_TAGS, PRESENT_TAGS

ACQUAINTING = words("event_words.tsv", "acquainting")  # meet: "have never met"
AT_NO_TIME = words("modality_words.tsv", "at_no_time")  # never


def never_met(verb: Token) -> bool:
    """ "He and I have never met", "never met me", "insisted she never met Grady": a meeting
    denied at any time in the past; none was held."""
    at_no_time = any(c.dep_ == "neg" and c.lower_ in AT_NO_TIME for c in verb.children)
    return verb.lemma_.lower() in ACQUAINTING and at_no_time and verb.tag_ in PAST_TAGS


def never_known(verb: Token) -> bool:
    """ "has never met Putin": a meeting denied in the present perfect tells whom one has
    known in one's life, not an act one denies having done."""
    return never_met(verb) and any(
        a.dep_ == "aux" and a.lemma_.lower() == "have" and a.tag_ in PRESENT_TAGS
        for a in verb.children
    )
