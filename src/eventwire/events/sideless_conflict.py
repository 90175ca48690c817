"""A violent or protest noun told with no party: one attack the story dates, or a thing
talked about.

The gold codes an attack noun dated in the story's days with empty sides ("after Sunday's
massacre in Orlando"), while the same noun as the subject of a present-tense remark ("the Orlando
attack now ranks as the deadliest") is talked about, not reported; confidence reads both.
"""

from __future__ import annotations

from eventwire.events.lexicon import CONFLICTUAL, triggers
from eventwire.events.particular_acts import dated_in_the_news
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ASSAULT
from eventwire.events.scene_nouns import in_passing
from eventwire.events.word_classes import COURSE
from eventwire.model import Participant
from eventwire.parse.tags import PRESENT_OR_MODAL_TAGS, PRESENT_TAGS
from eventwire.parse.tenses import has_tense

ACTIVE_AUXILIARY_DEPS = {"aux"}  # "would not change", "does": not a passive's "is"


def dated_attack(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "soon after Sunday's massacre in Orlando", "after the attacks Nov. 13 in Paris": an
    attack noun dated in the story's days is one attack that took place, and the gold codes it
    with empty sides, also where it sets the time of another act. An undated one ("before the
    Paris attacks", "terrorist attacks") may be a kind of act or a topic, a year-dated one a
    piece of history, and one named to describe a thing ("the site of the Dec. 2 attack") is
    referred to: they stay as they are."""
    head = match.head
    sideless = not actors and not recipients
    attack = match.nominal and sideless and match.code.type == ASSAULT
    return attack and dated_in_the_news(head) and not in_passing(head)


def talked_about(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "The Orlando attack now ranks as the deadliest ...", "the protest effort enjoys some
    support": a violent or protest noun with no party, the subject of a present-tense verb (or,
    for an attack, a modal one: "the attack would not change our policy") that is neither an
    event nor its course ("the fighting continues"), is talked about, not reported; a measure
    that "would remain" in force is still imposed
    (the gold codes an attack where it is told happening: "the blast killed"). The past is left
    alone: "the bombing came a day after ..." tells it happening."""
    head = match.head
    if match.code.type not in CONFLICTUAL or actors or recipients or head.dep_ != "nsubj":
        return False
    verb = head.head
    tenses = PRESENT_OR_MODAL_TAGS if match.code.type == ASSAULT else PRESENT_TAGS
    present = has_tense(verb, tenses, ACTIVE_AUXILIARY_DEPS)
    return present and verb.lemma_.lower() not in COURSE | triggers().keys()
