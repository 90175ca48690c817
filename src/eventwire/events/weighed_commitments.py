""" "The Paris agreement fulfills a goal", "those promises add up to $8 million", "the deal was
worth the risk": a pact or promise named as the subject of a judgement, or of a present or
modal verb that tells neither its making nor its course, is a topic the article weighs, not
an act it reports. A pact is named this way by its place or party ("the Iran deal"), so the
parties named do not make it told; a past verb ("his pledge came a day after the vote") or a
verb of the act itself ("the deal was signed") still tells it happening.
"""

from __future__ import annotations

from eventwire.events.lexicon import word_rows
from eventwire.events.patterns import TriggerMatch
from eventwire.events.word_classes import COURSE, MADE_KNOWN, PACTS, PROMISES
from eventwire.parse.deps import PREDICATE_DEPS
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import PRESENT_OR_MODAL_TAGS
from eventwire.parse.tenses import has_tense

COMMITMENTS = PROMISES | PACTS


def weighed_commitment(match: TriggerMatch) -> bool:
    """A pact or promise noun that is the subject of a judgement ("is a victory", "was worth
    the risk") or of a present or modal verb that is no act of its own ("represents",
    "add up to", "is not counted among")."""
    noun = match.head
    if not match.nominal or noun.lemma_.lower() not in COMMITMENTS:
        return False
    if noun.dep_ not in SUBJECT_DEPS:
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ in PREDICATE_DEPS for c in verb.children)
    if lemma in COURSE | MADE_KNOWN or word_rows(lemma):
        return False
    return has_tense(verb, PRESENT_OR_MODAL_TAGS)  # "fulfills", "will not play well"
