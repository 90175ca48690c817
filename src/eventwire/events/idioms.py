"""Trade words inside a fixed phrase that names no trade."""

from __future__ import annotations

from spacy.tokens import Token


def at_stake(token: Token) -> bool:
    """ "what is at stake", "the issues at stake": risked or in question, not a shareholding."""
    return token.lemma_.lower() == "stake" and token.head.lower_ == "at"
