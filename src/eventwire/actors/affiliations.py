"""The body a group is said to belong to by a word after it: "workers affiliated with the
Zambian Mineworkers' Union", "fighters loyal to the warlord". The group is that owner's, as
"the union's workers" would be (`groups` codes it from the owner)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set

TYING_PREPOSITIONS = frozenset({"with", "to"})


def affiliation_owners(head: Token) -> list[Token]:
    """The objects of "with"/"to" after an affiliation word that modifies the group noun, and
    the names in apposition to them ("loyal to the Shiite cleric Ali Hakim": the cleric is
    found by his name)."""
    ties = (c for c in head.rights if c.lower_ in word_set("affiliation_word"))
    preps = (p for tie in ties for p in tie.children if p.lower_ in TYING_PREPOSITIONS)
    objects = [o for prep in preps for o in prep.children if o.dep_ == "pobj"]
    return objects + [a for o in objects for a in o.children if a.dep_ == "appos"]
