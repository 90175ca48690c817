"""How far a person's mention reaches where NER stops short of what a reader names: a
surname that is also a place, an office named with its place."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.coding import current_table
from eventwire.actors.known_employers import known_body_before_title
from eventwire.lexicons import word_set
from eventwire.parse.nlp import AREA_ENTITIES, TIME_ENTITIES, doc_text, entity_at


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
        and place.label_ in AREA_ENTITIES
        and len(place) == 1
    ):
        return doc[span.start : span.end + 1]
    return span


def through_name_parts(span: Span) -> Span:
    """ "Opposition leader Aung San Suu Kyi": NER may end a long name early and leave its last
    words untagged, while the parse chains every word of it as a compound on the last. Such a
    chain may as well go on to an organisation's words ("Clinton Global Initiative"), so the
    longer name is taken only where the known-actor table knows it as a name."""
    doc, end = span.doc, span.end
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and not doc[end].ent_type_
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i >= end
    ):
        end += 1
    longer = doc[span.start : end]
    return longer if end > span.end and current_table().knows_name(longer.text) else span


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
    if place is None or place.label_ not in AREA_ENTITIES or place.start != at:
        return None
    return doc_text(doc)[phrase.start_char : place.end_char]


def through_topic(span: Span) -> Span:
    """ "the House Select Committee on Benghazi", "the Commission on Presidential Debates":
    NER often ends a body's name before the "on" phrase that names its topic, which is part
    of the name when its words are capitalised."""
    doc = span.doc
    if not len(span) or span[-1].lower_ not in word_set("topic_body") or span.end + 1 >= len(doc):
        return span
    if doc[span.end].lower_ != "on":
        return span
    at = span.end + 1 + (doc[span.end + 1].lower_ == "the")
    if at < len(doc) and doc[at].ent_type_ in TIME_ENTITIES:  # "the Council on Tuesday": a day
        return span
    return _through_capitalised(span, at)


def body_name(span: Span) -> Span:
    """An organisation's name as a reader gives it, where NER cut it short at either end."""
    return through_topic(through_dangling_of(through_inner_possessive(span)))


def body_tokens(words: list[Token]) -> set[int]:
    """The words of organisations' names among `words` (a title's), with the possessive that
    opens one ("director of the Alzheimer's Impact Movement"): they stay the body's."""
    found = {t.i for t in words if t.ent_type_ == "ORG"}
    for ent in {entity_at(t) for t in words if t.ent_type_ == "ORG"} - {None}:
        found.update(range(body_name(ent).start, ent.start))
    known = known_body_before_title(words)  # "American Bridge President X", untagged
    return found | (set(range(known.start, known.end)) if known is not None else set())


def through_inner_possessive(span: Span) -> Span:
    """ "the Alzheimer's Impact Movement", "the Children's Defense Fund": NER often starts a
    body's name after a possessive that belongs to it; a capitalised owner that is no name of
    its own (not "Trump's campaign", "Russia's Defense Ministry") is the name's first word."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].dep_ != "case" or not span[-1].is_title:
        return span
    owner = doc[start - 2]
    if not owner.is_title or owner.ent_type_ or owner.dep_ != "poss" or owner.head not in span:
        return span
    return doc[start - 2 : span.end]


def through_dangling_of(span: Span) -> Span:
    """ "the National Union of Mineworkers of Zambia": NER sometimes ends a body's name on a
    dangling "of", leaving out the capitalised name after it that ends the body's."""
    doc = span.doc
    if not len(span) or span[-1].lower_ != "of" or span.end >= len(doc):
        return span
    at = span.end + (doc[span.end].lower_ == "the")
    return _through_capitalised(span, at)


def _through_capitalised(span: Span, at: int) -> Span:
    """The span run on through the capitalised words of a name that start at `at` ("on
    Presidential Debates", "of Zambia"), or as it is where none start there."""
    doc, end = span.doc, at
    while end < len(doc) and (_capitalised(doc[end]) or _joins_capitalised(doc, end)):
        end += 1
    return doc[span.start : end] if end > at else span


def _capitalised(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title


def _joins_capitalised(doc: Doc, at: int) -> bool:
    """ "Oversight and Government Reform": an "and" between capitalised words of a name."""
    return doc[at].lower_ == "and" and at + 1 < len(doc) and _capitalised(doc[at + 1])
