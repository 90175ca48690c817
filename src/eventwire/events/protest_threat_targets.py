"""The targets a protest or a threat finds beyond its own words: the seat a crowd gathers at,
the protesters' own government, whom a vow to crush aims at, and the party that must meet the
condition of a threat or a harm ("would retaliate if Azerbaijan shelled its villages")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.commitments import hunted_parties
from eventwire.events.crowds import protested_seats
from eventwire.events.lexicon import HARM_TYPES
from eventwire.events.participant_sets import split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import PROTEST, THREATEN
from eventwire.events.protest_aims import aimed_at_cause
from eventwire.events.state_acts import own_government
from eventwire.model import Participant
from eventwire.parse.subjects import SUBJECT_DEPS


def protested_or_threatened(
    reader: RoleReader,
    match: TriggerMatch,
    actors: list[Participant],
    recipients: list[Participant],
) -> list[Participant]:
    """The targets a protest or a threat (or a harm) finds beyond its own words: the seat a
    crowd gathers at, the protesters' own government, whom a vow to crush aims at, the party of
    a condition on the act."""
    head, type_ = match.head, match.code.type
    if type_ == PROTEST and not recipients:  # "gathered outside the embassy"
        seats = [p for t in protested_seats(head) for p in reader.phrase(t)]
        recipients = split_roles(actors, seats)[1]
    if type_ == PROTEST and not any(p.country for p in recipients):
        recipients += [] if aimed_at_cause(head) else own_government(reader, actors)
    if type_ == THREATEN and not recipients:  # "vowed to crush the gangs"
        recipients = split_roles(
            actors, [p for t in hunted_parties(head) for p in reader.phrase(t)]
        )[1]
    threat = type_ == THREATEN and not any(p.country for p in recipients)
    if threat or (type_ in HARM_TYPES and not recipients):
        conditioned = [p for s in _conditioned(head) for p in reader.phrase(s) if p.country]
        recipients += split_roles(actors, conditioned)[1]  # "if he wins": not the threatener
    return recipients


def _conditioned(head: Token) -> list[Token]:
    """ "threatened to launch an offensive unless Baghdad accepted", "would retaliate if
    Azerbaijan shelled its villages": whoever must meet the condition is the one threatened."""
    clauses = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    return [
        subject
        for clause in clauses
        for condition in clause.children
        if condition.dep_ == "advcl"
        and any(m.lower_ in {"unless", "if"} for m in condition.children if m.dep_ == "mark")
        for subject in condition.children
        if subject.dep_ in SUBJECT_DEPS
    ]
