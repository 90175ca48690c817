"""Definite event nouns that refer back: "the blast", "the attacks" name an act told before.

News tells an act once with its participants ("bombings at U.S. embassies in Kenya") and then
refers to it by a definite noun ("The blast in Nairobi occurred at 10:35", "the attacks were
plotted by ..."). Such a mention is the same act, so a side it leaves unsaid is that of the
latest earlier mention of the same type that says it, and the latest told by the same word
where there is one: repeating the noun marks the same act ("During his attack, Mateen ... The
attack sparked a debate", where "air strikes against Islamic State" told in between are
another); event coders code every mention of an event with its dyad. An indefinite noun ("an
attack") or a verb tells a new act.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.codes import group_lexicon
from eventwire.events.named_towns import naming_town
from eventwire.events.participant_sets import split_roles
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import AGREE, CONSULT
from eventwire.events.sentences import sentence_start_back
from eventwire.events.verb_arguments import objects
from eventwire.lexicons import word_set
from eventwire.model import Event, Participant
from eventwire.parse.nlp import AREA_ENTITIES

DEFINITE = word_set("definite_determiner")
# Prepositions that give a noun participants of its own ("the warning by the attorney's office",
# "the appeal of radical change"); a place or time ("the blast in Nairobi") does not.
OWN_ARGUMENTS = {"of", "by", "against", "on", "with", "to", "toward", "towards", "for", "between"}
# A meeting or a deal is one bounded occasion that later sentences narrate ("the meeting lasted
# an hour", "the deal came together quickly"); an inquiry or a request named again is mostly
# the background of another act ("an official familiar with the investigation").
OCCASION_TYPES = {CONSULT, AGREE}
SCENE_PREPS = word_set("site_preposition")  # "the attacks in Brussels", "the fighting near Aleppo"
OWN_ACT_SENTENCES = 3  # how far back "his criticism" looks for the criticism its owner told


def refers_back(head: Token) -> bool:
    """A definite event noun with no possessor or participant phrase of its own ("the blast",
    "these attacks"); not the people taking part ("the protesters"), actors of their own."""
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    possessed = any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in OWN_ARGUMENTS) for c in head.children
    )
    taking_part = (head.lower_,) in group_lexicon()
    definite = bool(determiners & DEFINITE)
    noun = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())  # "the march"
    return noun and definite and not possessed and not taking_part  # read as the month


def _names_its_place(head: Token) -> bool:
    """ "the Orlando attack", "the attacks in Brussels", "the Paris agreement": a noun that says
    where its act happened names that act, not the one of its type told last (often elsewhere:
    "cities struck ... the Orlando attack")."""
    towns = any(naming_town(c) for c in head.children)
    return towns or any(p.ent_type_ in AREA_ENTITIES for p in pobjs(head, SCENE_PREPS))


def _same_scene(head: Token, event: Event, antecedent: Event | None) -> bool:
    """A noun naming its own place refers back only to an act told in that place's country
    ("bombings at embassies in Kenya ... the blast in Nairobi")."""
    if antecedent is None or not _names_its_place(head):
        return True
    here, there = event.place, antecedent.place
    if here is None or there is None or here.defaulted:
        return False
    return here.country is not None and here.country == there.country


def owned_back(head: Token) -> bool:
    """ "Abbott criticized Obama ... Abbott isn't alone with his criticism": an event noun
    with a possessor but no participant phrase of its own names the act its owner told
    before, and so whom it was aimed at."""
    owned = any(c.dep_ == "poss" for c in head.children)
    told = any(c.dep_ == "prep" and c.lower_ in OWN_ARGUMENTS for c in head.children)
    return owned and not told and head.pos_ == "NOUN"


def _own_earlier(told: list[Event], head: Token, event: Event) -> Event | None:
    """The latest act of the same type by one of the event's doers, told close before it
    (within `OWN_ACT_SENTENCES`), that names whom it was aimed at."""
    near = sentence_start_back(head, OWN_ACT_SENTENCES)
    fitting = [
        earlier
        for earlier in told
        if earlier.type == event.type
        and named_recipients(earlier)
        and earlier.trigger.start >= near
        and _same_doer(event, earlier)
    ]
    return fitting[-1] if fitting else None


def named_recipients(event: Event) -> list[Participant]:
    """Copies of the event's recipients that are actors, not a place the convention guessed."""
    return [p.model_copy() for p in event.recipients if p.actor_id]


