"""Things a party owns stand for it: "criticized his record", "called her vote irresponsible",
"banned its imports". Blame of a person's words, votes or record is aimed at that person, so a
possessive pronoun on a thing is read through the actors stage's link, like an act's ("his
threat"); one on a word for people ("his critics", "her aides") is not its owner's side."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.noun_rows import noun_triggers
from eventwire.lexicons import word_set

PEOPLE_PLACE_LISTS = ("unnamed_person", "kin_noun", "quantity_noun", "place_kind", "dwelling_noun")
PERSON_LISTS = ("unnamed_person", "kin_noun")  # "the boy's father", "a woman": one person


def is_thing(noun: Token) -> bool:
    """A common noun for a thing: not a name, not one who can act (a title, a group, an
    institution), no word for a person, a number or a body of people ("community") or a place
    people live in."""
    lemma = noun.lemma_.lower()
    people_or_place = any(
        word in word_set(name) for name in PEOPLE_PLACE_LISTS for word in (lemma, noun.lower_)
    ) or lemma in words("event_arguments.tsv", "inhabitants")
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not people_or_place and not is_agent(noun)


def names_a_person(noun: Token) -> bool:
    """A common noun for one person ("the boy's great-uncle", "his mother", "a witness"): someone
    who can deny, refuse or agree, though no title gives them a sector."""
    forms = (noun.lemma_.lower(), noun.lower_)
    return noun.pos_ == "NOUN" and any(w in word_set(name) for name in PERSON_LISTS for w in forms)


def owned_thing(pronoun: Token) -> bool:
    """Whether a possessive pronoun is on a thing ("his record"), not on people nor on an act,
    whose possessor may be its doer or its victim ("his attacks", "his arrest": `roles`)."""
    head = pronoun.head
    return pronoun.dep_ == "poss" and is_thing(head) and not noun_triggers(head)
