"""A blow is no criticism: "threw a Bible at an agent, hitting him in the back of the head",
"slapped him across the face".

Verbs of verbal attack ("hit", "slam", "strike at") read as criticism when aimed at a person;
a part of the body named as where the act lands ("in the head", "on the face", "across the
jaw") tells a physical blow instead, which no analyst codes as an accusation. A verb of aiming
("targeted the governor") is a blow wherever its sentence tells violence.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE
from eventwire.events.told_violence import tells_violence

BODY_PARTS = words("event_words.tsv", "body_part")  # head, face, back
LANDING_PREPS = {"in", "on", "across", "to", "over"}
AIMED_ONLY = words("event_words.tsv", "aimed_only")  # target


def physical_blow(match: TriggerMatch) -> bool:
    """An accusing verb with a part of the body in its "in"/"on"/"across" phrase, or a verb of
    aiming in a sentence of violence."""
    if match.nominal or match.code.type != ACCUSE:
        return False
    if match.head.lemma_.lower() in AIMED_ONLY and tells_violence(match.head):
        return True
    return any(p.lemma_.lower() in BODY_PARTS for p in pobjs(match.head, LANDING_PREPS))
