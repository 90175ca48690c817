"""Counsel nouns ("lawyer", "attorneys"): people who act in a client's name, read by the actors
stage (the client named by "for" is a party, `actors.acting_groups`) and the events stage (the
client is the side of the counsel's acts, `events.counsel`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import words

COUNSEL = words("event_words.tsv", "client_counsel")  # lawyer, attorney


def counsel_noun(token: Token) -> bool:
    """Whether the token is a counsel noun, singular or plural; by its form as well as its
    lemma, as the tagger may read "Lawyers" opening a sentence as a name with no lemma."""
    forms = {token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")}
    return not forms.isdisjoint(COUNSEL)
