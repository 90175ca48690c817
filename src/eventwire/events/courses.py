"""Stances on a course of action: "Sanders supports raising the minimum wage", "he did not
support issuing quarantines", "the council's support for terminating the contracts".

A stance verb or noun (`cue_verbs.tsv`, `event_words.tsv`: support, back, oppose) whose
complement is a gerund clause takes a side on a policy, an opinion with no party it is aimed
at, in any tense: no act an analyst counts (the README: opinions are no events). A gerund
clause that names a party as its object ("supports arming the Kurds") backs that party, and a
stance aimed at a party ("backed Cruz") or its act ("opposed Obama's plan") is no course and
stays an event, as do the same words with no gerund ("will support the bill": `positions`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import REJECT, SUPPORT
from eventwire.model import Participant
from eventwire.parse.tags import GERUND_TAG, NAME_TAGS

STANCE_TYPES = {SUPPORT, REJECT}
STANCE_WORDS = words("cue_verbs.tsv", "stance") | words("event_words.tsv", "stance_verb")
COURSE_PREPS = {"for", "of", "to"}  # "support for raising", "in support of expanding"
NAMED_TAGS = NAME_TAGS  # "arming the Kurds": a named party as the course's object


def takes_a_course(match: TriggerMatch, recipients: list[Participant]) -> bool:
    """A stance word whose complement is a gerund clause naming no party, with no party
    addressed: a position on a policy."""
    head = match.head
    if recipients or match.code.type not in STANCE_TYPES:
        return False
    if head.lemma_.lower() not in STANCE_WORDS:
        return False
    return any(_a_course(c) for c in _complements(head, match.nominal))


def _complements(head: Token, nominal: bool) -> list[Token]:
    """A verb's gerund complement ("supports raising"), or what a noun's "for" or "of" takes
    ("support for raising")."""
    if not nominal:
        return [c for c in head.children if c.dep_ == "xcomp"]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in COURSE_PREPS]
    return [o for p in preps for o in p.children if o.dep_ == "pcomp"]


def _a_course(clause: Token) -> bool:
    """ "raising the minimum wage": a gerund whose objects name no party."""
    if clause.tag_ != GERUND_TAG:
        return False
    return not any(c.dep_ == "dobj" and c.tag_ in NAMED_TAGS for c in clause.children)
