"""PLOVER's dyad conventions for acts about another act: whom a demand or a pledge is aimed at.

A demand is aimed at the party asked to act: "called for an emergency meeting of the OAS" asks
the OAS to meet, "demanded the withdrawal of Israeli troops" asks Israel to withdraw (PLOVER
codes REQUEST's target as the one asked). A pledge, offer or stated willingness (CAMEO 03,
PLOVER AGREE) is aimed at whom the promised act is for, however deep the promise's
infinitives nest it: "offered to help offset Jordan's costs", "is willing to send material
to help defend Saudi Arabia". A trip made for an act is made by whoever does the act: "left
Tuesday for consultations with Syria" names the consulting envoy as the trip's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.answered import answered_doers
from eventwire.events.participant_sets import split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import is_passive
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import REQUEST
from eventwire.events.repeated_stances import repeated_aims
from eventwire.events.replies import replied_to
from eventwire.events.roles import verb_roles
from eventwire.events.travel import destinations, is_host
from eventwire.events.verb_subjects import verb_subjects
from eventwire.events.word_classes import DEPARTURES, TRAVEL_VERBS
from eventwire.lexicons import word_set
from eventwire.model import Event, Participant
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.tags import VERB_POS

# Acts whose "of" object is their doer, not their patient: meetings, withdrawals, deployments
# (CAMEO 04 consult, 087 de-escalate, 15 mobilize); "the release of prisoners" is done to them.
DOER_OF_CODES = ("04", "087", "15")
INTENT_CODE = "03"  # CAMEO's "express intent to ...", PLOVER's AGREE for promises and offers
MAX_DEPTH = 3  # "willing to send material to help defend X": three infinitives down
TRIP_VERBS = TRAVEL_VERBS | DEPARTURES
DOER_PREPS = word_set("owner_preposition")  # "the withdrawal of Israeli troops", "a visit by"


def aimed_conventions(
    reader: RoleReader,
    event: Event,
    match: TriggerMatch,
    content: TriggerMatch | None,
    told: list[Event],
) -> None:
    """Set the target a demand or a pledge is aimed at by PLOVER's conventions (module doc);
    a reply to an act `told` before is aimed at its doer (`answered`), a stance its doer names
    again where it was first aimed (`repeated_stances`)."""
    if event.type == REQUEST and content is not None and content.nominal:
        asked = _asked_doers(reader, content)
        if asked and (not event.recipients or _asked_act(match, content)):
            event.recipients = split_roles(event.actors, asked)[1] or event.recipients
    if match.code.cameo.startswith(INTENT_CODE) and not event.recipients and not match.nominal:
        event.recipients = split_roles(event.actors, _promised_to(reader, match.head))[1]
    if match.nominal and not event.actors:
        travellers = [p for s in _trip_subjects(match.head) for p in reader.phrase(s)]
        event.actors, event.recipients = split_roles(travellers, event.recipients)
    if not event.recipients:
        answered = answered_doers(event, match.head, told)
        replied = [] if match.nominal else replied_to(reader, event, match.head, told)
        answered = answered or replied or repeated_aims(event, match.head, told)  # "his criticism"
        event.recipients = split_roles(event.actors, answered)[1]


def _asked_act(request: TriggerMatch, content: TriggerMatch) -> bool:
    """Whether the act noun is what the request asks for itself ("called for a meeting of
    the OAS", "demanded the withdrawal of X"), not the object of another verb it asks its
    addressee to do ("called on the government to block Trump's visit" asks the government,
    whom the request names: it keeps that target)."""
    verb = next((t for t in content.head.ancestors if t.pos_ in VERB_POS), None)
    return verb is None or verb == request.head


def _asked_doers(reader: RoleReader, content: TriggerMatch) -> list[Participant]:
    """The doers an act noun names itself ("the OAS's meeting", "a Security Council meeting",
    "the withdrawal of Israeli troops"), for acts whose "of" object does them."""
    if not content.code.cameo.startswith(DOER_OF_CODES):
        return []
    noun = content.head
    return reader.modifiers(noun, act=True) or [
        p for t in pobjs(noun, DOER_PREPS) for p in reader.phrase(t)
    ]


def _promised_to(reader: RoleReader, head: Token) -> list[Participant]:
    """The recipients of the nearest infinitive (or "that" clause) under a promise that names
    any: "offered to help offset Jordan's costs" is aimed at Jordan."""
    level = _complements(head)
    for _ in range(MAX_DEPTH):
        found = [p for verb in level for p in _aims(reader, verb)]
        if found:
            return found
        level = [c for verb in level for c in _complements(verb)]
    return []


def _aims(reader: RoleReader, verb: Token) -> list[Participant]:
    """Whom a promised act is aimed at; a trip only at a host it visits ("willing to travel to
    Bolivia"), not at a town it goes to ("willing to go to Miami": no party named there)."""
    recipients = verb_roles(reader, verb)[1]
    if verb.lemma_.lower() not in TRIP_VERBS:
        return recipients
    towns = [p for t in destinations(verb) if not is_host(t) for p in reader.phrase(t)]
    return [p for p in recipients if p not in towns]


def _complements(verb: Token) -> list[Token]:
    """The clauses that say what is promised: infinitive and "that" complements, and purpose
    infinitives ("send material to help"); not conditions ("if it is attacked")."""
    return [
        c
        for c in verb.children
        if c.dep_ in COMPLEMENT_DEPS
        or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"))
    ]


def _trip_subjects(noun: Token) -> list[Token]:
    """ "left Tuesday for consultations", "flew to Paris for talks": the travellers of a trip
    made for the act; not "was arrested for the attack" (a passive names who suffers it)."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or verb.lemma_.lower() not in TRIP_VERBS:
        return []
    return [] if is_passive(verb) else verb_subjects(verb)