def _guessed(event: Event) -> bool:
    """Recipients told by no words of their own: the convention's guess of the doers' own
    people or government (`premises.own_people`, a protest's own government), whose evidence is
    the doer's mention. The act told before says whom it was aimed at."""
    doers = {(p.mention.start, p.mention.end) for p in event.actors}
    return all(
        p.actor_id is None and (p.mention.start, p.mention.end) in doers for p in event.recipients
    )


class EventMemory:
    """The article's events told so far with a source or target, latest last."""

    def __init__(self) -> None:
        self.told: list[Event] = []

    def resolve(self, head: Token, nominal: bool, event: Event) -> bool:
        """Fill the unsaid sides of a definite event noun from its antecedent, and the unsaid
        target of an owned one from its owner's earlier act (`owned_back`), then remember
        the event when it names anyone. True when a meeting or a deal's antecedent is a close
        repetition: the same occasion told again, as sure as its first telling."""
        antecedent = None
        if nominal and refers_back(head):
            antecedent = _own_antecedent(self.told, head, event) or latest_told(
                self.told, head, lambda earlier: earlier.type == event.type
            )
            antecedent = antecedent if _same_scene(head, event, antecedent) else None
        if antecedent is None and nominal and not event.recipients and owned_back(head):
            earlier = _own_earlier(self.told, head, event)
            event.recipients = named_recipients(earlier) if earlier is not None else []
        if antecedent is not None:
            if not event.actors:
                event.actors = [p.model_copy() for p in antecedent.actors]
            if not event.recipients or (_guessed(event) and antecedent.recipients):
                event.recipients = [p.model_copy() for p in antecedent.recipients]
            event.actors, event.recipients = split_roles(event.actors, event.recipients)
        if event.actors or event.recipients:
            self.told.append(event)
        occasion = event.type in OCCASION_TYPES
        return occasion and antecedent is not None and close_repetition(antecedent, head)


def _own_antecedent(told: list[Event], head: Token, event: Event) -> Event | None:
    """ "the same attack he made last week": a noun whose own doer is told refers back to
    that doer's latest act of its type, not to a later one by someone else."""
    if not event.actors:
        return None
    return latest_told(
        told, head, lambda earlier: earlier.type == event.type and _same_doer(event, earlier)
    )


def _same_doer(event: Event, earlier: Event) -> bool:
    """Whether one of the event's doers did the earlier act, read by name: a resolved actor's
    part carries its actor's name, and a doer no actor stands for (a country's word) has only
    its name."""
    return bool({p.name for p in event.actors} & {p.name for p in earlier.actors})


def close_repetition(antecedent: Event, head: Token) -> bool:
    """ "Ryan will meet Trump on Thursday. ... the meeting": the noun repeats the word (or
    the verb it derives from) that told the act, at most two sentences after it."""
    word = told_by(antecedent, head.doc)
    near = antecedent.trigger.start >= sentence_start_back(head, 2)
    return near and derives_from(head.lemma_.lower(), word)


def derives_from(noun: str, word: str) -> bool:
    """Whether the noun is the word or derives from it ("meeting" from "meet", "agreement"
    from "agree", "discussion" from "discuss"; not "signal" from "sign")."""
    stem = word.removesuffix("e") if len(word) > 4 else word
    ending = noun.removeprefix(stem) if noun.startswith(stem) else None
    return bool(word) and (noun == word or ending in word_set("act_noun_ending"))


def latest_told(told: list[Event], head: Token, fits: Callable[[Event], bool]) -> Event | None:
    """The latest earlier event that fits and was told by the head's own word ("the attack"
    after "his attack"), else the latest that fits."""
    fitting = [earlier for earlier in told if fits(earlier)]
    word = head.lemma_.lower()
    repeated = [earlier for earlier in fitting if told_by(earlier, head.doc) == word]
    return (repeated or fitting or [None])[-1]


def trigger_root(event: Event, doc: Doc) -> Token | None:
    """The head word of the event's trigger in the parse."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def done_roots(doc: Doc, events: list[Event], types: set[str]) -> list[tuple[Event, Token]]:
    """The events of those types that have doers, each with its trigger's head word."""
    found = []
    for event in events:
        root = trigger_root(event, doc) if event.type in types and event.actors else None
        if root is not None:
            found.append((event, root))
    return found


def told_by(event: Event, doc: Doc) -> str:
    """The lemma of the word that tells an event."""
    root = trigger_root(event, doc)
    return root.lemma_.lower() if root is not None else ""


def told_objects(event: Event, doc: Doc) -> set[str]:
    """The lemmas of the direct objects of the word that tells an event ("ordered the
    closure of two stations": the closure is the act ordered)."""
    root = trigger_root(event, doc)
    return {c.lemma_.lower() for c in objects(root)} if root is not None else set()
