"""A clause's subjects, as the parse labels them.

"Police arrested him", "he was arrested": who does or undergoes the verb hangs on it as
`nsubj` or `nsubjpass`. Readers in every feature ask this, so the labels are defined once here
and each reader says plainly which subjects it means; a reader that also takes a clausal
subject ("leaving was hard") names that variant.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
CLAUSAL_SUBJECT_DEPS: frozenset[str] = SUBJECT_DEPS | {"csubj"}  # "leaving was hard" too
SUBJECT_OR_EXPLETIVE_DEPS: frozenset[str] = SUBJECT_DEPS | {"expl"}  # "there were clashes" too
# The doers of an active verb, a noun or a clause; never a passive's subject, who undergoes it.
ACTIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "csubj"})
NOUN_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj"})  # an active verb's noun subject only


def clause_subjects(head: Token) -> list[Token]:
    """The nominal subjects hung on a verb (or a copula's head), in sentence order: the
    doer of an active verb, the one acted on of a passive."""
    return [c for c in head.children if c.dep_ in SUBJECT_DEPS]


def has_subject(head: Token) -> bool:
    """Whether the verb has a subject of its own, rather than borrowing one from the clause
    it hangs on ("agreed to talk": "talk" has none)."""
    return any(c.dep_ in SUBJECT_DEPS for c in head.children)
