"""Whether a coded act happened, is negated, hoped for or only claimed, read from its clause;
a threat's reading may recode the match ("would veto the bill": a veto threat)."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.events.attribution import Attribution
from eventwire.events.conditional_threats import conditional_threat
from eventwire.events.joined_reports import saying_verb
from eventwire.events.modality import ModalityReading, read_modality
from eventwire.events.no_one import aimed_at_no_one
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.performatives import hedged, performed, performed_under_condition
from eventwire.events.reported_claims import claimed
from eventwire.events.scope import SPEECH_ACTS
from eventwire.events.veto_threats import veto_threat
from eventwire.model import Modality, Participant


def event_modality(
    match: TriggerMatch,
    sentence: Span,
    reader: RoleReader,
    attribution: Attribution,
    actors: list[Participant],
) -> tuple[TriggerMatch, ModalityReading]:
    """Whether the act happened, is negated, hoped for or only claimed; a threat's reading may
    recode the match ("would veto the bill": a veto threat)."""
    head = match.head
    reading = read_modality(saying_verb(head), speech_act=match.code.type in SPEECH_ACTS)
    if hedged(head, match.code.type) or performed_under_condition(head, match.code.type, reading):
        reading = ModalityReading(Modality.OCCURRED)  # "I want to thank", "if ..., I urge him"
    if not match.nominal and aimed_at_no_one(head):  # "I apologize to nobody"
        reading = ModalityReading(Modality.NEGATED)
    if not performed(head, match.code.type):
        reading = claimed(reading, head, sentence, attribution, reader, actors, match.code.type)
    match = veto_threat(match, reading.modality)  # "would veto the bill": a veto threat
    return conditional_threat(match, reading)  # "would retaliate if they ..."
