"""Appositions the parser hangs on the verb: in "attacked his rival, Senator Ann Kohl, on
Monday" the small model reads the name as the verb's adverbial noun ("npadvmod"), not as the
object's appositive, so the act's target would be the bare description."""

from __future__ import annotations

from spacy.tokens import Token

OBJECT_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass"}


def loose_appositions(head: Token) -> list[Token]:
    """Proper names the parse hangs on the head's verb right after the head's phrase and a
    comma ("his rival, Senator Ann Kohl,"): an appositive of the head."""
    if head.dep_ not in OBJECT_DEPS or head.pos_ != "NOUN":
        return []
    verb = head.head.head if head.dep_ == "pobj" else head.head
    comma = head.right_edge.i + 1
    if comma >= len(head.doc) or head.doc[comma].text != ",":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == comma + 1
    ]
