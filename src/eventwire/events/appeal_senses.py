"""An appeal that draws a public, not a plea to a party.

Campaign news uses "appeal" for the pull a person or a message has on a public ("Trump's
appeal to working-class voters", "a candidate with appeal to evangelicals", "his plans appeal to
the people"), which is no request. A plea says what it asks (an infinitive, "for" help, a ruling
appealed) or pleads with a party (a court, a government, a named person, "them"). An appeal
"to" only the public a campaign courts (`event_words.tsv` courted_public), asking nothing, is
the pull.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.forms import word_and_lemma

DRAWING = words("event_words.tsv", "drawing")
COURTED = words("event_words.tsv", "courted_public")
ASKING_DEPS = {"dobj", "xcomp", "ccomp", "advcl", "acl"}  # "appealed the ruling", "to stop"


def draws_a_public(head: Token) -> bool:
    """The appeal word is the pull on a public: "to" only people a campaign courts, nothing
    asked (no object, infinitive or clause, no "for" phrase)."""
    if head.lemma_.lower() not in DRAWING:
        return False
    if any(c.dep_ in ASKING_DEPS or c.lower_ == "for" for c in head.children):
        return False
    drawn = [o for c in head.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return bool(drawn) and all(_courted(o) for o in drawn)


def _courted(noun: Token) -> bool:
    """A common noun for a public ("voters", "white working-class men"), and those joined to it
    ("young and old voters"); not a people "of" a place ("the people of Syria"), one addressed
    as a party."""
    nouns = [noun, *(c for c in noun.conjuncts if c.pos_ == "NOUN")]
    placed = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return noun.pos_ == "NOUN" and not placed and all(word_and_lemma(n) & COURTED for n in nouns)
