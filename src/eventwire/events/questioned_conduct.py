"""Conduct called into question: "questioned why the governor vetoed the bill", "is questioning
whether Obama would have gone", "questioning how his rivals have run".

A verb that is an event only when done to people ("question", `missing_parties`) is done to
someone when its object is a question clause about what someone did: the doubt is aimed at
the clause's subject (a person, a body or someone's thing: "whether Cruz's birth makes him
ineligible"); "questioned whether the plan would work" doubts a thing and stays no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import INANIMATE_PRONOUNS, is_agent
from eventwire.events.prep_marks import QUESTION_MARKS
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import DETERMINER_TAG

QUESTION_ADVERBS = {"how", "why"}  # "questioned how she chose", "why he had not spoken"


def questioned_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb's question clauses ("whether X did", "why X did"), and the
    named owners of a subject thing ("whether Cruz's birth ..."): whom the doubt is aimed at."""
    found = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _asks(c)):
        subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
        owners = [o for s in subjects for o in s.children if o.dep_ == "poss" and _named(o)]
        found += [
            s for s in subjects if s.tag_ != DETERMINER_TAG
        ] + owners  # not "whether this was"
    return [t for t in found if is_agent(t) and t.lower_ not in INANIMATE_PRONOUNS]


def _named(owner: Token) -> bool:
    """An owner that names someone ("Cruz's birth"); a pronoun owner is most often the doubter
    ("questioning whether their comments could be taken down": a worry, no blame)."""
    return owner.pos_ != "PRON"


def _asks(clause: Token) -> bool:
    """A question clause: "whether"/"if" as its mark, or "how"/"why" opening it."""
    marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
    return bool(marks & (QUESTION_MARKS | QUESTION_ADVERBS))
