"""Organisations NER reads as places or people: "Newmont, a Denver-based mining company,
sued ...", where the small model tags an unfamiliar firm's name GPE or PERSON. A name that a
phrase in apposition calls a kind of body (company, bank, party, agency ...) is that body,
unless a gazetteer table knows it as a place ("Denver, a mining town" stays a place); so is
one listed as an example of a kind of body ("employers including Marriott")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.listed_examples import listing_sector
from eventwire.actors.org_places import place_country
from eventwire.given_names import gender_of_given_name
from eventwire.lexicons import word_map
from eventwire.parse.nlp import AREA_ENTITIES, entities

MISREAD_LABELS = frozenset({"GPE", "LOC", "PERSON"})


def misread_bodies(doc: Doc) -> list[Span]:
    """Place and person entities that an apposition calls a body, known as no place."""
    return [
        ent
        for ent in entities(doc)
        if ent.label_ in MISREAD_LABELS
        and (_described_as_body(ent.root) or _listed_as_body(ent))
        and place_country(ent.text) is None
        and gender_of_given_name(ent[0].text) is None  # "Ben Dale, publisher of X, a paper"
    ]


def _listed_as_body(ent: Span) -> bool:
    """ "employers including Marriott": a place name listed as an example of a plural group
    noun with a sector (firms, banks, unions) is one of those bodies; a person listed so
    ("donors such as X") stays a person."""
    return ent.label_ in AREA_ENTITIES and listing_sector(ent) is not None


def _described_as_body(root: Token) -> bool:
    """ "X, a mining company," or "a mining company, X,": the phrase in apposition has a
    generic body noun for its head (those that refer back to a body: "the company")."""
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    return any(noun.lower_ in word_map("anaphoric_noun") for noun in described)
