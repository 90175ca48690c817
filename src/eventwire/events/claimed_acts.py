"""Acts that a party claims as its own: "Hamas claimed responsibility for the bombing".

An act noun named as what someone takes responsibility or credit for has that someone as its
doer, though the noun's own phrase names no one (CAMEO codes the claimant as the attacker, with
the claim as its source). Only the claimant's own verb counts: "denied responsibility for"
names no doer, and "no one has claimed responsibility" none.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.made_things import authored_by, relative_makers
from eventwire.events.no_one import is_no_one
from eventwire.events.passives import made_by
from eventwire.lexicons import word_set
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS

CLAIMED = {"responsibility", "credit"}  # "took credit for the raid"


def outside_doers(noun: Token) -> list[Token]:
    """Doers an act noun's own phrase does not name: a support participle's "by" object
    ("the attack carried out by Y", `passives.made_by`), a making participle's ("the deal
    signed by X"), the subject of a relative clause of making ("the attack Russia launched",
    `made_things`) or whoever claims the act."""
    found = made_by(noun) + authored_by(noun) + relative_makers(noun) + claimants(noun)
    return list(dict.fromkeys(found))


def claimants(noun: Token) -> list[Token]:
    """Who claims the act noun as their own ("X claimed responsibility for the attack")."""
    owned = noun.head
    if noun.dep_ != "pobj" or owned.lower_ != "for" or owned.head.lemma_.lower() not in CLAIMED:
        return []
    claim = owned.head
    verb = claim.head
    if claim.dep_ != "dobj" or verb.lemma_.lower() not in word_set("claim_verb"):
        return []
    return [c for c in verb.children if c.dep_ in NOUN_SUBJECT_DEPS and not is_no_one(c)]
