"""Verbs whose clause tells an act of its own, though the parse hangs it under another act.

"accused the coalition of rigging the count and called on voters to stay home": a finite verb
cannot continue a gerund's content, so the parse that coordinates "called" with "rigging" has
misplaced the subject's second act. "urged both sides to keep talking, while the president
rejected any mediation": a contrast clause with a subject of its own tells that subject's act
beside the main one, not what the main speech act says. A condition ("threatened to bomb the
bases if the guerrillas attacked") stays the content of the act it conditions.
"""

from __future__ import annotations

from spacy.tokens import Token

FINITE = {"VBD", "VBZ", "VBP", "VBN"}
CONTRAST_MARKS = {"while", "whereas", "although", "though"}


def own_clause(verb: Token) -> bool:
    """Whether the verb `verb` tells an act apart from the act the parse hangs it under."""
    if verb.dep_ == "conj":
        return verb.tag_ in FINITE and verb.head.tag_ == "VBG" and verb.head.i < verb.i
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return bool(marks & CONTRAST_MARKS) and any(c.dep_ == "nsubj" for c in verb.children)
