"""Towns named after people: a one-word name spaCy tags as a person may be a town ("a farm
near Tyler", "Austin, in Lee County", "of Warren, Ohio"). The known-actor table would give
it a namesake politician's codes (Rick Tyler, Lloyd Austin); a name the article uses only as
a place is no one the table knows (actors.coding).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Evidence
from eventwire.parse.nlp import AREA_ENTITIES
from eventwire.parse.tags import POSSESSIVE_TAG

NEAR_WORDS = 4  # ", in Lee County": how far after the comma the place noun may stand


def named_as_place(doc: Doc, actor: Actor, names: list[Evidence]) -> bool:
    """Whether the person is called by one word only and every such mention stands as a place:
    after a place preposition, or before ", <State>" or ", in ... County". (The word tagged a
    place elsewhere in the article says too little: NER tags "Obama" or "Kasich" a place
    now and then.)"""
    if actor.type != ActorType.PERSON or not names or any(" " in e.text for e in names):
        return False
    spans = [doc.char_span(e.start, e.end, alignment_mode="expand") for e in names]
    return all(span is not None and _stands_as_place(span) for span in spans)


def _stands_as_place(span: Span) -> bool:
    return _after_place_preposition(span) or _before_place(span)


def _after_place_preposition(span: Span) -> bool:
    """ "near Tyler", "outside Austin", "residents of Tyler", "Kitsmore, 54, of Tyler"."""
    if span.start == 0:
        return False
    prep = span.doc[span.start - 1]
    if span.end < len(span.doc) and span.doc[span.end].tag_ == POSSESSIVE_TAG:
        return False  # "in Clinton's view"
    word = prep.lower_
    if word in _plain_place_prepositions():
        return True
    if word == "of":
        return prep.head.lower_ in word_set("place_kind") or _after_comma(prep)
    return word in _site_prepositions() and prep.head.pos_ == "VERB"


@cache
def _site_prepositions() -> frozenset[str]:
    """Site words that never aim at someone ("laughed at police", "jabs at Warren")."""
    return word_set("site_preposition") - word_set("aim_preposition")


@cache
def _plain_place_prepositions() -> frozenset[str]:
    """ "near", "outside", "inside": site words that neither aim at a person nor name a source
    ("a letter from Clinton"); not "behind" or "under", which take a politician as often as
    a place ("lined up behind Kasich", "under Obama")."""
    return _site_prepositions() - word_set("location_preposition")


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _before_place(span: Span) -> bool:
    """ "Tyler, Texas" or "Austin, in Lee County": a comma and a place after the name."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    after = doc[span.end + 1]
    if after.ent_type_ in AREA_ENTITIES:
        return True
    near = doc[span.end + 2 : span.end + 2 + NEAR_WORDS]
    return after.lower_ == "in" and any(
        t.text[:1].isupper() and t.lower_ in word_set("place_kind") for t in near
    )
