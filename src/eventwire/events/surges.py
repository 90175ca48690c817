"""Force verbs that tell a rise or a flare-up: "prices shot up", "the row blew up".

"shoot up" and "blow up" with an object are violence ("gunmen shot up a bar", "rebels blew up a
bridge"); with none, their subject rises or breaks out: spending, prices, a controversy. Only a
device ("the car bomb blew up") or a party able to act ("the guards shot up into the air")
makes the intransitive use an act of force; "it" is neither ("It just blew up in the air"), and a
relative pronoun is judged by the noun it stands for ("the spending that shot up").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.explosions import exploded_device
from eventwire.events.lexicon import INANIMATE_PRONOUNS, is_agent
from eventwire.events.verb_arguments import patients
from eventwire.parse.deps import VERB_PARTICLE_DEPS

SURGE_PARTICLE = "up"


def surges(verb: Token) -> bool:
    """An intransitive "shot up" or "blew up" whose subject is neither a device nor an actor."""
    children = list(verb.children)
    if not any(c.dep_ in VERB_PARTICLE_DEPS and c.lower_ == SURGE_PARTICLE for c in children):
        return False
    if patients(verb):
        return False
    subjects = [stand_in(c) for c in children if c.dep_ == "nsubj"]
    return not any(
        (is_agent(s) and s.lower_ not in INANIMATE_PRONOUNS) or exploded_device(s) for s in subjects
    )
