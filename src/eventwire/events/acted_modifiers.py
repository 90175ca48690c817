"""A past participle that modifies a noun and tells an act done to it.

"a widely denounced tweet", "recently hacked party documents": an adverb of when or how widely
("recently", "widely": the `acted_adverb` class of `event_words.tsv`) tells that the participle is
an act that happened to the noun, as "a tweet that was widely denounced" would; bare, the
participle is usually a quality ("the disputed territory", "an armed man"), and one joined by a
hyphen ("hard-fought") is a compound adjective.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.tags import NOUN_POS, PARTICIPLE_TAG

ACTED_ADVERBS = words("event_words.tsv", "acted_adverb")  # recently, widely, publicly


def acted_modifier(token: Token) -> bool:
    """Whether a participle modifier of a noun is an act told of that noun."""
    if token.dep_ != "amod" or token.tag_ != PARTICIPLE_TAG or token.head.pos_ not in NOUN_POS:
        return False
    hyphened = token.i > 0 and token.doc[token.i - 1].text == "-"
    adverbs = [c for c in token.children if c.dep_ == "advmod" and c.lower_ in ACTED_ADVERBS]
    return bool(adverbs) and not hyphened
