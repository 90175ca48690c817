"""Praise told as what someone deserves: "Cameron said Trump deserves respect".

"X deserves credit (praise, thanks, respect)" is a judgement that the speaker passes: the one
who says it praises, and the subject of "deserve" is praised. Read like any other verb, the
subject would be the doer. With no speaker (the writer's own opinion) no one praises, and a
speaker who says they deserve it praises themselves, which is no act either.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS, THIRD_PERSON_SINGULAR, reports
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import SUPPORT
from eventwire.events.verb_subjects import verb_subjects
from eventwire.model import Participant
from eventwire.parse.deps import REPORTED_CLAUSE_DEPS
from eventwire.parse.nlp import in_quotation
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS

DESERVING = {"deserve"}  # "deserves credit", "deserves our thanks"


def praised_in_saying(head: Token, type_: str) -> bool:
    """ "said Trump deserves respect": the praise is given in the saying, not claimed."""
    return type_ == SUPPORT and head.lemma_.lower() in DESERVING and head.pos_ == "VERB"


def unsaid_praise(match: TriggerMatch) -> bool:
    """ "He deserves credit for that" in the article's own words (no one is said to praise),
    or the speaker's own due ("I deserve credit", "Marsh said he deserves credit"): no act."""
    head = match.head
    if not praised_in_saying(head, match.code.type):
        return False
    said = _reported(head)
    subjects = {c.lower_ for c in head.children if c.dep_ in NOUN_SUBJECT_DEPS}
    if subjects & FIRST_PERSON_SUBJECTS or (said is not None and subjects & THIRD_PERSON_SINGULAR):
        return True
    return said is None and not in_quotation(head)


def deserved_sides(reader: RoleReader, head: Token, type_: str) -> Sides | None:
    """The speaker and the one said to deserve praise, for a praise verb of deserving; None
    for any other trigger."""
    if not praised_in_saying(head, type_):
        return None
    praised = [p for s in head.children if s.dep_ in NOUN_SUBJECT_DEPS for p in reader.phrase(s)]
    return split_roles(_speakers(reader, head), praised)


def _speakers(reader: RoleReader, head: Token) -> list[Participant]:
    """Who says it: the subject of the reporting verb over the clause ("Merkel said Macron
    deserves credit"), else the speaker of the quote it is in."""
    said = _reported(head)
    if said is not None:
        return [p for s in verb_subjects(said) for p in reader.phrase(s)]
    speaker = reader.speaker(head)
    return [speaker] if speaker is not None else []


def _reported(head: Token) -> Token | None:
    """The reporting verb whose clause the verb is ("said Macron deserves credit"), if any."""
    said = head.head if head.dep_ in REPORTED_CLAUSE_DEPS else None
    return said if said is not None and reports(said) else None
