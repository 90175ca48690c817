"""Which preposition on a verb is its phrasal trigger's own particle.

"fire on" is an attack and "call on" an appeal only when the preposition is the verb's own:
in "the company fired him on Monday" or "she called at noon" the preposition opens a phrase
of time that dates the act, whatever the parse hung it on.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.nlp import TIME_ENTITIES


def dated(preposition: Token) -> bool:
    """A preposition whose object is a day or an hour ("on Monday", "at noon"): it dates the
    act, it is no particle of a multi-word trigger."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return preposition.dep_ == "prep" and any(o.ent_type_ in TIME_ENTITIES for o in objects)
