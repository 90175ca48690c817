"""The clause a mention belongs to, read from the parse, for pronoun antecedents."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass"}


def clause_key(root: Token) -> str:
    """An id of the clause whose subject the mention's root may not stand for: a subject's
    own verb; for an object, the nearest verb above it that has a subject ("called on her
    to resign": "called", not the preposition "on"). An infinitive with no subject whose
    controller has an object takes that object for subject ("asks aides to stump for him"),
    a clause of its own that no subject mention shares. A reflexive keeps its own head."""
    if root.dep_ in SUBJECTS or root.lower_.endswith(("self", "selves")):
        return str(root.head.i)  # a reflexive ("for herself") may be its clause's subject
    for verb in root.ancestors:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        controlled = verb.dep_ == "xcomp" and not subjects
        if controlled and any(c.dep_ == "dobj" for c in verb.head.children):
            return f"controlled:{verb.i}"
        if verb.pos_ in {"VERB", "AUX"} and subjects:
            return str(verb.i)
    return str(root.head.i)
