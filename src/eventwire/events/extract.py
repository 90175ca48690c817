"""PLOVER events with CAMEO codes, roles, modality and evidence, one record per coded mention.

Triggers come from eventwire's lexicon (`events.patterns`), which of them are events of
their own from `events.scope`, roles from the dependency parse (`events.roles`),
modality from the trigger's clause (`events.modality`) and attribution from quotes and
reporting clauses (`events.attribution`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.events.addressees import asked_by_noun
from eventwire.events.aid_receivers import filed_receivers
from eventwire.events.aimed import aimed_heads, own_acts, with_aimed
from eventwire.events.anaphora import EventMemory
from eventwire.events.answered_offers import answered_offer
from eventwire.events.anti_modifiers import anti_targets
from eventwire.events.apologies import refused_apology
from eventwire.events.armed_destruction import armed_destruction
from eventwire.events.armed_doers import armed_sense
from eventwire.events.assent import assent
from eventwire.events.attack_senses import attack_sense
from eventwire.events.attribution import Attribution
from eventwire.events.backing_rallies import backing_rally
from eventwire.events.between import joint_parties
from eventwire.events.carried_aid import carried_to
from eventwire.events.confidence import KEEP, score
from eventwire.events.contacts import called_party, talk_recipients, talked_about, with_contacts
from eventwire.events.conventions import aimed_conventions
from eventwire.events.criticism import criticism
from eventwire.events.denied_accusers import denied_accuser
from eventwire.events.directed_joint import direct_joint_acts
from eventwire.events.dispute_referrals import referred_dispute
from eventwire.events.doer_nouns import doer_noun_sides
from eventwire.events.event_modality import event_modality
from eventwire.events.exchange import fill_joint_counterpart, fill_other_party
from eventwire.events.exits import exit_sense
from eventwire.events.expulsion_orders import expulsion_order
from eventwire.events.filed_pleas import fill_filed_pleas
from eventwire.events.for_to import for_to_doer
from eventwire.events.foreign_bans import foreign_ban
from eventwire.events.forewarned import danger_warned
from eventwire.events.forums import accused_not_forum
from eventwire.events.headline_sides import fill_headline_sides
from eventwire.events.headline_trades import traded_words
from eventwire.events.held_back import overcome_holding_back
from eventwire.events.holders import stance_holders, stance_predicate
from eventwire.events.hosts import visit_hosts
from eventwire.events.hyphenated import hyphenated_sides
from eventwire.events.implicit_sides import fill_implicit_doers, fill_implicit_targets
from eventwire.events.legal_acts import court_petition, rules_on_plea
from eventwire.events.lexicon import HARM_TYPES
from eventwire.events.light import aimed_at, formal_complaint
from eventwire.events.liking import no_liking_told
from eventwire.events.lone_drills import lone_drills
from eventwire.events.main_predication import main_clause
from eventwire.events.mediation import mediated_sides
from eventwire.events.messages import through_carrier
from eventwire.events.mutual_blame import fill_mutual_targets
from eventwire.events.noun_roles import noun_roles
from eventwire.events.object_aims import OBJECT_PREPS
from eventwire.events.obstruction import obstructed
from eventwire.events.occasions import occasion_doers, partnered_meeting
from eventwire.events.opposed_people import opposed_person
from eventwire.events.own_subjects import with_told_subjects
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader, dateline_span
from eventwire.events.passives import agent_told
from eventwire.events.patterns import TriggerMatch, find_triggers
from eventwire.events.phrasal import trigger_preps
from eventwire.events.phrase_links import pobjs
from eventwire.events.placed_only import content_over_place
from eventwire.events.placed_patients import placed_patients
from eventwire.events.placed_people import placed_by_act
from eventwire.events.plea_deciders import fill_plea_deciders
from eventwire.events.political_combat import in_politics
from eventwire.events.posts import dismissal
from eventwire.events.proposal_content import beside_content
from eventwire.events.protest_manner import in_protest
from eventwire.events.protest_threat_targets import protested_or_threatened
from eventwire.events.reciprocal import reciprocal_sides
from eventwire.events.repeated_posts import in_repeated_post, repeated_posts
from eventwire.events.replies import asked_about
from eventwire.events.retort_partners import fill_retort_partners
from eventwire.events.roles import verb_roles
from eventwire.events.ruled_pleas import fill_ruled_pleas
from eventwire.events.same_victim import fill_told_doers
from eventwire.events.scope import main_matches
from eventwire.events.shared_objects import fill_shared_targets
from eventwire.events.side_readers import amended_verb_sides, construction_sides
from eventwire.events.sides_of_the_day import sides_of_the_day
from eventwire.events.slots import event_place, event_time
from eventwire.events.speaker_blame import speaker_blame
from eventwire.events.stance_relatives import folded_stances
from eventwire.events.state_acts import (
    event_context,
    state_sector,
    states_as_countries,
)
from eventwire.events.strike_targets import aimed_strike
from eventwire.events.targets_placed import placed_targets
from eventwire.events.their_sides import fill_their_sides
from eventwire.events.told import told_listeners
from eventwire.events.told_trade import TradeNouns
from eventwire.events.trigger_spans import EVENT_HEADS
from eventwire.events.unstaffed import staffed_or_told
from eventwire.events.verbal_force import said_of
from eventwire.events.victims_placed import placed_victims
from eventwire.events.walkouts import walkout
from eventwire.events.warned_parties import warned_party
from eventwire.events.weapon_tests import weapon_test
from eventwire.events.withdrawn import withdrawal_sides
from eventwire.model import (
    Actor,
    Article,
    Event,
    Evidence,
    Mention,
    Place,
    Quote,
    TimeExpression,
)
from eventwire.parse.pubdate import publication_day

ALL_EVENTS_SETTING = "EVENTWIRE_ALL_EVENTS"  # "1": keep events under `confidence.KEEP` too


def extract_events(
    doc: Doc,
    article: Article,
    actors: list[Actor],
    mentions: list[Mention],
    quotes: list[Quote],
    times: list[TimeExpression],
    places: list[Place],
) -> list[Event]:
    """The article's coded event mentions (`scope` decides which), in text order, grouped; those
    an analyst would not count (`confidence`) only when the setting asks for all."""
    attribution = Attribution(doc, quotes)
    reader = RoleReader(doc, actors, mentions, attribution, dateline_span(article), places)
    story = _Story(reader, attribution, article, times, places)
    keep_all = os.environ.get(ALL_EVENTS_SETTING) == "1"
    events: list[Event] = []
    repeated = repeated_posts(doc)  # a post the story quoted before showing it
    for sentence in doc.sents:
        if in_repeated_post(sentence, repeated):
            continue
        for event in _sentence_events(sentence, story, keep_all):
            event.id = f"E{len(events) + 1}"
            events.append(event)
    fill_told_doers(events, actors, story.by_doers)  # "he was abducted": by those told elsewhere
    fill_joint_counterpart(doc, events)  # "Sanders talked for an hour": with whom he met
    fill_other_party(doc, events)  # "Clinton pushed back": at whom the exchange was with
    fill_retort_partners(doc, events)  # "Sanders shot back": at the quarrel's other side
    fill_shared_targets(doc, reader, events)  # "condemned and sanctioned Iran": at Iran
    fill_mutual_targets(doc, events)  # "X, Y exchange shots": each at the other
    fill_implicit_doers(doc, reader, events)  # "videos of Trump insulting Islam": by Trump
    fill_implicit_targets(doc, reader, events)  # "calls for an Apple boycott": at Apple
    fill_filed_pleas(doc, reader, events)  # "filed a motion in federal court": to the court
    fill_ruled_pleas(doc, reader, events)  # "applied for asylum ... the INS rejected": to the INS
    fill_plea_deciders(doc, reader, events)  # "asked for permission ... the board will decide"
    fill_their_sides(doc, reader, events)  # "went to X's home to work out their differences"
    fill_headline_sides(doc, events, actors)  # "Trump Denies ...": at whom the lede says
    states_as_countries(reader, events)
    direct_joint_acts(doc, events, mentions)  # "X and Y met": X toward Y
    assign_groups(events)
    sides_of_the_day(events, publication_day(article))  # Pristina 1998: YUG, not XKX
    return events


@dataclass
class _Story:
    """What each sentence's events are read against: the article's readers, and what the
    sentences before told (the events remembered, the words used in their commerce sense, the
    acts whose own "by" phrase tells their doer, by trigger offset)."""

    reader: RoleReader
    attribution: Attribution
    article: Article
    times: list[TimeExpression]
    places: list[Place]
    memory: EventMemory = field(default_factory=EventMemory)
    traded: TradeNouns = field(default_factory=TradeNouns)  # "the offer" after a tender offer
    by_doers: set[int] = field(default_factory=set)

    def event(self, match: TriggerMatch, sentence: Span) -> Event:
        """The match's event, read against this story's readers (`_event`)."""
        return _event(
            match, sentence, self.reader, self.attribution, self.article, self.times, self.places
        )


def _sentence_events(sentence: Span, story: _Story, keep_all: bool) -> list[Event]:
    """The sentence's coded events: its triggers read in their sense and judged, those `scope`
    keeps as acts of their own that an analyst would count (all when `keep_all`), and
    criticism told in other words."""
    reader, attribution = story.reader, story.attribution
    triggers = [
        m
        for m in find_triggers(sentence)
        if not overcome_holding_back(m.head) and not no_liking_told(m)
    ]
    matches = with_contacts(reader, sentence, [_sense(m) for m in triggers])
    matches = folded_stances(matches, {"PROTEST"})  # "protesters opposed to X marched"
    found: list[tuple[Token, Event]] = []
    for match, content in own_acts(matches, main_matches(matches)):
        found.append(_judged_event(match, content, sentence, story, found))
    nouns = {m.head.i for m in matches if m.nominal}
    kept = with_aimed(main_clause(found, nouns, KEEP), found, aimed_heads(matches))
    kept = with_told_subjects(found, kept, KEEP)  # "The family refused, and agents ..."
    coded = [e for e in staffed_or_told(found, kept) if keep_all or e.confidence >= KEEP]
    learned = criticism(sentence, reader, attribution, coded)  # criticism in other words
    if learned is not None:
        coded.append(learned.told(story.event(learned.match(), sentence)))
    return coded


def _judged_event(
    match: TriggerMatch,
    content: TriggerMatch | None,
    sentence: Span,
    story: _Story,
    found: list[tuple[Token, Event]],
) -> tuple[Token, Event]:
    """A trigger's event, its sides amended by the act it tells of (`content`) and by the
    sentence's events before it (`found`), its confidence judged; with the head of the match
    as last read."""
    reader = story.reader
    event = story.event(match, sentence)
    if agent_told(match.head):  # "was killed by a gunshot": no doer told elsewhere
        story.by_doers.add(event.trigger.start)
    if content is not None and event.type != "ACCUSE" and not rules_on_plea(match):
        # blame targets the doer, never the victims of the act blamed (nor a ruling)
        told = talk_recipients(reader, content, _roles(reader, content)[1])
        told = [] if asked_about(content.head, match.head) or talked_about(match) else told
        told = split_roles(event.actors, told)[1]
        event.recipients = content_over_place(reader, event.recipients, told)
    aimed_conventions(reader, event, match, content, story.memory.told)
    answered_offer(event, match, found)  # "ready to meet X, but ... no meeting"
    event.recipients = [] if backing_rally(match.head, event) else event.recipients
    match = obstructed(match, event)  # "the White House blocked him from testifying"
    match = foreign_ban(in_politics(match, event), event)  # politics' words; sanctions
    match = opposed_person(match, event)  # "opposed Trump": disapproval, no rejection
    match = speaker_blame(reader, match, event)  # "said X tried to hijack it"
    own_sides = (event.actors, event.recipients)  # a noun is judged by its own words,
    if story.memory.resolve(match.head, match.nominal, event):  # but "meet X ... the meeting"
        own_sides = (event.actors, event.recipients)
    event.confidence, event.confidence_features = story.traded.judge(
        match, *score(match, *own_sides)
    )
    return match.head, event


def _sense(match: TriggerMatch) -> TriggerMatch:
    """The match read in its sentence's sense (`events.sense`, `events.light`)."""
    read = match if walkout(match) else aimed_strike(attack_sense(armed_destruction(match)))
    read = traded_words(referred_dispute(expulsion_order(refused_apology(exit_sense(read)))))
    read = assent(armed_sense(warned_party(danger_warned(read))))  # "warned of X's menace": blame
    read = court_petition(formal_complaint(read))  # "petitioned the court": a plea
    read = in_protest(read)  # "resigned in protest": the protest it is done as
    return dismissal(weapon_test(lone_drills(through_carrier(read))))  # "fired his aide"


