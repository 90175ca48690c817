"""An event's recipients from the words aimed at, else CAMEO's fallbacks: the country where a
named actor's act happens, the actors' own country, or, for an attack naming no victim, the
doers' own people.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.act_places import location_targets
from eventwire.events.domestic import domestic
from eventwire.events.governing_verbs import governing_verb
from eventwire.events.lexicon import FORCE_TYPES
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.premises import country_told, own_people, premises_owners
from eventwire.events.verb_subjects import controlling_verb
from eventwire.model import ActorType, Participant
from eventwire.sectors import MILITARY

RECIPIENT_PREPS = {
    "with", "to", "against", "on", "into", "toward", "towards", "at", "from", "between", "among",
    "behind",  # "rallied behind Rubio"
    "upon",  # the formal "on": "seized upon the comments by Trump", "called upon Iran"
}  # fmt: skip


def with_recipients(
    reader: RoleReader,
    head: Token,
    actors: list[Participant],
    targets: list[Token],
    named: list[Participant] | None = None,
    hostile: list[Token] | None = None,
    type_: str = "",
) -> Sides:
    """Recipients named by the targets; else, following CAMEO's coding conventions, the country
    where a named actor's act happens (`act_places`: an act of force or a measure, or what an
    act sets up there; not talks held or demands made there), else the actors' own country
    for an addressee named without one. An act with no known actor ("the blast in Nairobi
    killed...") keeps its place as a place: the victims, not the town, are its target, and
    unknown stays empty; but a hostile act at an institution's premises is aimed at it
    (`premises`). A named body of no state (`stateless_body`) is a target of its own: no place
    nor home country stands in for it."""
    recipients = [*(named or []), *(p for t in targets for p in reader.phrase(t))]
    recipients = told_countries(reader, recipients, actors, assault=bool(hostile))
    stateless = stateless_body(reader, recipients)  # "hit the Islamic State"
    one_home = len({p.country for p in actors}) < 2
    if not any(p.country for p in recipients) and one_home and not stateless:
        located = premises_owners(reader, hostile or [])
        located = located or (_location_targets(reader, head, actors, type_) if actors else [])
        named = [p for p in recipients if not p.actor_id or reader.named(p.actor_id)]
        recipients = located or domestic(actors, named, targets, type_) or recipients
    return split_roles(actors, recipients)


def stateless_body(reader: RoleReader, participants: list[Participant]) -> bool:
    """Whether one of the sides is a named organisation of no state ("NATO", "the Islamic
    State", "the United Nations"): its act's target is that body, coded with no country, not
    the country the act is done in ("struck Islamic State positions in Syria" is no act
    against Syria)."""
    actors = [reader.actor_of(p) for p in participants]
    return any(
        a is not None and a.type == ActorType.ORGANIZATION and a.country is None for a in actors
    )


def _location_targets(
    reader: RoleReader, head: Token, actors: list[Participant], type_: str
) -> list[Participant]:
    """Where the act happens, read from the verb it hangs on or shares a subject with."""
    verb = governing_verb(head) or controlling_verb(head) or head
    return location_targets(reader, head, verb, actors, type_)


def told_countries(
    reader: RoleReader, recipients: list[Participant], actors: list[Participant], assault: bool
) -> list[Participant]:
    """ "killed 258 people, including 12 Americans": beside a participant whose told country
    is another, a group with only the article's default country is of none (`told_country`),
    and CAMEO's domestic convention may give it its doers' (`domestic`); alone, or beside
    parties of that same country ("killed 12 villagers and two policemen in northern Kenya"),
    the group is the home's people, as a coder reads it."""
    told = {p.country for p in recipients if p.country and country_told(reader, p)}
    doers = actors if assault else []
    named_doers = {p.country for p in doers if p.country and country_told(reader, p)}
    known = told | {a.country for a in actors if a.country}
    return [
        p if _kept(p, known, told, named_doers) else told_country(reader, p) for p in recipients
    ]


def _kept(
    participant: Participant, known: set[str | None], told: set[str | None], named_doers: set[str]
) -> bool:
    """A home-defaulted group keeps the home's country when no known country contradicts it,
    a state's civil organs too, as coders read them ("met with House members", "called on
    congressional leaders" in a US story are American); not armed forces named bare
    ("troops", "soldiers"), which news sends anywhere, nor the victims of an attack whose
    doers' nationality is told ("Eritrean gunners killed seven civilians"): one nation's
    attack on a group leaves the group's side to the story's other party (`domestic`, the
    story's belligerents) unless a fellow target is told of that country."""
    if named_doers and participant.country not in told:
        return False
    return known <= {participant.country} and participant.sector != MILITARY


def told_country(reader: RoleReader, participant: Participant) -> Participant:
    """ "killed 258 people": a group the text gives no country of its own is of no known
    country as a target (its actor's country is only the dateline's guess); the victims
    whose nationality is told ("including 12 Americans") are targets of their own."""
    if participant.actor_id is None or reader.named(participant.actor_id):
        return participant
    return participant.model_copy(update={"country": None})


def hit_own_people(reader: RoleReader, type_: str, sides: Sides) -> Sides:
    """ "police raided two homes": an attack or raid naming no victim nor a town it strikes
    (`struck_places.site_places`) hits the doers' own people (`premises.own_people`)."""
    if type_ in FORCE_TYPES and not sides[1]:
        return sides[0], own_people(reader, sides[0])
    return sides
