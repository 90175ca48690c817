"""Names written right after a lower-case role noun ("his Cambodian interpreter Houn Hourth",
"activist Otieno Wafula") are people's, whatever NER made of them: foreign names it does not
know come out as places, bodies or nationalities, or untagged. The role noun is the evidence a
reader uses; the name must be name-cased proper nouns that name no known place."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.name_checks import name_cased
from eventwire.actors.org_places import place_country
from eventwire.actors.phrases import find_role
from eventwire.lexicons import word_set
from eventwire.parse.nlp import tokens, word_after
from eventwire.parse.tags import NAME_TAG, NOUN_TAG

MIN_NAME_WORDS = 2  # given name, surname: one word after a role noun is too often a place
MAX_NAME_WORDS = 3
MISREAD_LABELS = frozenset({"", "GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def role_named_names(doc: Doc) -> list[Span]:
    """PERSON spans for the names right after a role noun that NER did not tag a person."""
    found, words = [], tokens(doc)
    for token in words:
        if not _role_noun(token) or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= MAX_NAME_WORDS and _name_word(words[end]):
            end += 1
        if end < len(doc) and _name_word(words[end]):
            continue  # a longer capitalised run: a title or a body's name
        span = Span(doc, token.i + 1, end, label="PERSON")
        if len(span) >= MIN_NAME_WORDS and _misread(span) and place_country(span.text) is None:
            found.append(span)
    return found


def _role_noun(token: Token) -> bool:
    """A singular lower-case noun naming what a person is or does: a title ("spokesman") or a
    private role ("interpreter", "driver")."""
    if token.tag_ != NOUN_TAG or not token.is_lower:
        return False
    private = token.lower_ in word_set("private_role_noun")
    return private or find_role(token.doc, [token]) is not None


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.tag_ == NAME_TAG and name_cased(token.text)


def _misread(span: Span) -> bool:
    """NER left the whole name untagged or tagged it as one entity that is no person."""
    iob = "".join(t.ent_iob_ for t in span)
    whole = iob == "O" * len(span) or iob == "B" + "I" * (len(span) - 1)
    return whole and span[0].ent_type_ in MISREAD_LABELS and _entity_ends(span)


def _entity_ends(span: Span) -> bool:
    """The entity (if any) covers exactly the name: "Houn Hourth", not "Houn Hourth Province"."""
    after = word_after(span)
    return after is None or after.ent_iob_ != "I"
