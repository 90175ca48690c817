"""Where a description after a name stops saying what the person is: at a participle that
opens a modifier of its head noun ("X, a pollster working for the Lee campaign,": a pollster),
and before a title coordinated after it that a past word qualifies ("X, an adviser to Y and
former director of Z,": an adviser now, a director once; the coding rules code a person by the
office held now)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set

PARTICIPLE_MODIFIER = "acl"  # the parse's label of a participle modifying a noun
OBJECT_PREDICATE = "oprd"


def starts_modifier(verb: Token, window: list[Token]) -> bool:
    """ "a pollster working for the campaign", "a lawyer hired by the city": a participle that
    opens a modifier of a noun already in the description ends it; its words say what the
    person does, not what the person is, so they are no title (`actors.employment` reads a
    "working for" phrase as the employer). One with an object predicate tells what the noun
    became ("a rebel leader turned president"): the person is that now, so no description."""
    becomes = any(c.dep_ == OBJECT_PREDICATE for c in verb.children)
    held = any(t.i == verb.head.i for t in window)
    return verb.dep_ == PARTICIPLE_MODIFIER and not becomes and held


def starts_past_conjunct(word: Token) -> bool:
    """ "an adviser to Y and former director of Z": a conjunction whose next title a past word
    qualifies, while the title before it has none ("a former senator and lawyer" keeps both)."""
    if word.dep_ != "cc":
        return False
    past = word_set("past_office")
    later = next((c for c in word.head.children if c.dep_ == "conj" and c.i > word.i), None)
    if later is None or _qualified(word.head, past):
        return False
    return _qualified(later, past)


def _qualified(noun: Token, past: frozenset[str]) -> bool:
    return any(c.dep_ == "amod" and c.lower_.strip("-") in past for c in noun.children)


def title_part(description: list[Token]) -> list[Token]:
    """ "X, a Jupiter police spokesman for the city": the words before the description's head
    noun, which title the person as words before a name would ("police"); a body its
    "for"/"of" phrase names is the employer's to read, and the head noun itself ("chief
    financial officer") names no body. A subject role's words say what the person studies
    ("two military analysts"), not whom they serve."""
    cut = next((k for k, t in enumerate(description) if t.pos_ == "ADP"), len(description))
    if not cut or description[cut - 1].lemma_.lower() in word_set("subject_role"):
        return []
    return description[: cut - 1]
