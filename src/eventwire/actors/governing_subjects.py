"""A "he" or "she" that is the subject of a clause inside another clause is, first of all, the
person who is the subject of the nearest clause above it: "Trump, who has threatened not to
come unless he is paid" is Trump, "Christie added that he would approve it" is Christie,
"Brockovich endorsed the plan, saying she had not called for it" is Brockovich.

This is the first step of Hobbs's search (the noun phrases of the clauses that dominate the
pronoun, nearest first) and the usual reading of reported speech and control. Salience alone
gave such a pronoun to the last subject of the paragraph when that person was also named in
the sentence ("CNN's Zucker isn't bowing to Trump, who threatened to skip it unless he is
paid"). Only a person named by name (or a pronoun already linked) is taken; a description
("the spokesman said he") or a group above the pronoun leaves the choice to salience.

The parse side (`governing_subject`) marks the pronoun with that subject's position when
candidates are collected; the linking side (`governing_antecedent`) finds the person named
there once names are linked (`pronoun_links`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.candidates import Candidate
from eventwire.model import Actor, MentionKind
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import VERB_POS, WH_PRONOUN_TAG, WH_TAGS

CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl"})  # a clause inside another
RELATIVE_TAG = WH_PRONOUN_TAG  # "who" as a relative clause's subject; not "which is why he"
NAMED_KINDS = frozenset({MentionKind.NAME, MentionKind.SURNAME, MentionKind.PRONOUN})


def governing_subject(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above the subject pronoun's own clause that has one
    (a relative clause's "who" stands for the noun it modifies); None for a main clause's
    pronoun or when the clause hangs from a noun or a coordination ("and he said")."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    clause = pronoun.head
    while clause.dep_ in CLAUSE_DEPS and clause.head is not clause:
        parent = clause.head
        if parent.pos_ not in VERB_POS:
            return None  # "the time he visited": a clause of a noun
        subject = next((c for c in parent.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.tag_ in WH_TAGS:
                return (
                    parent.head if parent.dep_ == "relcl" and subject.tag_ == RELATIVE_TAG else None
                )
            return subject
        clause = parent
    return None


def governing_antecedent(pronoun: Candidate, people: list[tuple[Candidate, Actor]]) -> Actor | None:
    """The fitting person named at the subject the pronoun was marked with: one of `people`
    (gender fits, not the pronoun's own clause-mate), by name or by a pronoun of the same
    gender linked to them ("he suggested Clinton be jailed if she lied": not his)."""
    at = pronoun.extra.get("governor")
    if not at:
        return None
    spot = int(at)
    return next(
        (
            actor
            for other, actor in people
            if other.start <= spot < other.end
            and other.kind in NAMED_KINDS
            and _same_gender(other, pronoun)
        ),
        None,
    )


def _same_gender(other: Candidate, pronoun: Candidate) -> bool:
    """A pronoun above is "he" for a "he" and "she" for a "she"; a name has no such mark."""
    gender = pronoun.extra.get("gender")
    return other.extra.get("gender", gender) == gender
