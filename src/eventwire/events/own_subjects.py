"""Acts whose own clause names who did them: "The family refused, and federal agents took the
child by force", "74 were killed in Nairobi and more than 1,640 were wounded".

A main-clause verb with a subject of its own tells an act of its own even when that subject is
no actor eventwire knows ("the family"): it restates nothing beside an act with participants
(`scope.without_restatements`) and is no background to it (`scope.main_clause`); its unknown doer
leaves the side empty (the gold README's rule) rather than dropping the event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.events.scope import SUBORDINATE
from eventwire.model import Event
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import (
    FINITE_TAGS,
    MODAL_TAG,
    NOUN_POS,
    PARTICIPLE_TAG,
    PAST_TENSE_TAG,
    VERB_POS,
)
from eventwire.parse.tenses import auxiliaries

SUBJECT_POS = {"NOUN", "PROPN", "NUM"}  # a named or described doer, not "it" or "who"
PAST_TAG = PAST_TENSE_TAG


def subject_told(head: Token) -> bool:
    """A verb told done ("refused", "were wounded", "alleges"), in no modifying clause and
    under no noun, with a subject of its own that names someone."""
    if head.pos_ not in VERB_POS or not _finite(head):
        return False
    clauses = [head, *head.ancestors]
    if any(t.dep_ in SUBORDINATE or t.pos_ in NOUN_POS for t in clauses):  # under a noun: content
        return False
    return any(_doer_or_people(c) for c in head.children if c.dep_ in SUBJECT_DEPS)


def _doer_or_people(subject: Token) -> bool:
    """Someone who can act or be acted on ("the family", "co-defendants", "more than 1,640"),
    not a thing ("the plan was approved") nor a pronoun left to coreference."""
    return subject.pos_ in SUBJECT_POS and (subject.pos_ == "NUM" or is_agent(subject))


def _finite(verb: Token) -> bool:
    """A tensed verb, or a participle with a past or perfect auxiliary ("were wounded", "have
    refused"); not "to attack", "shooting", a bare participle ("a law, signed this spring"), a
    modal's act ("won't be permitted") nor a present passive rule ("are not allowed by law")."""
    auxes = auxiliaries(verb)
    if verb.tag_ in FINITE_TAGS:  # "refused", "alleges"
        return not auxes
    past = [a for a in auxes if a.tag_ == PAST_TAG or a.lemma_.lower() == "have"]
    modal = any(a.tag_ == MODAL_TAG for a in auxes)
    return verb.tag_ == PARTICIPLE_TAG and bool(past) and not modal


def with_told_subjects(
    found: list[tuple[Token, Event]], kept: list[Event], keep: float
) -> list[Event]:
    """`kept` (a sentence's events, in order) with the main-clause acts whose subject is told,
    when an analyst counts them (confidence at least `keep`) and no kept act of the same type
    tells them already ("Gunmen ambushed a bus, and six passengers were killed": one attack)."""
    kept_types = {e.type for e in kept}
    told = {
        id(e)
        for head, e in found
        if e.confidence >= keep and e.type not in kept_types and subject_told(head)
    }
    kept_ids = {id(e) for e in kept}
    return [e for _, e in found if id(e) in kept_ids or id(e) in told]
