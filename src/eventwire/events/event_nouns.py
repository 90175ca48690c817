"""Whether a word is a noun trigger of the event lexicon ("talks", "support")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.noun_rows import noun_triggers


def event_noun(token: Token) -> bool:
    """Whether the token's lemma is a noun trigger of the event lexicon ("talks", "support")."""
    lemma = token.lemma_.lower()
    return lemma in {t.words[0] for t in noun_triggers(token)}
