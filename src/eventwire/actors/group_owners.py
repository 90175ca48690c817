"""Who owns a group noun: the name, "whose" antecedent or pronoun a group is named with
("Ranariddh's forces", "Iran, whose leaders", "his top aides"), which gives the group its
country through the owner."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.acting_groups import people_pronoun_owner
from eventwire.codes import is_demonym
from eventwire.lexicons import word_map
from eventwire.parse.tags import WH_POSSESSIVE_TAG
from eventwire.parse.whose import whose_clause


def name_owner(head: Token) -> Token | None:
    """The name that owns a group noun: "Ranariddh" in "Ranariddh's forces"."""
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def whose_owner(head: Token) -> Token | None:
    """The name "whose" stands for on a group noun: "Iran" in "Iran, whose leaders have
    called for ...", the noun the relative clause modifies."""
    whose = next(
        (c for c in head.children if c.dep_ == "poss" and c.tag_ == WH_POSSESSIVE_TAG), None
    )
    clause = whose_clause(whose) if whose is not None else None
    if clause is None:
        return None
    return clause.head if clause.head.pos_ == "PROPN" else demonym_of(clause.head)


def demonym_of(noun: Token) -> Token | None:
    """The first word of a common noun's phrase when a demonym names its state ("a former
    Ukrainian president, whose government ..."): where the owner's mention starts, whose
    country the group takes."""
    demonyms = [c for c in noun.children if c.dep_ == "amod" and is_demonym(c.text)]
    return noun.left_edge if demonyms else None


def pronoun_owner(head: Token, sector: str) -> Token | None:
    """The pronoun owning a group noun that the group is named with: a person's, or the
    people's "your", "our", "their" for people that take part ("your supporters yell")."""
    return person_pronoun_owner(head) or people_pronoun_owner(head, sector)


def person_pronoun_owner(head: Token) -> Token | None:
    """ "his" in "his top aides": a person's pronoun owns the group, which coreference
    resolves to the person whose country the group takes."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in word_map("pronoun_gender")
        ),
        None,
    )
