"""A hostile manner told by an adverb, as an argument word of the trigger lexicon.

"reacted angrily to Tokyo's statement", "responded more aggressively to Sanders": an answer
given in hostility (`event_words.tsv` class "hostile_manner") is a criticism of whom it answers,
as "harsh words for" is. The mark "harshly" lets a row ask for it ("react>...&harshly"); a plain
answer ("responded on Monday") and a strong one ("shares reacted sharply") stay no criticism.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

HOSTILE = words("event_words.tsv", "hostile_manner")  # angrily, bitterly, aggressively
HARSHLY = "harshly"  # argument word for a hostile manner ("react>to someone&harshly")
MANNER_DEPS = {"advmod"}  # "reacted angrily"


def manner_marks(head: Token) -> set[str]:
    """ "harshly" when an adverb of the head tells a hostile manner ("reacted angrily")."""
    hostile = any(c.lower_ in HOSTILE for c in head.children if c.dep_ in MANNER_DEPS)
    return {HARSHLY} if hostile else set()
