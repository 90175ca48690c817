"""An act that names the people it struck is aimed at them, not at the place it happened.

"Rebels killed a journalist in Mali", "the killing of an aid worker in Yemen", "police removed
protesters from a hall in Minsk": the town or country is where the victims were, no party to
the act. `targets_placed` reads a place as the target only for an act whose victims go unnamed
("shelled positions near Basra", "a bombing in Jerusalem"), and `participants` reads no party
into a person placed by a town ("a journalist in Mali" is not Mali). People are a person's
name, a role ("journalist", `roles.tsv`) or a group of people ("protesters", `groups.tsv`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon, role_lexicon
from eventwire.events.verb_arguments import patients
from eventwire.lexicons import word_set
from eventwire.parse.tags import NOUN_POS

WHERE_PREPS = word_set("site_preposition")  # "a journalist in Mali"


def strikes_people(head: Token) -> bool:
    """The act's patient is people: a verb's object or passive subject, an act noun's "of"
    ("the killing of an aid worker")."""
    if head.pos_ in NOUN_POS:
        return any(people(p) for p in _pobjs(head, {"of"}))
    # "killed a journalist", "a journalist was killed"
    return any(people(c) for c in patients(head))


def placed_person(noun: Token) -> bool:
    """ "a journalist in Mali": people a place phrase puts somewhere, not that place's own."""
    return people(noun) and bool(_pobjs(noun, WHERE_PREPS))


def people(noun: Token) -> bool:
    """A person's name, or a word for people; a singular takes its group's plural ("aid
    worker": "workers")."""
    if noun.ent_type_ == "PERSON":
        return True
    lemma = noun.lemma_.lower()
    forms = {noun.lower_, lemma, lemma + "s"}
    return any((w,) in role_lexicon() or (w,) in group_lexicon() for w in forms)


def _pobjs(token: Token, preps: set[str]) -> list[Token]:
    return [p for c in token.children if c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
