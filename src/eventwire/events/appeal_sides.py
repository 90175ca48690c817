"""Who asks and who is asked in an appeal told with no appeal word (`appeals`): "'We must act
now,' Ortiz said" or "'Vote for the bill,' Ortiz told the voters". The speaker asks; the one
asked is the listener told (not the press, who hear words to print them), or the party the
appeal names ("time for Congress to act"); "we" names no one other than the speaker's side, so
the clause's own words name no one asked."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.appeals import BID_DEPS, asked_party, reported_appeal
from eventwire.events.bids import told_imperative
from eventwire.events.demands import stated_obligation
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_subjects import verb_subjects
from eventwire.parse.deps import VERB_OBJECT_DEPS

PRESS = "MED"  # told reporters: an audience, not the one asked
LISTENER_PREPS = {"to"}  # "wrote to his colleagues", "said to the crowd"


def appeal_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The speaker and the one asked for an appeal a reporting verb tells; None for any other
    trigger, or for a duty laid on a named party (`demands`, its own sides)."""
    verb = match.head
    if match.code.type != "REQUEST" or match.nominal or not reported_appeal(verb):
        return None
    if stated_obligation(verb) or told_imperative(verb):
        return None
    speakers = [p for s in verb_subjects(verb) for p in reader.phrase(s)]
    if not speakers:
        return None
    listeners = [p for c in _listeners(verb) for p in reader.phrase(c)]
    asked = [p for p in listeners if p.sector != PRESS]
    asked = asked or [p for c in _clauses(verb) for t in asked_party(c) for p in reader.phrase(t)]
    return split_roles(speakers, asked)


def _listeners(verb: Token) -> list[Token]:
    """Whom the words are told: "told the voters", "wrote to his colleagues"."""
    told = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    return told + pobjs(verb, LISTENER_PREPS)


def _clauses(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in BID_DEPS]
