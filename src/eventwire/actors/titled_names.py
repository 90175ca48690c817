"""People NER tags as something else: a title with a full name read as an organisation
("Pastor Michael Reed", "Bishop Anna Stern" tagged ORG), a full name read as a nationality
("Roman Smbatyan" tagged NORP). A given name the name table knows, then name-cased words, is
a person; "General Motors Corp." is not ("Motors" is no given name), nor "Roman Catholic" or
"Christian Democrat", whose second word names a faith or a party."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.name_checks import name_cased
from eventwire.actors.phrases import title_words
from eventwire.codes import country_of
from eventwire.given_names import gender_of_given_name
from eventwire.lexicons import word_set

MIN_NAME_WORDS = 2  # given name, surname


def misread_person(ent: Span) -> bool:
    """Whether an organisation or nationality entity is a (titled) person's full name."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ == "ORG" and words and words[0].lower_ in title_words():
        return _full_name(words[1:])
    return ent.label_ == "NORP" and _full_name(words) and not any(map(_group_word, words[1:]))


def _full_name(words: list[Token]) -> bool:
    if len(words) < MIN_NAME_WORDS:
        return False
    if not all(t.pos_ == "PROPN" and t.tag_ == "NNP" for t in words[1:]):  # "Roman" is an ADJ
        return False
    if not all(name_cased(t.text) for t in words):
        return False
    return gender_of_given_name(words[0].text) is not None


def _group_word(word: Token) -> bool:
    """A demonym, a faith or a party word: "Arab American", "Roman Catholic"."""
    lower = word.lower_
    faith = lower in word_set("faith_people") or f"{lower}s" in word_set("faith_people")
    return faith or lower in word_set("party_adjective") or country_of(word.text) is not None