def _event(
    match: TriggerMatch,
    sentence: Span,
    reader: RoleReader,
    attribution: Attribution,
    article: Article,
    times: list[TimeExpression],
    places: list[Place],
) -> Event:
    head = match.head
    actors, recipients = _roles(reader, match)
    hosts = visit_hosts(reader, head, match.code.cameo, places, actors)  # "flew to X": X hosts
    recipients = recipients if hosts is None else hosts
    recipients = beside_content(reader, head, recipients)  # "a Norwegian plan for talks with X"
    if not actors and partnered_meeting(match):  # "voiced his views in meetings with X"
        actors = split_roles([p for t in occasion_doers(head) for p in reader.phrase(t)], [])[0]
    actors = placed_by_act(reader, head, places, actors)  # "protesters marched in Caracas"
    anti = anti_targets(reader, match)  # "an anti-Clinton ad": Clinton is its target, no doer
    anti_names = {p.name for p in anti}
    actors = [a for a in actors if a.name not in anti_names]
    if not recipients:  # "levelled criticism at Obama": the light verb aims the act
        said = [p for t in said_of(match) for p in reader.phrase(t)]  # "hit back, saying X"
        recipients = split_roles(actors, aimed_at(reader, match) + anti + said)[1]
    if not recipients:  # "told Norway that it would not allow ...": the listener
        listeners = told_listeners(reader, match, actors) + called_party(reader, match)
        recipients = split_roles(actors, listeners)[1]
    if not recipients and match.code.type == "AID":  # "planes carrying aid landed in Somalia"
        recipients = split_roles(actors, [p for t in carried_to(head) for p in reader.phrase(t)])[1]
    recipients = talk_recipients(reader, match, recipients)  # "discussed Iraq's crisis with X"
    recipients = accused_not_forum(reader, match, recipients)  # "with the UN against X": X
    if not recipients and match.nominal and match.code.type == "REQUEST":
        recipients = [p for t in asked_by_noun(head) for p in reader.phrase(t)]
    if not any(p.country for p in recipients):  # "a Brooklyn woman was killed"
        preps = frozenset(trigger_preps(match))  # "sided with the state of Ohio"
        placed = placed_targets(reader, head, places, match.code.type, actors, preps)
        placed = split_roles(actors, placed)[1]  # never a joint act's own side
        names = {p.name for p in placed}  # "the city of Goma": the geocoded Goma, not the bare one
        recipients = [p for p in recipients if p.name not in names] + placed
    if not actors and not recipients:  # "five students were killed in Lagos"
        recipients = placed_patients(reader, head, places)
    if match.code.type == "AID" and not match.nominal and not any(p.country for p in recipients):
        recipients += filed_receivers(article, places, actors, sentence)  # "LES CAYES, Haiti"
    recipients = protested_or_threatened(reader, match, actors, recipients)
    sentence_evidence = Evidence.of(article.text, sentence.start_char, sentence.end_char)
    place = event_place(sentence_evidence, article, places, match.span.start_char)
    recipients = placed_victims(reader, match.code.type, (actors, recipients), place, head)
    context = event_context(match.code, head)
    state_sector(reader, actors, match.code.type, context)
    match, reading = event_modality(match, sentence, reader, attribution, actors)
    quote = attribution.quote_of(head)
    text = article.text
    event = Event(
        id="",
        type=match.code.type,
        mode=match.code.mode,
        context=context,
        cameo=match.code.cameo,
        modality=reading.modality,
        modality_cue=_evidence(text, reading.cue),
        trigger=Evidence.of(text, match.span.start_char, match.span.end_char),
        actors=actors,
        recipients=recipients,
        time=event_time(sentence_evidence, article, times, match.span.start_char),
        place=place,
        quote_id=quote.id if quote else None,
        sentence=sentence_evidence,
    )
    return event


