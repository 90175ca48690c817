"""A trigger's own doers and targets, before the sentence around it amends them
(`event_sides`): a construction that places them elsewhere (`side_readers`), a stance's holder,
an event noun's own arguments, or the verb's arguments with their amendments. Each kind of
trigger has its own reader; this module picks the one that fits."""

from __future__ import annotations

from eventwire.events.between import joint_parties
from eventwire.events.denied_accusers import denied_accuser
from eventwire.events.doer_nouns import doer_noun_sides
from eventwire.events.for_to import for_to_doer
from eventwire.events.holders import stance_holders, stance_predicate
from eventwire.events.hyphenated import hyphenated_sides
from eventwire.events.mediation import mediated_sides
from eventwire.events.noun_roles import noun_roles
from eventwire.events.object_aims import OBJECT_PREPS
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.reciprocal import reciprocal_sides
from eventwire.events.roles import verb_roles
from eventwire.events.side_readers import amended_verb_sides, construction_sides
from eventwire.events.trigger_spans import EVENT_HEADS
from eventwire.events.withdrawn import withdrawal_sides


def trigger_sides(reader: RoleReader, match: TriggerMatch) -> Sides:
    """Doers and targets: from a construction that places them elsewhere (`side_readers`), a
    stance's holder, an event noun's own arguments (also of the noun a kind word names: "a
    mediation mission between X and Y"), or the verb's arguments with their amendments."""
    head = match.head
    told = construction_sides(reader, match)
    if told is not None:
        return told
    if stance_predicate(match):  # "the report was critical of Riyadh": its subject acts
        targets = pobjs(head, OBJECT_PREPS | {match.span[-1].lower_})  # its own: "in", "at"
        return split_roles(
            stance_holders(reader, head), [p for t in targets for p in reader.phrase(t)]
        )
    if match.nominal and head.dep_ == "compound" and head.head.lemma_.lower() in EVENT_HEADS:
        head = head.head
    if match.nominal:
        sides = joint_parties(reader, head, noun_roles(reader, head, match.code.type))
        sides = reciprocal_sides(head, sides)  # "X and Y traded accusations over Z"
        sides = hyphenated_sides(reader, head, sides)  # "staged a sit-in outside parliament"
        sides = doer_noun_sides(reader, head, sides)  # "the protesters chanted"
        return withdrawal_sides(reader, head, match.code.cameo, sides)  # "its pullout from X"
    sides = amended_verb_sides(reader, match, verb_roles(reader, head, match.code.type))
    sides = mediated_sides(reader, head, sides)  # "offered to mediate": the story's pair
    sides = denied_accuser(reader, head, sides)  # "denied that its troops fired": the other side
    doer = for_to_doer(head)  # "paid for ten senators to tour the plant"
    return split_roles(reader.phrase(doer), sides[1]) if doer is not None else sides
