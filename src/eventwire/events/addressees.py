"""Addressees of an act that its own object does not name.

"Gonzalez wrote to Reno, demanding that Elian be returned": the demand's own clause names no
addressee; the letter's does ("to Reno"), and the participle tells what the letter does. "Called
for the governor to resign": the "for ... to" clause names whom the call asks to act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.participants import pobjs


def addressees(verb: Token) -> list[Token]:
    """The "to" or indirect object of the writing verb a participle act hangs on."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    head = verb.head
    if head.lemma_.lower() not in words("event_arguments.tsv", "addressing"):
        return []
    return [*pobjs(head, {"to"}), *(c for c in head.children if c.dep_ in {"dative", "iobj"})]


def asked_to_act(verb: Token) -> list[Token]:
    """The subject of a "for ... to" infinitive hung on a request verb ("called for the
    governor to resign", "pressed for Congress to offset the costs"): the one asked to act."""
    clauses = [c for c in verb.children if _marked(c, "mark", "for") and _marked(c, "aux", "to")]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def _marked(clause: Token, dep: str, word: str) -> bool:
    return any(c.dep_ == dep and c.lower_ == word for c in clause.children)
