"""Support received from a person is an endorsement, not a candidate's standing.

"drew deep support among women", "has 40 percent support" and "consolidates the support of the
party" tell a standing that a candidate has, draws or loses; "received the support of Mayor
Cole" and "won support from Senator Lee" tell one person backing another, an act (CAMEO 051).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.bestowed import RECEIVING
from eventwire.events.lexicon import is_person, words
from eventwire.events.phrase_links import pobjs
from eventwire.lexicons import word_set

STANDING_VERBS = words("event_words.tsv", "standing")  # "drew support", "lost support"
GAINING = words("event_arguments.tsv", "gaining")  # win, gain
RECEIVED = RECEIVING | GAINING  # support that comes to the subject
GIVERS = word_set("giver_preposition")


def held_support(noun: Token) -> bool:
    """Support that the verb of a standing has, draws or loses, unless a named person or a
    political title gives it to the subject ("received the support of Mayor Cole")."""
    verb = noun.head.lemma_.lower()
    if noun.dep_ not in {"dobj", "nsubj"} or verb not in STANDING_VERBS:
        return False
    return verb not in RECEIVED or not any(is_person(p) for p in pobjs(noun, GIVERS))
