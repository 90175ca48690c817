"""A cue does not report the clauses inside its own subject.

In "Fans who waved signs reading “Stop the dam” said they would return" the quote belongs to
the relative clause that tells who the fans are; "said" reports only its own complement. The
sentence holds the quote and the parse puts "said" above the clause, but a verb's subject is
what the verb is told of, never what it says: a quote or cue in a relative clause or modifier
of the subject ("the man who said X was arrested") is that clause's, not the main verb's.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.subjects import clause_subjects

MODIFIERS = NOUN_CLAUSE_DEPS  # "fans who waved …", "a petition calling for …"


def in_subject_clause(verb: Token, index: int) -> bool:
    """The character at `index` lies in a relative clause or modifier of the verb's subject,
    the one nearest the verb (a parse that gives it two took the sentence's start for one)."""
    subjects = clause_subjects(verb)
    nearest = min(subjects, key=lambda s: abs(s.i - verb.i), default=None)
    clauses = [t for t in nearest.subtree if t.dep_ in MODIFIERS] if nearest else []
    return any(_covers(clause, index) for clause in clauses)


def _covers(clause: Token, index: int) -> bool:
    last = clause.right_edge
    return clause.left_edge.idx <= index < last.idx + len(last)
