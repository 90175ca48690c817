"""A plural pronoun after coordinated names stands for all of them: "Britain and France said
they would ...", "Smith and Jones voiced their criticism".

The actors stage links a pronoun to one actor, so "they" after "Britain and France" names
Britain alone and the event loses a side. A subject of a clause above the pronoun that
coordinates two or more actors agrees with "they"/"them"/"their" in number, as one actor
cannot; the pronoun is never the object of the verb that subject governs ("Britain and
France urged them" means others).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from eventwire.events.mention_reader import MentionReader
from eventwire.model import Participant

PLURAL_PERSONAL = {"they", "them", "their"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "dative", "iobj"}


def joint_antecedent(reader: MentionReader, pronoun: Token) -> list[Participant]:
    """All the actors a coordinated subject before a plural pronoun names, or none."""
    if pronoun.lower_ not in PLURAL_PERSONAL:
        return []
    for subject in subjects_above(pronoun, SUBJECT_DEPS):
        if any(c.dep_ == "conj" for c in subject.children):
            found = reader.phrase(subject)
            return found if len(found) > 1 else []
    return []


def subjects_above(pronoun: Token, subject_deps: Collection[str]) -> Iterator[Token]:
    """The subjects of the clauses above a pronoun that come before it, nearest clause first:
    never a phrase the pronoun sits in ("the leader of their party" is not "they"), nor the
    subject of the verb the pronoun is the object of ("Russia signed it")."""
    for ancestor in pronoun.ancestors:
        if pronoun.head == ancestor and pronoun.dep_ in OBJECT_DEPS:
            continue
        for subject in ancestor.children:
            if (
                subject.dep_ in subject_deps
                and subject.i < pronoun.i
                and not subject.left_edge.i <= pronoun.i <= subject.right_edge.i
            ):
                yield subject
