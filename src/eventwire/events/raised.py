"""Objects shared by coordinated verbs: "met with and prayed over Sanders", "fired on and
killed two soldiers".

When two verbs share one object, the first verb's preposition is left stranded before "and"
(the parser gives it no object) and the object hangs on the second verb. The stranded
preposition's object is the second verb's: its direct object, or its own preposition's object.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.verb_arguments import objects

COORDINATORS = {"and", "or"}


def raised_objects(prep: Token) -> list[Token]:
    """The object a stranded preposition shares with the verb coordinated after it."""
    doc = prep.doc
    if any(True for _ in prep.children) or prep.i + 1 >= len(doc):
        return []
    if doc[prep.i + 1].lower_ not in COORDINATORS:
        return []
    second = next((c for c in prep.head.children if c.dep_ == "conj" and c.i > prep.i), None)
    if second is None:
        return []
    preps = [c for c in second.children if c.dep_ == "prep" and c.i == second.i + 1]
    return objects(second) or [p for c in preps for p in c.children if p.dep_ == "pobj"]
