"""PLOVER events with CAMEO codes, roles, modality and evidence, one record per coded mention.

Triggers come from eventwire's lexicon (`events.patterns`), read in their sentence's sense
(`events.sentence_senses`), which of them are events of their own from `events.scope`, each
one's record from `events.event_reading` (its sides from `events.event_sides`, modality from
the trigger's clause, attribution from quotes and reporting clauses); this module reads the
sentences in turn, judges each event against those before it, and fills the sides that only
the whole article tells.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.events.aimed import aimed_heads, own_acts, with_aimed
from eventwire.events.anaphora import EventMemory
from eventwire.events.answered_offers import answered_offer
from eventwire.events.attribution import Attribution
from eventwire.events.backing_rallies import backing_rally
from eventwire.events.confidence import KEEP, score
from eventwire.events.contacts import talk_recipients, talked_about, with_contacts
from eventwire.events.conventions import aimed_conventions
from eventwire.events.criticism import criticism
from eventwire.events.dealt_sides import without_dealings
from eventwire.events.directed_joint import direct_joint_acts
from eventwire.events.event_groups import assign_groups
from eventwire.events.event_reading import read_event
from eventwire.events.exchange import fill_joint_counterpart, fill_other_party
from eventwire.events.filed_pleas import fill_filed_pleas
from eventwire.events.foreign_bans import foreign_ban
from eventwire.events.headline_sides import fill_headline_sides
from eventwire.events.held_back import overcome_holding_back
from eventwire.events.implicit_sides import fill_implicit_doers, fill_implicit_targets
from eventwire.events.legal_acts import rules_on_plea
from eventwire.events.liking import no_liking_told
from eventwire.events.main_predication import main_clause
from eventwire.events.mutual_blame import fill_mutual_targets
from eventwire.events.obstruction import aimed_keeping, obstructed
from eventwire.events.occasions import invited_doers
from eventwire.events.opposed_people import opposed_person
from eventwire.events.own_bodies import without_own_bodies
from eventwire.events.own_subjects import with_told_subjects
from eventwire.events.participant_sets import split_roles
from eventwire.events.participants import RoleReader, dateline_span
from eventwire.events.passives import agent_told
from eventwire.events.patterns import TriggerMatch, find_triggers
from eventwire.events.placed_only import content_over_place
from eventwire.events.plea_deciders import fill_plea_deciders
from eventwire.events.plover_types import ACCUSE, PROTEST
from eventwire.events.policed_protests import policed_sides
from eventwire.events.political_combat import in_politics
from eventwire.events.repeated_posts import in_repeated_post, repeated_posts
from eventwire.events.replies import asked_about
from eventwire.events.retort_partners import fill_retort_partners
from eventwire.events.ruled_pleas import fill_ruled_pleas
from eventwire.events.same_victim import fill_told_doers
from eventwire.events.scope import main_matches
from eventwire.events.sentence_senses import in_sentence_sense
from eventwire.events.shared_objects import fill_shared_targets
from eventwire.events.sides_of_the_day import sides_of_the_day
from eventwire.events.slots import SentenceSlots
from eventwire.events.speaker_blame import speaker_blame
from eventwire.events.stance_relatives import folded_stances
from eventwire.events.state_acts import states_as_countries
from eventwire.events.their_sides import fill_their_sides
from eventwire.events.told import without_audiences
from eventwire.events.told_trade import TradeNouns
from eventwire.events.trigger_sides import trigger_sides
from eventwire.events.unstaffed import staffed_or_told
from eventwire.model import Actor, Article, Event, Mention, Place, Quote, TimeExpression
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
    story = _Story(reader, attribution, article, SentenceSlots(article, times, places), places)
    keep_all = os.environ.get(ALL_EVENTS_SETTING) == "1"
    events = _story_events(doc, story, keep_all)
    _fill_sides_told_elsewhere(doc, story, events, actors)
    states_as_countries(reader, events)
    direct_joint_acts(doc, events, mentions)  # "X and Y met": X toward Y
    events = without_dealings(doc, events, keep_all)  # "it filed a suit" once "it" is a firm
    assign_groups(events)
    sides_of_the_day(events, publication_day(article))  # Pristina 1998: YUG, not XKX
    return events


def _story_events(doc: Doc, story: _Story, keep_all: bool) -> list[Event]:
    """Each sentence's events in text order, numbered; a post the story quoted before showing
    it is read once, where it was quoted."""
    events: list[Event] = []
    repeated = repeated_posts(doc)
    for sentence in doc.sents:
        if in_repeated_post(sentence, repeated):
            continue
        for event in _sentence_events(sentence, story, keep_all):
            event.id = f"E{len(events) + 1}"
            events.append(event)
    return events


def _fill_sides_told_elsewhere(
    doc: Doc, story: _Story, events: list[Event], actors: list[Actor]
) -> None:
    """Fill the sides an event's own sentence leaves empty from what the article tells
    elsewhere: other sentences, the other party of an exchange, the headline."""
    reader = story.reader
    fill_told_doers(events, actors, story.by_doers)  # "he was abducted": by those told elsewhere
    fill_joint_counterpart(doc, events)  # "Sanders talked for an hour": with whom he met
    fill_other_party(doc, events)  # "Clinton pushed back": at whom the exchange was with
    fill_retort_partners(doc, reader, events)  # "Sanders shot back": at the quarrel's other side
    fill_shared_targets(doc, reader, events)  # "condemned and sanctioned Iran": at Iran
    fill_mutual_targets(doc, events)  # "X, Y exchange shots": each at the other
    fill_implicit_doers(doc, reader, events)  # "videos of Trump insulting Islam": by Trump
    fill_implicit_targets(doc, reader, events)  # "calls for an Apple boycott": at Apple
    fill_filed_pleas(doc, reader, events)  # "filed a motion in federal court": to the court
    fill_ruled_pleas(doc, reader, events)  # "applied for asylum ... the INS rejected": to the INS
    fill_plea_deciders(doc, reader, events)  # "asked for permission ... the board will decide"
    fill_their_sides(doc, reader, events)  # "went to X's home to work out their differences"
    fill_headline_sides(doc, events, actors)  # "Trump Denies ...": at whom the lede says


@dataclass
class _Story:
    """What each sentence's events are read against: the article's readers, and what the
    sentences before told (the events remembered, the words used in their commerce sense, the
    acts whose own "by" phrase tells their doer, by trigger offset)."""

    reader: RoleReader
    attribution: Attribution
    article: Article
    slots: SentenceSlots  # each sentence's times and places, sorted out once
    places: list[Place]
    memory: EventMemory = field(default_factory=EventMemory)
    traded: TradeNouns = field(default_factory=TradeNouns)  # "the offer" after a tender offer
    by_doers: set[int] = field(default_factory=set)

    def event(self, match: TriggerMatch, sentence: Span) -> Event:
        """The match's event, read against this story's readers (`event_reading`)."""
        return read_event(
            match, sentence, self.reader, self.attribution, self.article, self.slots, self.places
        )


def _sentence_events(sentence: Span, story: _Story, keep_all: bool) -> list[Event]:
    """The sentence's coded events: its triggers read in their sense and judged, those `scope`
    keeps as acts of their own that an analyst would count (all when `keep_all`), and
    criticism told in other words."""
    reader, attribution = story.reader, story.attribution
    triggers = [
        m
        for m in find_triggers(sentence)
        if not overcome_holding_back(m.head) and not no_liking_told(m) and not aimed_keeping(m)
    ]
    matches = with_contacts(reader, sentence, [in_sentence_sense(m) for m in triggers])
    matches = folded_stances(matches, {PROTEST})  # "protesters opposed to X marched"
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
    policed_sides(reader, match, event)  # "students were arrested during protests"
    invited_doers(reader, match, event)  # "invited Trump to meet with the leadership": Trump
    if agent_told(match.head):  # "was killed by a gunshot": no doer told elsewhere
        story.by_doers.add(event.trigger.start)
    if content is not None and event.type != ACCUSE and not rules_on_plea(match):
        # blame targets the doer, never the victims of the act blamed (nor a ruling)
        told = talk_recipients(reader, content, trigger_sides(reader, content)[1])
        told = [] if asked_about(content.head, match.head) or talked_about(match) else told
        told = split_roles(event.actors, told)[1]
        event.recipients = content_over_place(reader, event.recipients, told)
        event.recipients = without_audiences(match, event.recipients)  # "vows, to crowds"
    aimed_conventions(reader, event, match, content, story.memory.told)
    answered_offer(event, match, found)  # "ready to meet X, but ... no meeting"
    event.recipients = [] if backing_rally(match.head, event) else event.recipients
    match = obstructed(match, event)  # "the White House blocked him from testifying"
    match = foreign_ban(in_politics(reader, match, event), event)  # politics' words; sanctions
    match = opposed_person(match, event)  # "opposed Trump": disapproval, no rejection
    match = speaker_blame(reader, match, event)  # "said X tried to hijack it"
    # "suspended his campaign": one's own body is no party the act is aimed at
    event.recipients = without_own_bodies(reader, match, event.actors, event.recipients)
    own_sides = (event.actors, event.recipients)  # a noun is judged by its own words,
    if story.memory.resolve(match.head, match.nominal, event):  # but "meet X ... the meeting"
        own_sides = (event.actors, event.recipients)
    event.confidence, event.confidence_features = story.traded.judge(
        match, *score(match, *own_sides)
    )
    return match.head, event
