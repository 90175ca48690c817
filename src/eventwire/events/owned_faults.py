"""A fault owned in reported speech: "Rubio said he made a mistake", " 'I was wrong,' the
governor said". Saying of oneself that one erred admits it, a concession (CONCEDE) as
"admitted his mistake" is; the same words said of another party blame it (`judgement`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import YIELD
from eventwire.events.held_views import reported_by
from eventwire.events.lexicon import (
    FIRST_PERSON_SUBJECTS,
    THIRD_PERSON_SINGULAR,
    is_person,
    reports,
    words,
)
from eventwire.events.negation import NEGATIONS

OWNED_FAULTS = words("event_words.tsv", "owned_fault")  # mistake, error, wrong
FAULT_DEPS = {"dobj", "attr", "acomp"}  # "made a mistake", "was a mistake", "was wrong"


def owned_fault(verb: Token) -> str | None:
    """ADMITTED when a reporting verb tells its speaker saying he or she erred, else None."""
    if not reports(verb):
        return None
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return YIELD if any(_fault_of_speaker(c, speakers) for c in clauses) else None


def _fault_of_speaker(clause: Token, speakers: list[Token]) -> bool:
    """A clause, not negated, whose subject is the speaker and whose object or predicate is
    a fault ("he made a mistake"); "he did nothing wrong" or "made no mistake" denies one."""
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or not all(_speaker_self(s, speakers) for s in subjects):
        return False
    faults = [c for c in clause.children if c.dep_ in FAULT_DEPS]
    return any(_fault(f) for f in faults)


def _fault(word: Token) -> bool:
    """A fault word not denied by its determiner ("a mistake", not "no mistake")."""
    denied = any(c.dep_ == "det" and c.lower_ in NEGATIONS for c in word.children)
    return word.lemma_.lower() in OWNED_FAULTS and not denied


def _speaker_self(subject: Token, speakers: list[Token]) -> bool:
    """ "I" in what a speaker is quoted saying; "he" or "she" under a speaker who is the same
    pronoun ("he said he erred") or, outside quotation marks, a person named or titled."""
    lower = subject.lower_
    if lower in FIRST_PERSON_SUBJECTS:
        return True
    if lower not in THIRD_PERSON_SINGULAR:
        return False
    same = any(s.lower_ == lower for s in speakers)
    named = reported_by(subject) is not None and any(is_person(s) for s in speakers)
    return same or named
