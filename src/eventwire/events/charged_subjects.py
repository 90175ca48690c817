"""A charge with "be" dropped: "Hillary Clinton Accused Of Shocking Act", "Mayor charged with
fraud". A verb of charging takes its object before the deed ("accused Clinton of lying"), so
one with no object and its "of" or "with" phrase right after it is a passive, as headlines
write it: its subject is the one charged, and only a "by" phrase names the accuser.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents
from eventwire.events.patterns import TriggerMatch
from eventwire.lexicons import word_set
from eventwire.parse.tags import PAST_TAGS

CHARGING = words("event_arguments.tsv", "charging")  # accuse, charge, suspect, convict
DEED_PREPS = word_set("charge_preposition")
NOT_DROPPED = {"dobj", "dative", "iobj", "aux", "auxpass"}  # an object or an aux: "be" kept


def charged_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The accuser ("by") and the one charged of a charge with "be" dropped, else None."""
    verb = match.head
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if match.nominal or verb.lemma_.lower() not in CHARGING or verb.tag_ not in PAST_TAGS:
        return None
    if after is None or after.lower_ not in DEED_PREPS or after.head != verb:
        return None
    if any(c.dep_ in NOT_DROPPED for c in verb.children):
        return None
    charged = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not charged:
        return None
    accusers = [p for t in agents(verb) for p in reader.phrase(t)]
    return split_roles(accusers, [p for t in charged for p in reader.phrase(t)])
