"""Pronouns whose nearest antecedent is a person the article does not name.

"The witness said the driver accelerated as he was mowing people down", "someone who believed
that if he killed the president": "he" is the driver, the someone, a person who is no actor.
Linking such a pronoun to the last named person before it gives an act a doer the text never
names; coders leave that side empty. Both the actors stage (pronouns outside quotes) and the
events stage (pronouns inside quotes, `events.quoted`) ask this of a pronoun, so the rule
reads only the parse.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from eventwire.lexicons import word_map, word_set
from eventwire.parse.deps import PREDICATE_OR_RESULT_DEPS
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import NOUN_TAG, PRONOUN_TAG, WH_TAGS

RELATIVE_TAGS = WH_TAGS  # that, which, who: the noun their clause modifies
AS = {"as"}  # "described him as a decent man": the noun describes the object


def unnamed_antecedent(pronoun: Token, person_at: Callable[[Token], bool | None]) -> bool:
    """Whether the nearest word before the pronoun, in its sentence, that could be what it
    stands for is a bare noun for one unnamed person ("the driver", "someone") rather than an
    actor's mention; a pronoun object skips its own clause's subject ("the driver hit him").
    `person_at` tells whether a word is in a person's mention, another actor's, or none (None)."""
    reported = _reported_words(pronoun)
    for word in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if word.i in reported:
            continue
        if _predicate(word):
            continue
        word = _antecedent(word)
        if _own_subject(pronoun, word) or _other_gender(pronoun, word) or _describing(word):
            continue
        person = person_at(word)
        if person:
            return False
        if person is None and _unnamed_person(word):
            return True
    return False


def _antecedent(word: Token) -> Token:
    """The noun a relative pronoun's clause modifies ("someone who said"); any other word."""
    return word.head.head if word.tag_ in RELATIVE_TAGS and word.head.dep_ == "relcl" else word


def _unnamed_person(word: Token) -> bool:
    """One person named by a common noun, a kin noun or an indefinite pronoun ("the driver",
    "my daughter", "someone"), and by no name beside it ("Smith, the driver", "the driver,
    Smith": he is Smith)."""
    named = word.dep_ == "appos" or any(c.dep_ == "appos" for c in word.children)
    unnamed = word.lower_ in word_set("unnamed_person") or _own_relative(word)
    return word.tag_ in {NOUN_TAG, PRONOUN_TAG} and unnamed and not named


def _own_relative(word: Token) -> bool:
    """ "my daughter", "our son": the writer's relative, told only by the kinship, is an
    unnamed person; "his father" may be the one a later "he" owns, so it is left alone."""
    owners = {c.lower_ for c in word.children if c.dep_ == "poss"}
    return word.lower_ in word_map("kin_noun") and bool(owners & word_set("first_person_owner"))


def _describing(word: Token) -> bool:
    """ "Lopez, the girl's aunt, said she": the owner in an apposition describes the named
    person; the pronoun stands for that person."""
    return word.dep_ == "poss" and word.head.dep_ == "appos"


def _predicate(word: Token) -> bool:
    """ "criticized the pope as a political person and accused him", "Smith is a decent man,
    and they backed him": a predicate noun says what someone already named is and refers to no
    one of its own (but "a man who said he", reached through its relative pronoun, is the
    one the pronoun stands for)."""
    return word.dep_ in PREDICATE_OR_RESULT_DEPS or (word.dep_ == "pobj" and word.head.lower_ in AS)


def _other_gender(pronoun: Token, word: Token) -> bool:
    """ "Lopez, the boy's grandmother, said she": a noun of the other gender is not what the
    pronoun stands for."""
    mine, its = word_map("pronoun_gender").get(pronoun.lower_), noun_genders().get(word.lower_)
    return bool(mine and its and mine != its)


@cache  # asked of every word before a pronoun: merged once, not per word
def noun_genders() -> dict[str, str]:
    """The gender of a kin noun ("aunt") or another noun for a person ("chairwoman")."""
    return {**word_map("kin_noun"), **word_map("person_gender")}


def _own_subject(pronoun: Token, word: Token) -> bool:
    """The subject of the clause a non-subject pronoun belongs to: never what it stands for."""
    return (
        pronoun.dep_ not in SUBJECT_DEPS and word.dep_ in SUBJECT_DEPS and word.head == pronoun.head
    )


def _reported_words(pronoun: Token) -> set[int]:
    """Words inside the complement clause of a subject pronoun's verb (' "We welcome the
    stranger," she said': the stranger is in what she says): a pronoun never stands for a noun
    its clause's complement holds (binding principle C), so she is the speaker. A fronted
    adverbial clause may hold it ("When the driver arrived, he fired")."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return set()
    complements = [c for c in pronoun.head.children if c.dep_ == "ccomp"]
    return {t.i for c in complements for t in c.subtree}
