"""An organisation NER found that the sentence uses as a place: "a fund-raiser in the
Hamptons", "was from Menoufia", "voting in Kachin state", "the state of Maharashtra". NER
often tags regions and towns it does not know as organisations; an analyst lists them as
places, not actors. Only names whose own words give no kind of body are read this way, so
"a banker from Halvorsen Partners" stays a firm."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.org_sectors import head_sector, institution_sectors, known_bodies, unit_sector
from eventwire.actors.outlets import known_organization_names, known_person_names
from eventwire.lexicons import word_set


def place_not_body(span: Span) -> bool:
    """A name used as a place whose words name no known actor nor a kind of body ("in the
    House" is the chamber; "in Forbes' words" is the magazine's)."""
    known = (known_organization_names(), known_person_names(), known_bodies())
    if any(span.text in names for names in known) or span.text.lower() in institution_sectors():
        return False
    if head_sector(span) or unit_sector(span) or _possessive(span):
        return False
    return used_as_place(span)


def used_as_place(span: Span) -> bool:
    """Whether the name is the object of "in"/"from" (itself or as the modifier of a place
    noun), or of "of" after a place noun."""
    node = _place_phrase(span.root)
    if node.dep_ != "pobj":
        return False
    preposition = node.head
    if preposition.lower_ == "in":
        return True
    if preposition.lower_ == "from":  # "she was from X"; not "heard from"
        return preposition.head.lemma_ == "be"
    return preposition.lower_ == "of" and preposition.head.lower_ in word_set("place_kind")


def _place_phrase(root: Token) -> Token:
    """ "Kachin" in "Kachin state" stands for the phrase headed by the place noun."""
    if root.dep_ == "compound" and root.head.lower_ in word_set("place_kind"):
        return root.head
    return root


def _possessive(span: Span) -> bool:
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return after.startswith(("'", "’")) or any(c.dep_ == "case" for c in span.root.children)
