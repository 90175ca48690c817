"""Addressees of an act that its own object does not name.

"Gonzalez wrote to Reno, demanding that Elian be returned": the demand's own clause names no
addressee; the letter's does ("to Reno"), and the participle tells what the letter does. "Called
for the governor to resign": the "for ... to" clause names whom the call asks to act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.phrase_links import pobjs
from eventwire.parse.tags import GERUND_TAG, NOUN_POS

ADDRESSING = words("event_arguments.tsv", "addressing")
CONTENT_CLAUSES = {"acl", "ccomp"}  # how the parse hangs "that Iran free them" on a noun


def addressees(verb: Token) -> list[Token]:
    """The "to" or indirect object of the writing verb a participle act hangs on, also through
    the thing sent ("sent a letter to Reno asking that ...": the parse hangs "asking" on the
    letter, and "to Reno" on the letter or the verb)."""
    if verb.tag_ != GERUND_TAG or verb.dep_ not in {"advcl", "acl"}:
        return []
    sent = verb.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else None
    head = sent.head if sent is not None else verb.head
    if (verb.dep_ == "acl" and sent is None) or head.lemma_.lower() not in ADDRESSING:
        return []
    held = pobjs(sent, {"to"}) if sent is not None else []
    return [
        *pobjs(head, {"to"}),
        *held,
        *(c for c in head.children if c.dep_ in {"dative", "iobj"}),
    ]


def asked_to_act(verb: Token) -> list[Token]:
    """The subject of a "for ... to" infinitive hung on a request verb ("called for the
    governor to resign", "pressed for Congress to offset the costs"): the one asked to act."""
    clauses = [c for c in verb.children if _marked(c, "mark", "for") and _marked(c, "aux", "to")]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"] + _subjunctive(verb)


def _subjunctive(verb: Token) -> list[Token]:
    """ "demanded that Snyder resign": the parser reads a bare subjunctive verb as a noun, the
    clause then has no verb and no nsubj; its subject is the name compounded on the "verb"
    ("Snyder resign"), else the clause's head noun ("that the head of the board resign")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in NOUN_POS]
    clauses = [c for c in clauses if _marked(c, "mark", "that")]
    return [_subject_of(c) for c in clauses]


def _subject_of(clause: Token) -> Token:
    names = [c for c in clause.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    determined = any(c.dep_ == "det" for c in clause.children)
    return names[-1] if names and not determined else clause


def asked_by_noun(noun: Token) -> list[Token]:
    """ "renewed its call for Israel to halt the raids", "made a demand for Somalia to
    withdraw": the "for ... to" subject on a request noun, or on the verb that puts it out;
    "made the suggestion that Iran free them": the subject of the noun's own "that" clause."""
    verb = noun.head if noun.dep_ == "dobj" else None
    asked = asked_to_act(noun) + (asked_to_act(verb) if verb is not None else [])
    return asked + _advised(noun)


def _advised(noun: Token) -> list[Token]:
    """The subject of a content clause the noun carries ("the proposal that Iran free the
    prisoners"), not of a relative clause on it ("the proposal that would cut taxes")."""
    clauses = [c for c in noun.children if c.dep_ in CONTENT_CLAUSES and _marked(c, "mark", "that")]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def _marked(clause: Token, dep: str, word: str) -> bool:
    return any(c.dep_ == dep and c.lower_ == word for c in clause.children)
