"""An armed doer as a mark among a trigger's argument words ("forces hit the village").

"hit", "pound" or "hammer" done by troops, rebels, jets or gunmen to a village, a compound or a
convoy is shelling or a raid, where "the storm hit the village" is no attack and "the ad hit the
senator" is words: a lexicon row asks for the doer with "&armed doer"
("hit>@struck_thing&armed doer"). A weapon that hits ("a rocket hit the market") is an attack
whatever it hits ("weapon doer").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import ARMED_FORCES, words
from eventwire.events.light_verbs import act_doers
from eventwire.parse.forms import in_words

ARMED_DOER = "armed doer"
WEAPON_DOER = "weapon doer"  # "a rocket hit the market": the weapon tells the attack
WEAPONS = words("event_words.tsv", "weapon_fire")
ARMED = ARMED_FORCES | words("event_words.tsv", "armed_doer")  # and jets, gunmen, fighters


def armed_doer_marks(head: Token) -> set[str]:
    """The armed-doer mark when a verb's doer is an armed force or its craft ("jets"), the
    weapon-doer mark when it is a weapon ("rockets hit the town")."""
    doers = act_doers(head)
    marks = {ARMED_DOER} if any(in_words(d, ARMED) for d in doers) else set()
    return marks | ({WEAPON_DOER} if any(in_words(d, WEAPONS) for d in doers) else set())
