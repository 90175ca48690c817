"""Destruction of military things by armed forces is an armed attack, not property damage.

"troops destroyed an air defence system", "fighters destroyed a tank", "the radar was destroyed
by rebels": an armed force that destroys weapons, vehicles or positions of war fights (PLOVER
ASSAULT), and so does whoever sets out to destroy an armed force ("a coalition to destroy ISIS");
police that destroy homes, or anyone who burns a market, destroy property (COERCE,
CAMEO 1712, the trigger table's reading). A destruction that names no party at all, in a
sentence of no war, is a figure of speech or a disaster (`confidence` lowers it).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import MILITARY_FORCE, PROPERTY_DESTRUCTION
from eventwire.events.lexicon import ARMED_FORCES, VIOLENCE, mentions, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.verb_arguments import patients
from eventwire.events.word_classes import MILITARY_TARGETS
from eventwire.model import Participant
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.forms import in_words

ARMED = ARMED_FORCES  # troops, rebels, militias: who destroys in war
WAR_THINGS = ARMED | MILITARY_TARGETS | words("event_words.tsv", "materiel")
WAR_TOLD = VIOLENCE | ARMED | words("event_words.tsv", "conflict")  # a sentence of war


def armed_destruction(match: TriggerMatch) -> TriggerMatch:
    """The destruction recoded as fighting when an armed doer destroys a thing of war."""
    head = match.head
    if match.code.cameo != PROPERTY_DESTRUCTION or match.nominal:
        return match
    doers = [c for c in head.children if c.dep_ == "nsubj"] + _agents(head)
    things = patients(head)
    war_things = any(map(_armed, doers)) and any(_of_war(t) for t in things)
    if not (war_things or any(map(_armed, things))):
        return match
    return match.recoded(MILITARY_FORCE)


def unowned_destruction(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "it will destroy a set of principles", "the myths have been demolished", "the banana
    crop has been destroyed": destroying property coerces whoever it is done to or by, so a
    destruction that names neither, in a sentence with no violence or armed force, is a figure
    of speech or a disaster, not a party's act; "homes were destroyed in the fighting" is one."""
    unowned = match.code.cameo == PROPERTY_DESTRUCTION and not actors and not recipients
    return unowned and not mentions(match.head, WAR_TOLD)


def _agents(head: Token) -> list[Token]:
    """The "by" agent of a passive ("was destroyed by rebels")."""
    return [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _armed(token: Token) -> bool:
    return in_words(token, ARMED)


def _of_war(thing: Token) -> bool:
    """A weapon, vehicle or position of war, by its head or a word before it ("artillery
    battery", "air defence system")."""
    words_ = [thing, *(c for c in thing.children if c.dep_ in PREMODIFIER_DEPS)]
    return any(in_words(w, WAR_THINGS) for w in words_)
