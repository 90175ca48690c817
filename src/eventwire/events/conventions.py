"""PLOVER's dyad conventions for acts about another act: whom a demand or a pledge is aimed at.

A demand is aimed at the party asked to act: "called for an emergency meeting of the OAS" asks
the OAS to meet, "demanded the withdrawal of Israeli troops" asks Israel to withdraw (PLOVER
codes REQUEST's target as the one asked). A pledge, offer or stated willingness (CAMEO 03,
PLOVER AGREE) is aimed at whom the promised act is for, however deep the promise's
infinitives nest it: "offered to help offset Jordan's costs", "is willing to send material
to help defend Saudi Arabia".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import RoleReader, pobjs
from eventwire.events.patterns import TriggerMatch
from eventwire.events.roles import split_roles, verb_roles
from eventwire.model import Event, Participant

# Acts whose "of" object is their doer, not their patient: meetings, withdrawals, deployments
# (CAMEO 04 consult, 087 de-escalate, 15 mobilize); "the release of prisoners" is done to them.
DOER_OF_CODES = ("04", "087", "15")
INTENT_CODE = "03"  # CAMEO's "express intent to ...", PLOVER's AGREE for promises and offers
COMPLEMENT_DEPS = {"xcomp", "ccomp"}
MAX_DEPTH = 3  # "willing to send material to help defend X": three infinitives down


def aimed_conventions(
    reader: RoleReader, event: Event, match: TriggerMatch, content: TriggerMatch | None
) -> None:
    """Set the target a demand or a pledge is aimed at by PLOVER's conventions (module doc)."""
    if event.type == "REQUEST" and content is not None and content.nominal:
        asked = _asked_doers(reader, content)
        if asked:
            event.recipients = split_roles(event.actors, asked)[1] or event.recipients
    if match.code.cameo.startswith(INTENT_CODE) and not event.recipients and not match.nominal:
        event.recipients = split_roles(event.actors, _promised_to(reader, match.head))[1]


def _asked_doers(reader: RoleReader, content: TriggerMatch) -> list[Participant]:
    """The doers an act noun names itself ("the OAS's meeting", "a Security Council meeting",
    "the withdrawal of Israeli troops"), for acts whose "of" object does them."""
    if not content.code.cameo.startswith(DOER_OF_CODES):
        return []
    noun = content.head
    return reader.modifiers(noun, act=True) or [
        p for t in pobjs(noun, {"of", "by"}) for p in reader.phrase(t)
    ]


def _promised_to(reader: RoleReader, head: Token) -> list[Participant]:
    """The recipients of the nearest infinitive (or "that" clause) under a promise that names
    any: "offered to help offset Jordan's costs" is aimed at Jordan."""
    level = _complements(head)
    for _ in range(MAX_DEPTH):
        found = [p for verb in level for p in verb_roles(reader, verb)[1]]
        if found:
            return found
        level = [c for verb in level for c in _complements(verb)]
    return []


def _complements(verb: Token) -> list[Token]:
    """The clauses that say what is promised: infinitive and "that" complements, and purpose
    infinitives ("send material to help"); not conditions ("if it is attacked")."""
    return [
        c
        for c in verb.children
        if c.dep_ in COMPLEMENT_DEPS
        or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"))
    ]
