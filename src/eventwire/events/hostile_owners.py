"""Praise graded for a hostile owner is blame: "he is becoming ISIS's best recruiter", "called
him the terrorists' best friend".

A merit word that grades a noun owned by a party ("X's best recruiter") says how well the one
named serves that owner, not that the one named is good. When the owner is an armed group
outside any state (an organisation or collective noun the lexicons code REB: the Islamic
State, Hamas, militants, terrorists), serving it well is a charge, and PLOVER codes the
speaker's accusation of the one named, never praise.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.codes import group_lexicon, organization_lexicon
from eventwire.events.phrase_links import pobjs, possessive
from eventwire.sectors import REBELS

HOSTILE_SECTOR = REBELS  # rebels, militants, terrorist organisations
NAME_DEPS = {"compound", "det"}  # "the Islamic State": the owner's name runs over these


@cache
def _hostile_names() -> frozenset[str]:
    """The names and aliases, as written, of organisations coded REB (organizations.tsv)."""
    return frozenset(
        form for form, org in organization_lexicon().items() if org.sector == HOSTILE_SECTOR
    )


@cache
def _hostile_nouns() -> frozenset[str]:
    """Collective nouns coded REB (groups.tsv): "militants", "terrorists", "extremists"."""
    return frozenset(
        " ".join(noun) for noun, sector in group_lexicon().items() if sector == HOSTILE_SECTOR
    )


def hostile_owner(noun: Token) -> bool:
    """The noun is owned by a hostile armed group: "ISIS's recruiter", "the recruiter of
    terrorists" (a possessive or an "of" phrase)."""
    owners = [c for c in noun.children if possessive(c)] + pobjs(noun, {"of"})
    return any(_hostile(owner) for owner in owners)


def _hostile(owner: Token) -> bool:
    """An owner named as a REB organisation (the name's own casing: "IS", never "is") or
    told by a REB collective noun."""
    words = [c for c in owner.lefts if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"]
    name = " ".join(w.text for w in [*words, owner])
    return (
        name in _hostile_names()
        or owner.text in _hostile_names()
        or (owner.pos_ == "NOUN" and owner.lower_ in _hostile_nouns())
    )
