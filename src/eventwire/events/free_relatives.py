"""Targets named inside a free relative: "denounced what he called a witch hunt by the FBI",
"lashed out at what she characterized as a nasty Dunn campaign". The act is aimed at what
the relative's naming or casting verb names, since "what" itself names no one."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.phrase_links import pobjs
from eventwire.events.word_classes import CASTING, NAMING


def free_relative_names(verb: Token) -> list[Token]:
    """What a free relative ("what he called X") that is the verb's object or the object of
    one of its prepositions names: X."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [p for c in verb.children if c.dep_ == "prep" for p in c.children]
    return [name for clause in clauses if _free_relative(clause) for name in _named(clause)]


def _free_relative(clause: Token) -> bool:
    lemma = clause.lemma_.lower()
    relative = any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)
    return relative and clause.pos_ == "VERB" and (lemma in NAMING or lemma in CASTING)


def _named(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ == "oprd"] + pobjs(clause, {"as"})
