"""Group words that also name a stance: "the opposition" is a group of people, "his opposition
to the deal" is what he thinks. Both the actors stage (which bodies to find) and the events
stage (which side a possessive pronoun's noun makes) ask here, so they read it alike."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set


def names_stance(token: Token) -> bool:
    """A stance noun ("opposition", "resistance") owned by a personal pronoun ("denied his
    opposition") or taking an object with "to" ("opposition to the deal") is a stance held,
    not the people who hold it; "Kenya's opposition" and "the opposition" stay groups."""
    if token.lower_ not in word_set("stance_noun"):
        return False
    pronoun_owner = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    aimed = any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    return pronoun_owner or aimed
