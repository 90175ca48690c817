"""Acts counted by a span noun: "the second day of an offensive by the security forces".

The parser often hangs the act's own "by" phrase on the noun that counts it in time or in a
run ("day ... by the security forces", "a wave of attacks by rebels"), so the doers it names
are read there too.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

SPANS = words("event_words.tsv", "span")  # day, week, wave, series, round ...


def counting_span(noun: Token) -> list[Token]:
    """The span noun whose "of" object the act noun is ("the second day of an offensive")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in SPANS:
        return [prep.head]
    return []
