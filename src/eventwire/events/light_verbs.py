"""The light verb that puts an act noun out: "staged a coup", "went on the offensive"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.gone_on import gone_on
from eventwire.events.lexicon import LIGHT_VERBS
from eventwire.parse.deps import PATIENT_DEPS

LIGHT_OBJECT_DEPS = PATIENT_DEPS


def light_verb(noun: Token) -> Token | None:
    """The light verb that puts the noun out ("staged a coup", "went on the offensive")."""
    verb = noun.head
    if (
        noun.dep_ in LIGHT_OBJECT_DEPS
        and verb.pos_ == "VERB"
        and {verb.lemma_.lower(), verb.lower_} & LIGHT_VERBS
    ):
        return verb
    return gone_on(noun)  # "went on the offensive against Cruz"
