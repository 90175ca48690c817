"""The unsaid doer of a harm to someone the article tells harmed by a named doer.

A kidnapping story tells the act with its doers once ("Howes had been killed by a Khmer Rouge
faction") and its other mentions without them ("he was abducted with his interpreter", "he had
probably been killed soon after"), before or after. Coders give such an act of the same kind
to the same person the doers told elsewhere: it is the same captivity told again, and the same
penalty ("ESPN fired Schilling ... Schilling was dismissed after a post": ESPN's). Only a person
counts as the victim of an attack: a country, a town or a group is attacked by many; a group
held or expelled ("Tanzania expelled five Iraqis ... five Iraqis also were deported") is, like
a captive, held by those told holding it.
"""

from __future__ import annotations

from eventwire.events.lexicon import HARM_TYPES
from eventwire.events.plover_types import COERCE
from eventwire.model import Actor, ActorType, Event, Participant

HARMS = HARM_TYPES  # force on a captive, a penalty on a staffer; blame is many people's
GROUP_HARMS = {COERCE}  # "five Iraqis were also deported": a set of people held or expelled


def fill_told_doers(events: list[Event], actors: list[Actor], agent_told: set[int]) -> None:
    """Give each harm that names a person as its victim but no doer the doers of the nearest
    act of its type done to that person by someone named, the earlier one first; not a harm
    whose own "by" phrase tells its doer, named or not (`agent_told`: their trigger offsets,
    `passives.agent_told`)."""
    people = {a.id for a in actors if a.type == ActorType.PERSON}
    groups = {a.id for a in actors if a.type == ActorType.GROUP}
    for i, event in enumerate(events):
        held = people | groups if event.type in GROUP_HARMS else people
        victims = {p.actor_id for p in event.recipients if p.actor_id in held}
        own_doer = event.trigger.start in agent_told
        if event.actors or not victims or event.type not in HARMS or own_doer:
            continue
        nearest = [*reversed(events[:i]), *events[i + 1 :]]
        told = next((e for e in nearest if _same_harm(e, event.type, victims)), None)
        event.actors = _doers(told, victims) if told is not None else []


def _same_harm(event: Event, type_: str, victims: set[str | None]) -> bool:
    """An act of the type, with a named doer, done to one of the victims."""
    done_to = {p.actor_id for p in event.recipients}
    return event.type == type_ and bool(event.actors) and bool(victims & done_to)


def _doers(event: Event, victims: set[str | None]) -> list[Participant]:
    return [p.model_copy() for p in event.actors if p.actor_id not in victims]
