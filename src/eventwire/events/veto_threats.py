"""A veto told as intended is a veto threat.

"The president said he would veto any bill that raised taxes", "his advisers would recommend a
veto": a veto that is planned or conditional is not yet a rejection but a threat to reject,
which event coders code as a threat (CAMEO 130, PLOVER THREATEN), as they code "threatened to
veto". A veto cast ("vetoed the budget", "his veto of the bill") stays a rejection.
"""

from __future__ import annotations

from eventwire.events.cameo_codes import THREAT, VETO
from eventwire.events.patterns import TriggerMatch
from eventwire.model import Modality

INTENDED = {Modality.PLANNED, Modality.HYPOTHETICAL}


def veto_threat(match: TriggerMatch, modality: Modality) -> TriggerMatch:
    """The veto recoded as a threat when its clause tells it as intended."""
    return match.recoded(THREAT) if match.code.cameo == VETO and modality in INTENDED else match
