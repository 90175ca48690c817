"""Ongoing events: an act in progress ("are attacking", "is being investigated"), one a word
of continuing governs ("continue to shell"), or a named event told in the present ("the drills
are important"); not another's act named as done ("refuses to disavow Graham's endorsement")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.modality_scope import children_in, connective
from eventwire.events.others_acts import names_other_doer
from eventwire.parse.tags import (
    GERUND_TAG,
    NOUN_POS,
    PRESENT_PLURAL_TAG,
    PRESENT_SINGULAR_TAG,
    PRESENT_TAGS,
)

ONGOING_WORDS = words("modality_words.tsv", "ongoing")
ONGOING_VERBS = words("modality_words.tsv", "ongoing_verb")
NOMINAL_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}


def ongoing(chain: list[Token]) -> Token | None:
    """The word up the chain that tells the act is in progress or goes on."""
    head = chain[0]
    for token in chain:
        for child in token.children:
            if child.lower_ in ONGOING_WORDS and not connective(child):
                return child
        progressive = any(a.lemma_ == "be" for a in children_in(token, {"aux"}))
        if token.tag_ == GERUND_TAG and progressive and not _named_aside(head, token):
            return token
        being = [a for a in children_in(token, {"auxpass"}) if a.lower_ == "being"]
        if being and token == head:  # "is being investigated": the act's own passive in progress
            return being[0]
        if (
            token != head
            and token.lemma_.lower() in ONGOING_VERBS
            and token.tag_ in {PRESENT_PLURAL_TAG, PRESENT_SINGULAR_TAG, GERUND_TAG}
        ):
            return token
        if token != head and token.tag_ in PRESENT_TAGS and head.dep_ in NOMINAL_ROLES:
            if names_other_doer(head, token):  # "refuses to disavow Graham's endorsement"
                return None  # another's act, named as done; the present is the stance's
            return token  # "the drills are important": a named event in the present
        if token.dep_ == "ccomp":
            break
    return None


def _named_aside(head: Token, verb: Token) -> bool:
    """ "was responding to questions about complaints by Lew": an event noun deep in a phrase
    of the verb (not its own argument) is named there; the verb's progressive is its own."""
    return head.pos_ in NOUN_POS and head.head != verb and verb != head
