"""A demonym that names a people: "Americans fear …", "thousands of Sudanese", "300
Chinese". Demonyms that read the same in the plural ("Sudanese", "Chinese") are tagged as
singular names; a count before them still makes them people, civilians rather than the state."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.stances import is_head_noun
from eventwire.lexicons import word_set
from eventwire.parse.plurals import PLURAL_NOUN_TAGS, irregular_plural, plural_form

MIN_ACRONYM = 3  # "NGOs", "PACs"; with fewer capitals it is as often a word ("As", "IDs")


def names_people(span: Span) -> bool:
    """A plural or counted demonym heading its phrase, not a modifier ("American troops") or
    a country's adjective."""
    head = span[-1]
    return is_head_noun(head) and (head.tag_ in PLURAL_NOUN_TAGS or counted(head))


def counted(head: Token) -> bool:
    """ "300 Sudanese", "thousands of Sudanese", "2,000 nationalists": a number or a quantity
    noun counts them (a crowd)."""
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in word_set("quantity_noun")


def plural_noun(token: Token) -> bool:
    """A plural common noun, also one the tagger read as a name because a capital opens it
    ("Protesters attacked …" after a dateline, "Rebels said …"): a title-case word outside any
    entity and before no other ("Workers Party"), in the plural form of an English noun
    ("Gunmen" too); or an acronym's plural ("NGOs")."""
    if token.tag_ == "NNS" or _acronym_plural(token.text):
        return True
    proper = token.tag_ in {"NNP", "NNPS"} and token.is_title and token.ent_iob_ == "O"
    named = token.i + 1 < len(token.doc) and token.nbor().is_title  # "Workers Party"
    return proper and not named and (plural_form(token.lower_) or irregular_plural(token.lower_))


def _acronym_plural(word: str) -> bool:
    """ "NGOs", "PACs": an acronym of three capitals or more with a small plural "s", which the
    tagger reads as a name."""
    return len(word) > MIN_ACRONYM and word.endswith("s") and word[:-1].isupper()
