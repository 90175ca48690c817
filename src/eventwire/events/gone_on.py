"""Acts taken up through "on": "went on the offensive against Cruz", "go on a hunger strike".

The verb (class "gone_on" of `event_words.tsv`) holds the act noun in its "on" phrase and, as a
light verb does (`events.light`), carries the act's doer (its subject) and aim ("against Cruz").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

GONE_ON = words("event_words.tsv", "gone_on")


def gone_on(noun: Token) -> Token | None:
    """The verb that takes the act noun up through "on" ("went on the offensive"), else None:
    the noun's own phrase names no doer, the verb's subject does."""
    prep = noun.head
    verb = prep.head
    taken_up = noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "on"
    if taken_up and verb.pos_ == "VERB" and verb.lemma_.lower() in GONE_ON:
        return verb
    return None
