"""An event's doers and targets: the trigger's own (`trigger_sides`), amended by what the
sentence tells around it. A visit's host, a meeting's partners, the target an "anti-" modifier
or a light verb names, the listener told, where aid was carried, and, where no target has a
country, the place the act was done in or to. Each amendment is its own reader; this module
asks them in the order in which one may feed the next."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.events.addressees import asked_by_noun
from eventwire.events.aid_receivers import filed_receivers
from eventwire.events.anti_modifiers import anti_targets
from eventwire.events.carried_aid import carried_to
from eventwire.events.contacts import called_party, talk_recipients
from eventwire.events.forums import accused_not_forum
from eventwire.events.hosts import visit_hosts
from eventwire.events.light import aimed_at
from eventwire.events.occasions import occasion_doers, partnered_meeting
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrasal import trigger_preps
from eventwire.events.placed_patients import placed_patients
from eventwire.events.placed_people import placed_by_act
from eventwire.events.plover_types import AID, REQUEST
from eventwire.events.proposal_content import beside_content
from eventwire.events.protest_threat_targets import protested_or_threatened
from eventwire.events.recipients import stateless_body
from eventwire.events.targets_placed import governed_doers, placed_targets
from eventwire.events.told import told_listeners, without_audiences
from eventwire.events.trigger_sides import trigger_sides
from eventwire.events.verbal_force import said_of
from eventwire.model import Article, Participant, Place


def event_sides(
    reader: RoleReader, match: TriggerMatch, places: list[Place], article: Article, sentence: Span
) -> Sides:
    """The trigger's doers and targets, amended by the sentence: its host, its doers
    (`_doers`), the targets told in other words (`_told_targets`) or by place
    (`_targets_by_place`)."""
    head = match.head
    actors, recipients = trigger_sides(reader, match)
    hosts = visit_hosts(reader, head, match.code.cameo, places, actors)  # "flew to X": X hosts
    recipients = recipients if hosts is None else hosts
    recipients = without_audiences(match, recipients)  # "told a crowd", "at a rally"
    recipients = beside_content(reader, head, recipients)  # "a Norwegian plan for talks with X"
    actors, anti = _doers(reader, match, places, actors)
    recipients = _told_targets(reader, match, (actors, recipients), anti)
    placed = _targets_by_place(reader, match, (actors, recipients), places, (article, sentence))
    return actors, without_audiences(match, placed)  # nor the rally placed in Las Vegas


def _doers(
    reader: RoleReader, match: TriggerMatch, places: list[Place], actors: list[Participant]
) -> Sides:
    """The doers, amended (a meeting's partners, the people placed by the act), less those an
    "anti-" modifier names as targets ("an anti-Clinton ad": Clinton is its target, no doer);
    with those targets."""
    head = match.head
    if not actors and partnered_meeting(match):  # "voiced his views in meetings with X"
        actors = split_roles([p for t in occasion_doers(head) for p in reader.phrase(t)], [])[0]
    actors = placed_by_act(reader, head, places, actors)  # "protesters marched in Caracas"
    actors = governed_doers(reader, head, places, actors)  # "the state of Texas sued"
    anti = anti_targets(reader, match)
    anti_names = {p.name for p in anti}
    return [a for a in actors if a.name not in anti_names], anti


def _told_targets(
    reader: RoleReader, match: TriggerMatch, sides: Sides, anti: list[Participant]
) -> list[Participant]:
    """The targets, where the trigger's own words named none: the one a light verb, an
    "anti-" modifier or a saying aims at, the listener told, where aid was carried, the other
    side of a talk, the one asked; never the forum the act was done in."""
    head = match.head
    actors, recipients = sides
    if not recipients:  # "levelled criticism at Obama": the light verb aims the act
        said = [p for t in said_of(match) for p in reader.phrase(t)]  # "hit back, saying X"
        recipients = split_roles(actors, aimed_at(reader, match) + anti + said)[1]
    if not recipients:  # "told Norway that it would not allow ...": the listener
        listeners = told_listeners(reader, match, actors) + called_party(reader, match)
        recipients = split_roles(actors, listeners)[1]
    if not recipients and match.code.type == AID:  # "planes carrying aid landed in Somalia"
        recipients = split_roles(actors, [p for t in carried_to(head) for p in reader.phrase(t)])[1]
    recipients = talk_recipients(reader, match, recipients)  # "discussed Iraq's crisis with X"
    recipients = accused_not_forum(reader, match, recipients)  # "with the UN against X": X
    if not recipients and match.nominal and match.code.type == REQUEST:
        recipients = [p for t in asked_by_noun(head) for p in reader.phrase(t)]
    return recipients


def _targets_by_place(
    reader: RoleReader,
    match: TriggerMatch,
    sides: Sides,
    places: list[Place],
    told_in: tuple[Article, Span],
) -> list[Participant]:
    """The targets, where none has a country and none is a body of no state (`stateless_body`:
    "hit the Islamic State in Syria" is not aimed at Syria): the people or the place the act
    was done to ("a Brooklyn woman was killed"), the place aid went to by the dateline; and
    those a protest or a threat is aimed at."""
    head, (article, sentence) = match.head, told_in
    actors, recipients = sides
    stateless = stateless_body(reader, recipients)  # "hit the Islamic State"
    if not any(p.country for p in recipients) and not stateless:  # "a Brooklyn woman was killed"
        preps = frozenset(trigger_preps(match))  # "sided with the state of Ohio"
        placed = placed_targets(reader, head, places, match.code.type, actors, preps)
        placed = split_roles(actors, placed)[1]  # never a joint act's own side
        names = {p.name for p in placed}  # "the city of Goma": the geocoded Goma, not the bare one
        recipients = [p for p in recipients if p.name not in names] + placed
    if not actors and not recipients:  # "five students were killed in Lagos"
        recipients = placed_patients(reader, head, places)
    if match.code.type == AID and not match.nominal and not any(p.country for p in recipients):
        recipients += filed_receivers(article, places, actors, sentence)  # "LES CAYES, Haiti"
    return protested_or_threatened(reader, match, actors, recipients)
