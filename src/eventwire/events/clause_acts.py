"""Speech acts told in a clause under the main one that are acts of their own.

Whole-article coding codes every mention: "tweets denouncing Rubio's bill", "a plan endorsed by
thousands in the arena" and "while the crowd booed" each tell someone's accusation or backing,
not the circumstance of the main clause's act. A participle telling what a message says, a
passive participle with its doer, or an adverbial clause with its own subject keeps its speech
act beside the main one; a participle that only describes a party ("a super PAC attacking
Clinton said"), other acts there (a killing in "after the blast killed ..."), infinitives and
would-be acts stay background (`scope.main_clause`); a choice not to act is a refusal of its own
(`events.chosen_refusals`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.chosen_refusals import chosen_refusal
from eventwire.events.lexicon import SAID_TYPES, words
from eventwire.events.plover_types import CONSULT
from eventwire.events.told_acts import teller
from eventwire.model import Event, Modality
from eventwire.parse.tags import GERUND_TAG, PARTICIPLE_TAG

UNTOLD = {Modality.PLANNED, Modality.HYPOTHETICAL}
MESSAGES = words("event_words.tsv", "publication") | words("event_words.tsv", "carrier")


def clause_act(head: Token, event: Event) -> bool:
    """Whether the trigger `head` tells a speech act of its own in a participle clause on a
    message ("tweets denouncing the bill"), a passive participle with its doer ("a sentiment
    endorsed by the crowd") or an adverbial clause with its own subject ("while the audience
    booed")."""
    if chosen_refusal(head, event):  # "HP's decision not to fund the convention"
        return True
    if teller(head) is not None:  # "allegations that hackers broke in": a claim (`told_acts`)
        return True
    if event.modality in UNTOLD:
        return False
    if event.type == CONSULT:  # "as Clinton discussed the crisis with Blair": talks, both sides
        return _adverbial(head) and bool(event.actors and event.recipients)
    if event.type not in SAID_TYPES:
        return False
    if head.dep_ == "acl" and head.tag_ == GERUND_TAG:
        return head.head.lemma_.lower() in MESSAGES and bool(event.recipients)
    if head.dep_ == "acl" and head.tag_ == PARTICIPLE_TAG:
        return any(c.dep_ == "agent" for c in head.children) and bool(event.actors)
    return _adverbial(head) and bool(event.actors)


def _adverbial(head: Token) -> bool:
    """An adverbial clause with its own subject ("while the audience booed")."""
    return head.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in head.children)
