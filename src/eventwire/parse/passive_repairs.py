"""A participle the small model tags as an adjective after "be", given back its passive: "his
oversight of the bailout was much derided" and "Lewandowski was not handcuffed" read the
participle as an adjective complement of "be" with the form as its lemma ("derided"). The word
gets its verb's lemma and the clause a passive's tree, "be" its auxiliary and the subject its
patient. A word that is also an adjective ("a relaxed mood", "she was tired") stays one unless
a "by" phrase names the doer ("was tired by the trip" is a verb)."""

from __future__ import annotations

from spacy.lookups import Lookups
from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.lemmas import inflected_from
from eventwire.parse.tags import PARTICIPLE_TAG
from eventwire.parse.verb_retags import retag, verb_lemma

SUBJECT_TO_PATIENT = {"nsubj": "nsubjpass", "csubj": "csubjpass"}


def passive_adjective(lookups: Lookups, token: Token) -> str | None:
    """The verb of an "-ed" adjective complementing "be"/"get" that is a verb's participle:
    "was much derided", "was not handcuffed"; an adjective English also has needs its doer
    ("by")."""
    if token.pos_ != "ADJ" or token.dep_ != "acomp" or not token.lower_.endswith("ed"):
        return None
    if _hyphenated(token):  # "short-lived", "well-known": one adjective the tokenizer split
        return None
    if token.head.lemma_.lower() not in word_set("passive_auxiliary"):
        return None
    lemma = verb_lemma(lookups, token)
    if lemma is None or lemma == token.lower_:
        return None
    adjective = bool(inflected_from(lookups, token.lower_, ("adj",)))
    return lemma if not adjective or any(c.lower_ == "by" for c in token.children) else None


def make_passive(participle: Token, lemma: str) -> None:
    """ "X was derided": the participle heads the clause, "be" is its auxiliary, and what was
    the subject of "be" is its patient; the other words of the clause follow the head."""
    auxiliary = participle.head
    retag(participle, PARTICIPLE_TAG, lemma)
    participle.head = participle if auxiliary.head == auxiliary else auxiliary.head
    participle.dep_ = auxiliary.dep_
    for child in list(auxiliary.children):
        if child != participle:
            child.head = participle
            child.dep_ = SUBJECT_TO_PATIENT.get(child.dep_, child.dep_)
    auxiliary.head = participle
    auxiliary.dep_ = "auxpass"


def _hyphenated(token: Token) -> bool:
    """Whether the word is the second half of a hyphenated word."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.text == "-" and not before.whitespace_
