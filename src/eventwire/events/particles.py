"""Which preposition on a verb is its phrasal trigger's own particle.

"fire on" is an attack and "call on" an appeal only when the preposition is the verb's own:
in "the company fired him on Monday" or "she called at noon" the preposition opens a phrase
of time that dates the act, whatever the parse hung it on.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.word_classes import TIME_UNITS
from eventwire.parse.nlp import TIME_ENTITIES

# stretches of time, less the units that are occasions one may ask for or act over ("called
# for elections", "pushed for more time")
STRETCHES = TIME_UNITS - {"election", "occasion", "time"}


def dated(preposition: Token) -> bool:
    """A preposition whose object is a day, an hour or a stretch of time ("on Monday", "at
    noon", "over the past few election cycles"): it dates the act, it is no particle of a
    multi-word trigger ("turned against them over the past cycles" hands nothing over)."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    timed = (o.ent_type_ in TIME_ENTITIES or o.lemma_.lower() in STRETCHES for o in objects)
    return preposition.dep_ == "prep" and any(timed)
