"""Combat words that tell no violence: a fight in a sentence of no arms ("a battle of ideas"),
one name beating another in a race ("Sanders Beats Clinton In Oklahoma").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.lexicon import CONTEST, is_agent, mentions, word_forms, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ASSAULT
from eventwire.events.told_violence import unarmed
from eventwire.events.verb_arguments import patients
from eventwire.events.verbal_force import armed_hand
from eventwire.events.word_classes import OUTDO
from eventwire.parse.nlp import NAME_ENTITIES

BODILY = words("event_words.tsv", "bodily_verb")  # "assaulted a reporter": a blow, not words


def figurative(match: TriggerMatch, scope: Iterable[Token] = ()) -> bool:
    """A combat word in a sentence (or the given part of it) that tells no violence; not a
    verb of a blow dealt to someone ("allegedly assaulted a reporter"), which tells violence
    itself."""
    if match.code.type != ASSAULT or not unarmed(match.head, scope) or _blow(match):
        return False
    return not armed_hand(match.head)  # "attacked the car with stones"


def _blow(match: TriggerMatch) -> bool:
    """A bodily verb (`event_words.tsv` class "bodily_verb") aimed at a person or body of
    people: the noun may be words ("his assault on Bush"), the verb on people is not."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in BODILY:
        return False
    struck = [stand_in(c) for c in patients(head)]
    return any(t.pos_ == "PRON" or is_agent(t) for t in struck)


def race_won(head: Token) -> bool:
    """ "Sanders Beats Hillary Clinton In Oklahoma", "Poll: Sanders Burns Clinton": beating or
    burning one name by another, where the sentence or the next speaks of a race, is winning it."""
    if not word_forms(head) & OUTDO:
        return False
    doc = head.doc
    named = 0 < head.i < len(doc) - 1 and all(_named(doc[i]) for i in (head.i - 1, head.i + 1))
    following = doc[head.sent.end : head.sent.end + 1]
    nearby = [*head.sent, *(following[0].sent if following else [])]
    return named and mentions(head, CONTEST, nearby)


def fought_out(head: Token) -> bool:
    """ "Trump and Cruz fighting it out for first place", "will battle it out this spring": a
    combat verb with "it out" tells sides contending to the end; in a sentence of no violence
    that is a race between them, whatever its prize is called."""
    children = {(c.dep_, c.lower_) for c in head.children}
    return {("dobj", "it"), ("prt", "out")} <= children


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAME_ENTITIES
