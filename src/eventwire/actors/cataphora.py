"""Pronouns that point forward: "In her speech on Monday, Clinton attacked ...", "Announcing
his bid, Cruz criticized ...". A possessive or subject pronoun inside a phrase or clause fronted
before its sentence's main subject, with no name before it in that sentence, is that subject
(when gender agrees), not the person mentioned last before the sentence: the writer names the
person the sentence is about right after the fronted part.

The parse side (`cataphor_subject`) marks the pronoun with the subject's position when
candidates are collected; the linking side (`cataphor_antecedent`) finds the person named
there once names are linked (`pronoun_links`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.actor_ledger import ActorLedger
from eventwire.actors.candidates import Candidate
from eventwire.model import Actor, ActorType
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import SUBJECT_DEPS

FRONTED_DEPS = frozenset({"advcl", "prep", "npadvmod"})  # not a fronted quote ("ccomp")
POINTING_DEPS = SUBJECT_DEPS | {"poss"}  # "his bid", "when she arrived"; not "meeting him"


def cataphor_subject(pronoun: Token) -> Token | None:
    """The main verb's subject, after the pronoun, when the pronoun lies in a phrase or clause
    fronted before that subject and nothing in the sentence before it is a name."""
    if pronoun.dep_ not in POINTING_DEPS:
        return None
    verb = pronoun.sent.root
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i <= pronoun.i or subject.pos_ == "PRON":
        return None
    if subject.tag_ in PLURAL_NOUN_TAGS:
        return None  # "After her loss, the Clintons ...": not the couple
    fronted = next((c for c in verb.lefts if c.left_edge.i <= pronoun.i <= c.right_edge.i), None)
    if fronted is None or fronted.dep_ not in FRONTED_DEPS or fronted.right_edge.i >= subject.i:
        return None
    if _own_clause_subject(pronoun, verb):
        return None  # "As the judge read his decision, Santilli ...": the judge's
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in before if t.ent_type_ != "DATE"):
        return None  # "After Trump attacked his record, Rubio ..." may mean Trump's
    return subject


def _own_clause_subject(pronoun: Token, verb: Token) -> bool:
    """Whether a clause between the pronoun and the main verb has a noun subject before the
    pronoun that does not hold it: the nearer person the pronoun may mean."""
    for clause in pronoun.ancestors:
        if clause == verb:
            return False
        for child in clause.children:
            holds = child.left_edge.i <= pronoun.i <= child.right_edge.i
            noun = child.dep_ in SUBJECT_DEPS and child.pos_ != "PRON"
            if noun and child.i < pronoun.i and not holds:
                return True
    return False


def cataphor_antecedent(ledger: ActorLedger, pronoun: Candidate) -> Actor | None:
    """The person named as the main subject the pronoun was marked with, if gender fits."""
    at = pronoun.extra.get("cataphor")
    if not at:
        return None
    spot = int(at)
    named = [
        (other, actor)
        for _, other, actor in ledger.history
        if other.start <= spot < other.end and actor.type == ActorType.PERSON
    ]
    gender = pronoun.extra.get("gender")
    fitting = ledger.genders.fitting(named, gender)
    if not fitting or _rival_after(ledger, pronoun, spot, fitting[0][1], gender):
        return None
    return fitting[0][1]


def _rival_after(
    ledger: ActorLedger, pronoun: Candidate, spot: int, subject: Actor, gender: str | None
) -> bool:
    """Whether a subject pronoun's main clause names another fitting person after its subject
    ("When she ran, Barbara Boxer attacked Carly Fiorina"): either may be meant, so the
    pronoun looks back. A possessive in a fronted phrase ("In his speech, Obama rebuked
    Trump") is the subject's all the same."""
    if pronoun.extra.get("dep") not in SUBJECT_DEPS:
        return False
    sentence = pronoun.extra.get("sentence")
    later = [
        (other, actor)
        for _, other, actor in ledger.history
        if other.start > spot
        and other.extra.get("sentence") == sentence
        and actor.type == ActorType.PERSON
        and actor is not subject
    ]
    return bool(ledger.genders.fitting(later, gender))
