"""Known leaders named by surname alone whom the tagger misses or misreads: "Chissano accused
Malawi" (untagged), "Museveni and Kagame agreed" (NORP), "Chiluba accused Angola" (GPE).

A lone proper noun that stands as an argument of its clause, names no country or capital, and
is a person's surname in the known-actors table is that person. A place name read as a person
is the greater risk in news ("Austin", "Jackson"), so a word the tagger read as a place counts
only as a clause's subject, where a town rarely stands, or where no gazetteer table knows it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.coding import current_table
from eventwire.actors.opening_surnames import day_of, opening_surname
from eventwire.codes import capital_countries, country_of, division_countries, organisation_names
from eventwire.model import ActorType
from eventwire.parse.nlp import AREA_ENTITIES, ends_a_full_name, tokens
from eventwire.place_codes import town_sizes

ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
MISREAD = frozenset({"", "NORP"})  # untagged, or read as a nationality
BODY = "ORG"  # read as an organisation: only a one-word entity no organisation table knows
PLACES = AREA_ENTITIES  # read as a place: only as a subject


def known_surnames(doc: Doc) -> list[Span]:
    """One-word PERSON spans for the known surnames the tagger missed or misread."""
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in tokens(doc) if _known_surname(t)]


def _known_surname(token: Token) -> bool:
    named = token.pos_ == "PROPN" or ends_a_full_name(token)
    opening = not named and opening_surname(token)  # "Sanders attacked": read as a noun
    if not (named or opening) or not _lone(token):
        return False
    label = token.ent_type_
    misread = label in MISREAD or (label == BODY and _no_known_body(token))
    if not misread and not (label in PLACES and _no_known_place(token)):
        return False
    if token.dep_ not in ARGUMENTS or country_of(token.text) or token.text in capital_countries():
        return False
    found = current_table().lookup(token.text, day_of(token.doc) if opening else None)
    return found is not None and found.type is ActorType.PERSON


def _no_known_body(token: Token) -> bool:
    """ "the bidding of Cameron" tagged ORG: a one-word organisation entity that no table of
    organisations knows may be a leader's surname (the table lookup decides)."""
    last = token.i + 1 == len(token.doc) or token.nbor().ent_iob_ != "I"
    return last and token.text.lower() not in organisation_names()


def _no_known_place(token: Token) -> bool:
    """A clause's subject, or a word no gazetteer table knows as a town or a division ("called
    on Kasich to quit"), written as no place is ("the Sharon, Connecticut, home" is one)."""
    if token.dep_ == "nsubj":
        return True
    doc, name = token.doc, token.text
    placed = token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].ent_type_
    determined = any(c.dep_ == "det" for c in token.children)
    unknown = name not in town_sizes() and name not in division_countries()
    return unknown and not placed and not determined


def _lone(token: Token) -> bool:
    """Neither proper noun beside it: not a word of a longer name ("Kagame" is; "Paul Kagame"
    is read whole elsewhere)."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].pos_ == "PROPN"
    after = token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
    return not before and not after and token.ent_iob_ != "I"
