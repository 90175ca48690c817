"""An attack that is a bout of illness: "died of a heart attack", "a panic attack"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.deps import NOUN_MODIFIER_DEPS

AILMENTS = words("event_words.tsv", "ailment")


def ailment(noun: Token) -> bool:
    """An "attack" noun modified by a word of illness names a seizure of the body, no assault."""
    return noun.lemma_.lower() == "attack" and any(
        c.dep_ in NOUN_MODIFIER_DEPS and c.lower_ in AILMENTS for c in noun.children
    )