def _roles(reader: RoleReader, match: TriggerMatch) -> Sides:
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
        sides = joint_parties(reader, head, noun_roles(reader, head, match.code.type in HARM_TYPES))
        sides = reciprocal_sides(head, sides)  # "X and Y traded accusations over Z"
        sides = hyphenated_sides(reader, head, sides)  # "staged a sit-in outside parliament"
        sides = doer_noun_sides(reader, head, sides)  # "the protesters chanted"
        return withdrawal_sides(reader, head, match.code.cameo, sides)  # "its pullout from X"
    sides = amended_verb_sides(reader, match, verb_roles(reader, head, match.code.type))
    sides = mediated_sides(reader, head, sides)  # "offered to mediate": the story's pair
    sides = denied_accuser(reader, head, sides)  # "denied that its troops fired": the other side
    doer = for_to_doer(head)  # "paid for ten senators to tour the plant"
    return split_roles(reader.phrase(doer), sides[1]) if doer is not None else sides


def _evidence(text: str, cue: object) -> Evidence | None:
    if cue is None:
        return None
    if isinstance(cue, Evidence):
        return cue
    if isinstance(cue, Token):
        return Evidence.of(text, cue.idx, cue.idx + len(cue))
    if isinstance(cue, Span):
        return Evidence.of(text, cue.start_char, cue.end_char)
    return None


def assign_groups(events: list[Event]) -> None:
    """Mentions of one event share a group: same type and same actor and recipient countries."""
    groups: dict[tuple[str, frozenset[str], frozenset[str]], str] = {}
    for event in events:
        key = (
            event.type,
            frozenset(p.country for p in event.actors if p.country),
            frozenset(p.country for p in event.recipients if p.country),
        )
        event.group_id = groups.setdefault(key, f"G{len(groups) + 1}")
