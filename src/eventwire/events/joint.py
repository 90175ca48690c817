"""A plural pronoun after coordinated names stands for all of them: "Britain and France said
they would ...", "Smith and Jones voiced their criticism".

The actors stage links a pronoun to one actor, so "they" after "Britain and France" names
Britain alone and the event loses a side. A subject of a clause above the pronoun that
coordinates two or more actors agrees with "they"/"them"/"their" in number, as one actor
cannot; the pronoun is never the object of the verb that subject governs ("Britain and
France urged them" means others). The names may stand in apposition to the subject
("the contenders Clinton and Sanders tweeted their approval").
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from eventwire.events.mention_reader import MentionReader
from eventwire.model import Participant
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import ACTIVE_SUBJECT_DEPS, SUBJECT_DEPS, clause_subjects

PLURAL_PERSONAL = {"they", "them", "their"}
OBJECT_DEPS = {"dobj", "dative", "iobj"}


def joint_antecedent(reader: MentionReader, pronoun: Token) -> list[Participant]:
    """All the actors a coordinated subject before a plural pronoun names, or none."""
    if pronoun.lower_ not in PLURAL_PERSONAL:
        return []
    for subject in subjects_above(pronoun, SUBJECT_DEPS):
        named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        if any(c.dep_ == "conj" for t in named for c in t.children):  # "contenders X and Y"
            found = reader.phrase(subject)
            return found if len(found) > 1 else []
    return []


def fronted_joint(reader: MentionReader, pronoun: Token) -> list[Participant]:
    """ "While Russia and China met in Beijing, they condemned …": a subject "they" with no
    subject above it, whose clause opens with an adverbial clause, stands for every actor of
    that clause's coordinated subject (`pronoun_antecedents.fronted_clause_party` takes one
    alone); none unless two or more actors."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ACTIVE_SUBJECT_DEPS:
        return []
    if next(subjects_above(pronoun, SUBJECT_DEPS), None) is not None:
        return []
    for subject in fronted_subjects(pronoun):
        if subject.pos_ != "PRON" and any(c.dep_ == "conj" for c in subject.children):
            found = [p for p in reader.phrase(subject) if p.actor_id]
            return found if len(found) > 1 else []
    return []


def fronted_subjects(pronoun: Token) -> Iterator[Token]:
    """The subjects of the adverbial clauses that open the pronoun's clause before it ("As
    Republicans scrambled, they …": "Republicans")."""
    for clause in pronoun.head.children:
        if clause.dep_ == "advcl" and clause.right_edge.i < pronoun.i:
            yield from (s for s in clause.children if s.dep_ in SUBJECT_DEPS)


def previous_joint(reader: MentionReader, pronoun: Token) -> list[Participant]:
    """ "Clinton and Sanders met in Iowa. They criticized the plan": a subject "they" with no
    subject before it in its own clauses stands for every actor of a coordinated subject of
    the sentence before, as one of them alone cannot; none unless two or more actors."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_DEPS:
        return []
    sentence = pronoun.sent
    if sentence.start == 0 or next(subjects_above(pronoun, SUBJECT_DEPS), None) is not None:
        return []
    root = pronoun.doc[sentence.start - 1].sent.root
    for subject in (c for c in root.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"):
        named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        if any(c.dep_ == "conj" for t in named for c in t.children):
            found = [p for p in reader.phrase(subject) if p.actor_id]
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


def plural_object_antecedent(reader: MentionReader, pronoun: Token) -> Participant | None:
    """ "She gave the brothers false information when they asked her": a plural subject
    pronoun whose clauses above have no subject that agrees stands for the plural object
    (a plural noun naming an actor) of a verb above it, the nearest first."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    for ancestor in pronoun.ancestors:
        for obj in ancestor.children:
            plural = obj.tag_ in PLURAL_NOUN_TAGS and obj.dep_ in OBJECT_DEPS
            if plural and obj.right_edge.i < pronoun.i:
                found = [p for p in reader.phrase(obj) if p.actor_id]
                if found:
                    return found[0]
    return None


def previous_plural(reader: MentionReader, pronoun: Token) -> Participant | None:
    """ "Trump spoke to the delegates. He urged them to ...": an object "them" that nothing
    in its clauses agrees with stands for the latest plural noun before it, in its sentence
    or the one before, when that noun names an actor; the latest is a thing ("passed two
    bills. The governor vetoed them"), or the verb's own subject, and it names no one. Only
    someone named does something to them: "it has given them two candidates" is no act."""
    if pronoun.lower_ != "them" or pronoun.dep_ not in OBJECT_DEPS:
        return None
    own_subjects = clause_subjects(pronoun.head)
    doer = next(iter(own_subjects), None) or next(subjects_above(pronoun, SUBJECT_DEPS), None)
    if doer is None or not any(p.actor_id for p in reader.phrase(doer)):
        return None
    return latest_plural_party(reader, pronoun, own_subjects)


def latest_plural_party(
    reader: MentionReader, pronoun: Token, own_subjects: Collection[Token] = ()
) -> Participant | None:
    """The actor the latest plural noun before a pronoun names, in its sentence or the one
    before; none when that noun is a thing ("passed two bills"), names no one, or is one of
    the pronoun's own clause's subjects."""
    token = latest_plural_noun(pronoun)
    if token is None or token in own_subjects:
        return None
    found = [p for p in reader.phrase(token) if p.actor_id]
    return found[0] if found else None


def latest_plural_noun(pronoun: Token) -> Token | None:
    """The latest plural noun before a pronoun, in its sentence or the one before, that heads
    its phrase: what a "them" with nothing in its clauses to agree with stands for."""
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start else sentence.start
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if token.tag_ in PLURAL_NOUN_TAGS and token.dep_ != "compound":
            return token
    return None
