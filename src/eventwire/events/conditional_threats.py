"""Force a party says it would use if another acts is a threat.

"Iraq would retaliate against Venezuela if it boosts output", "the rebels will attack unless
the army withdraws": a hostile act told in the future or a modal, with a condition that another
party must meet, is not yet done; PLOVER codes the warning itself, a threat (CAMEO 130), whose
act is hypothetical until the condition is met. An act done already ("attacked when they
refused") or one with no condition is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.conditions import CONDITIONALS
from eventwire.events.matches import TriggerMatch
from eventwire.events.modality import ModalityReading
from eventwire.model import Modality

THREAT = "130"  # CAMEO: threaten
HOSTILE = {"ASSAULT", "COERCE", "SANCTION"}
INTENDED = {Modality.PLANNED, Modality.HYPOTHETICAL}
CONDITION_MARKS = CONDITIONALS - {"whether"}  # "whether" asks, it sets no condition


def conditional_threat(
    match: TriggerMatch, reading: ModalityReading
) -> tuple[TriggerMatch, ModalityReading]:
    """The act recoded as a threat, hypothetical, when a condition hangs on it."""
    if match.nominal or match.code.type not in HOSTILE or reading.modality not in INTENDED:
        return match, reading
    mark = _condition(match.head)
    if mark is None:
        return match, reading
    cue = reading.cue if reading.cue is not None else mark  # the modal that warns: "would"
    return match.recoded(THREAT), ModalityReading(Modality.HYPOTHETICAL, cue)


def _condition(verb: Token) -> Token | None:
    """The "if" or "unless" of a condition clause on the verb or on the verb it completes."""
    clauses = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    for clause in clauses:
        for condition in clause.children:
            if condition.dep_ != "advcl":
                continue
            for mark in condition.children:
                if mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKS:
                    return mark
    return None
