"""A demonym that names a people: "Americans fear …", "thousands of Sudanese", "300
Chinese". Demonyms that read the same in the plural ("Sudanese", "Chinese") are tagged as
singular names; a count before them still makes them people, civilians rather than the state."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.stances import is_head_noun
from eventwire.lexicons import word_set
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.plurals import PLURAL_NOUN_TAGS, irregular_plural, plural_form
from eventwire.parse.tags import NAME_TAGS, PLURAL_NOUN_TAG

# "the Armenians of Israel", "in Latvia": a place that picks some of a people out
PLACING_PREPS = word_set("location_preposition") | word_set("group_complement_preposition")
MIN_ACRONYM = 3  # "NGOs", "PACs"; with fewer capitals it is as often a word ("As", "IDs")


def names_people(span: Span) -> bool:
    """A plural or counted demonym heading its phrase, not a modifier ("American troops") or
    a country's adjective."""
    head = span[-1]
    return is_head_noun(head) and (head.tag_ in PLURAL_NOUN_TAGS or counted(head))


def names_state_as_people(span: Span) -> bool:
    """ "The Russians have bombed …", "negotiating with the Russians": a plural demonym after
    "the" alone, uncounted, is news's name for the state acting as one (Russia), not its
    civilians; "the four Americans", "all of the Americans" count people out of it, and
    "the Armenians of Israel", "the Russians who live there" place or describe people."""
    doc, head, start = span.doc, span[-1], span.start
    if start == 0 or doc[start - 1].lower_ != "the" or counted(head):
        return False
    if start > 1 and doc[start - 2].lower_ == "of":
        return False
    return not any(map(_places_or_describes, head.rights))


def _places_or_describes(child: Token) -> bool:
    """A dependent after a people that picks some of them out: a place ("of Israel", "in
    Latvia") or a clause ("who live there"); the "of" of "accused the Chinese of arming …"
    holds an act, not a place."""
    placed = child.lower_ in PLACING_PREPS and any(g.dep_ == "pobj" for g in child.children)
    return placed or child.dep_ in NOUN_CLAUSE_DEPS


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
    if token.tag_ == PLURAL_NOUN_TAG or _acronym_plural(token.text):
        return True
    proper = token.tag_ in NAME_TAGS and token.is_title and token.ent_iob_ == "O"
    named = token.i + 1 < len(token.doc) and token.nbor().is_title  # "Workers Party"
    return proper and not named and (plural_form(token.lower_) or irregular_plural(token.lower_))


def _acronym_plural(word: str) -> bool:
    """ "NGOs", "PACs": an acronym of three capitals or more with a small plural "s", which the
    tagger reads as a name."""
    return len(word) > MIN_ACRONYM and word.endswith("s") and word[:-1].isupper()
