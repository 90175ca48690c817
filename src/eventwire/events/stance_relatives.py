"""A stance participle right after its noun: "protesters opposed to the dam marched on the capital".

The small English model reads "opposed" here as the finite main verb and hangs the real one
("marched", "gathered", "demonstrated") under it or inside its "to" phrase, so the stance would
be coded as the act and the crowd's protest lost or left with no doer. A stance participle with
its noun right before it and "to" right after it describes that noun ("protesters who are
opposed to"), when a later verb with no subject of its own tells what the noun did: that verb's
subject is the noun, and the stance is no act of its own beside a protest (PLOVER codes the
protest).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.own_clauses import FINITE
from eventwire.events.patterns import TriggerMatch
from eventwire.lexicons import word_set
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import NOUN_POS

STANCES = word_set("stance_participle")  # opposed, committed, loyal ... to


def described_noun(stance: Token) -> Token | None:
    """The noun a stance participle describes ("protesters opposed to ..."), if it does."""
    doc = stance.doc
    if stance.lower_ not in STANCES or stance.i + 1 >= len(doc) or doc[stance.i + 1].lower_ != "to":
        return None
    subjects = [c for c in stance.children if c.dep_ == "nsubj"]
    subject = stance.head if stance.dep_ == "acl" else next(iter(subjects), None)
    if subject is None or subject.i != stance.i - 1 or subject.pos_ not in NOUN_POS:
        return None
    return subject if main_verb(stance) is not None else None


def main_verb(stance: Token) -> Token | None:
    """The verb after the stance's phrase with no subject of its own: the noun's act."""
    if stance.dep_ == "ccomp" and stance.head.i > stance.i:
        return stance.head  # "Residents opposed to the plan have written ..."
    later = (t for t in stance.subtree if t.i > stance.i + 1 and t.pos_ == "VERB")
    return next((t for t in later if t.tag_ in FINITE and not _has_subject(t)), None)


def _has_subject(verb: Token) -> bool:
    """A subject of its own, or a doer after "by" ("the plan announced by the mayor")."""
    return any(c.dep_ in SUBJECT_DEPS | {"agent"} for c in verb.children)


def stance_subjects(verb: Token) -> list[Token]:
    """The noun a misread stance describes, as the subject of the verb that is its act."""
    if _has_subject(verb):
        return []
    stances = [verb, *verb.ancestors] + [c for c in verb.children if c.dep_ == "ccomp"]
    for stance in stances:
        noun = described_noun(stance) if stance.i < verb.i else None
        if noun is not None and main_verb(stance) == verb:
            return [noun]
    return []


def folded_stances(matches: list[TriggerMatch], protests: set[str]) -> list[TriggerMatch]:
    """The matches without a describing stance whose noun's act is a protest (one of the
    `protests` types)."""
    acts = {m.head.i for m in matches if m.code.type in protests}
    return [m for m in matches if not _describes_protester(m.head, acts)]


def _describes_protester(head: Token, acts: set[int]) -> bool:
    verb = main_verb(head) if described_noun(head) is not None else None
    return verb is not None and verb.i in acts
