"""Imperatives: a clause that tells its reader or listener to act names no doer.

Site boilerplate ("SIGN UP FOR OUR NEWSLETTER", "For more, sign up for ...") and slogans address
whoever reads or hears them, so the act they ask for has no source in the text, and what it is
"for" is a thing to sign up to, not someone an actor helps. Read from the parse: a verb in its
base form (tagged VB, or VBN/VBP where capitals or a missing subject mislead the tagger: "SIGN
UP") heading its sentence, a clause said or coordinated with one, with no subject,
auxiliary or subordinator of its own (an infinitive has "to", a question "do", a report
"Russia withdraw" its subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.tags import BASE_FORM_TAG, PARTICIPLE_TAG, PRESENT_PLURAL_TAG

CLAUSE_HEADS = {"ROOT", "ccomp", "parataxis"}
BASE_FORM_TAGS = {BASE_FORM_TAG, PARTICIPLE_TAG, PRESENT_PLURAL_TAG}
OWN_FRAME = {"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"}
ASKED_CLAUSES = COMPLEMENT_DEPS  # "let them fight", "tell them to leave"


def is_imperative(verb: Token) -> bool:
    """Whether a verb is an imperative ("Sign up for ...", "Vote for X and tell a friend")."""
    base = verb.tag_ == BASE_FORM_TAG or (
        verb.tag_ in BASE_FORM_TAGS and verb.lower_ == verb.lemma_.lower()
    )
    if not base or any(c.dep_ in OWN_FRAME for c in verb.children):
        return False
    if verb.dep_ == "conj":
        return is_imperative(verb.head)
    return verb.dep_ in CLAUSE_HEADS


def commanded(verb: Token) -> bool:
    """ "Attack their record and propose alternatives", "Or support the nominee", "Let them
    fight each other": a verb in the imperative, or a bare verb that one asks for, tells an
    act that the writer or a speaker wants of a listener, not one that anyone did."""
    if is_imperative(verb):
        return True
    asked = verb.dep_ in ASKED_CLAUSES and verb.tag_ == BASE_FORM_TAG
    return asked and verb.head.pos_ == "VERB" and is_imperative(verb.head)
