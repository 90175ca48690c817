"""A contracted "'s" the small model read as a passive's "is" before a participle with its own
object ("He's supported a massive expansion") is the perfect's "has": the clause is active, and
the passive's patient is its doer."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import both_apostrophes, word_set
from eventwire.parse.passive_repairs import SUBJECT_TO_PATIENT
from eventwire.parse.tags import PARTICIPLE_TAG, PAST_TAGS, PRESENT_SINGULAR_TAG
from eventwire.parse.verb_retags import VERB_MORPHS, retag

PATIENT_TO_SUBJECT = {patient: subject for subject, patient in SUBJECT_TO_PATIENT.items()}
CONTRACTED_S = frozenset(both_apostrophes("'s"))  # "he's", straight or curly


def perfect_has(token: Token) -> bool:
    """Whether a contracted "'s" the parse read as a passive's "is" is the perfect's "has": a
    participle with its own direct object is done by the subject ("He's supported a massive
    expansion", "she's made mistakes"), while a true passive takes none ("He's expected to
    win", "It's called a tax": a predicate, no object; "it's assumed that ...": a clause) but
    for verbs of giving and telling, whose passive keeps one ("he's handed a subpoena")."""
    if token.lower_ not in CONTRACTED_S or token.dep_ != "auxpass":
        return False
    participle = token.head
    if participle.tag_ not in PAST_TAGS or participle.lemma_ == "be":
        return False
    if participle.lemma_.lower() in word_set("double_object_verb"):  # "he's handed a subpoena"
        return False
    children = [c for c in participle.children if c != token]
    if any(c.dep_ == "auxpass" for c in children):  # "he's been given a raise": "has been"
        return False
    return any(c.dep_ == "dobj" for c in children)


def make_perfect(auxiliary: Token) -> None:
    """ "He's supported X": "'s" is the perfect's "has", and the passive's patient is the
    doer."""
    auxiliary.tag_, auxiliary.pos_, auxiliary.lemma_ = PRESENT_SINGULAR_TAG, "AUX", "have"
    auxiliary.set_morph(VERB_MORPHS[PRESENT_SINGULAR_TAG])
    auxiliary.dep_ = "aux"
    retag(auxiliary.head, PARTICIPLE_TAG, auxiliary.head.lemma_)  # "she's proposed": no past tense
    for child in auxiliary.head.children:
        child.dep_ = PATIENT_TO_SUBJECT.get(child.dep_, child.dep_)
