"""Events an anniversary remembers: history, not news.

"Today, the 39th anniversary of the Bay of Pigs fiasco, an aborted invasion of Cuba by exiles":
an event named as what a date or a rite commemorates happened long before the story; it is its
background, whoever its doers were. Read from the "of" phrase of a commemoration noun, also
through an apposition that renames the event ("the fiasco, an aborted invasion").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

COMMEMORATIONS = words("event_words.tsv", "commemoration")  # anniversary, memorial
MAX_HOPS = 3


def remembered(noun: Token) -> bool:
    """Whether the event noun is what an anniversary or a memorial commemorates."""
    token = noun
    for _ in range(MAX_HOPS):
        if token.dep_ == "appos":  # "the fiasco, an aborted invasion": renamed
            token = token.head
            if token.lemma_.lower() in COMMEMORATIONS:
                return True  # the parse may hang it on the anniversary itself
            continue
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "of":
            return False
        return prep.head.lemma_.lower() in COMMEMORATIONS
    return False
