"""The doer of an infinitive told with "for ... to": the "for" object, not the main subject.

"the company paid for ten senators to fly to Detroit and tour its plants", "arranged for
Peruvian envoys to meet rebel leaders": the senators tour and the envoys meet; the parser hangs
the infinitive on the main verb and its doer on "for", so the role reader would take the one
who paid or arranged for the doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import PURPOSE_CLAUSE_DEPS
from eventwire.parse.subjects import CLAUSAL_SUBJECT_DEPS


def for_to_doer(verb: Token) -> Token | None:
    """The "for" object that does the infinitive `verb` (or the first verb it is joined to)."""
    first = verb
    while first.dep_ == "conj" and not any(c.dep_ in CLAUSAL_SUBJECT_DEPS for c in first.children):
        first = first.head
    to = [c for c in first.children if c.dep_ == "aux" and c.lower_ == "to"]
    if first.dep_ not in PURPOSE_CLAUSE_DEPS or not to or first.i < first.head.i:
        return None
    if any(c.dep_ in CLAUSAL_SUBJECT_DEPS for c in first.children):
        return None
    for prep in first.head.children:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        named = prep.dep_ == "prep" and prep.lower_ == "for" and objects
        if named and objects[0].right_edge.i + 1 == to[0].i:  # "for [ten senators] to fly"
            return objects[0]
    return None
