"""A seat's name standing for the body seated there: in a story on the EU's affairs
("Brussels fined the firm", "talks between London and Brussels") Brussels speaks for the
European Union, not for Belgium; elsewhere it stays Belgium's capital (`capital_roles`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.actors.capital_roles import stands_for_state
from eventwire.codes import KnownOrganization, organization_lexicon
from eventwire.lexicons import word_map
from eventwire.parse.nlp import entities, lower_words


def seat_bodies(doc: Doc) -> list[tuple[Span, KnownOrganization]]:
    """Each acting seat's name with the body it stands for, where the text names its affairs."""
    found = []
    for ent in entities(doc):
        body = word_map("seat_metonym").get(ent.text.lower())
        if body and ent.label_ == "GPE" and stands_for_state(ent) and _in_affairs(doc, body):
            found.append((ent, organization_lexicon()[body]))
    return found


def _in_affairs(doc: Doc, body: str) -> bool:
    """Whether a word or phrase of the body's affairs (`seat_context`) is in the text."""
    text = f" {' '.join(lower_words(doc))} "
    return any(
        f" {words} " in text for words, owner in word_map("seat_context").items() if owner == body
    )
