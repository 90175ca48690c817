"""Keeping someone from an act: force, or obstruction when no force does it.

"Riot police blocked the marchers from reaching parliament" restricts them by force (COERCE,
as barring does); "the White House blocked the aide from testifying" is a political body
standing in the way of an act, which event coders code as a refusal (REJECT), as they code
"blocked the bill". The doer's sector tells which: armed forces coerce, others obstruct.
Barring and banning stay formal measures ("barred North Korean officials from entering").
Keeping told as an aim ("efforts to prevent X from", "in order to stop X from") is no one's act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import REJECTION, RESTRICTION
from eventwire.events.lexicon import FORCE_SECTORS, words
from eventwire.events.noun_agents import CONTROLLING
from eventwire.events.patterns import TriggerMatch
from eventwire.events.planned_modality import PLANNING
from eventwire.lexicons import word_set
from eventwire.model import Event
from eventwire.parse.coordination import first_conjunct

# effort, attempt, chance, campaign: an aim (a bid is planned); way, alternative: a means
AIMS = (CONTROLLING - PLANNING) | word_set("means_noun")
GAUGES = word_set("sufficiency_gauge")  # enough, too: "tough enough to prevent"
KEEPING = words("event_words.tsv", "keeping_from")  # "blocked them from voting"


def obstructed(match: TriggerMatch, event: Event) -> TriggerMatch:
    """The match recoded as a refusal, and the event with it, when a restriction told by "from"
    ("kept X from V-ing") has doers and none of them is an armed force."""
    kept_from = any(c.lower_ == "from" for c in match.head.children)
    kept_from = kept_from and match.head.lemma_.lower() in KEEPING
    if match.code.cameo != RESTRICTION or not kept_from or not event.actors:
        return match
    if any(p.sector in FORCE_SECTORS for p in event.actors):
        return match
    return match.recode_event(event, REJECTION)


def aimed_keeping(match: TriggerMatch) -> bool:
    """Whether a keeping from an act ("prevent X from V-ing") is told only as an aim or a
    possibility that a noun or an adjective holds ("efforts to prevent", "in order to stop",
    "tough enough to keep"): no one's done act. Any other noun or adjective over it tells the
    act itself, done or planned ("his decision to block the aide from testifying", "Obama's
    order to bar Russian diplomats from", "was quick to block", "his proposal to bar X from")."""
    verb = match.head
    if match.code.cameo != RESTRICTION or not any(c.lower_ == "from" for c in verb.children):
        return False
    verb = first_conjunct(verb)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    holder = verb.head
    if holder.pos_ == "NOUN":
        return holder.lemma_.lower() in AIMS or _in_order(holder)
    return holder.pos_ == "ADJ" and any(c.lower_ in GAUGES for c in holder.children)


def _in_order(noun: Token) -> bool:
    """ "in order to stop X from": the purpose phrase, not an order given."""
    return noun.lower_ == "order" and noun.dep_ == "pobj" and noun.head.lower_ == "in"
