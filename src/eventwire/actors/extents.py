"""How far a person's mention reaches where NER stops short of what a reader names: a
surname that is also a place, an office named with its place."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.parse.nlp import doc_text, entity_at

PLACE_LABELS = {"GPE", "LOC"}


def through_place_surname(span: Span) -> Span:
    """ "Superintendent Pedro Toledo urged": NER often ends a name before a surname that is
    also a place (Toledo, Houston) and tags that word alone as one; the parse still hangs the
    first name on it as a compound, which a place's name never takes from a person's."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    surname, place = doc[span.end], entity_at(doc[span.end])
    if (
        surname.pos_ == "PROPN"
        and surname.is_title
        and surname.dep_ != "compound"  # "Kerry Paris talks": Paris names the talks' place
        and span[-1].dep_ == "compound"
        and span[-1].head.i == surname.i
        and place is not None
        and place.label_ in PLACE_LABELS
        and len(place) == 1
    ):
        return doc[span.start : span.end + 1]
    return span


def title_with_place(phrase: Span) -> str | None:
    """ "The mayor of Moscow": an office named with the place it serves, as readers name it;
    the mention stays the title, so "the mayor" later still reads as the same person."""
    doc = phrase.doc
    at = phrase.end + 1
    if at >= len(doc) or doc[phrase.end].lower_ != "of":
        return None
    if doc[at].lower_ == "the" and at + 1 < len(doc):
        at += 1
    place = entity_at(doc[at])
    if place is None or place.label_ not in PLACE_LABELS or place.start != at:
        return None
    return doc_text(doc)[phrase.start_char : place.end_char]
