"""An investigation is an act of those with standing to accuse, not anyone's looking into a thing.

The gold codes investigations as ACCUSE: police, prosecutors, committees, regulators and the
press looking into a party or a wrong ("the FBI is investigating Clinton", "the Post's
investigation of Trump"). Ordinary people, scholars, doctors and firms look into things too
("villagers investigating the fireball", "scientists who went to investigate the crater",
"doctors are investigating some Calgary residents", "Twitter said it investigated threats"):
that is study, care or a firm's own housekeeping, accusing no one. The doers' sectors, as the
actor coder read them, decide; an investigation with no doer told is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.plover_types import ACCUSE
from eventwire.sectors import BUSINESS, CIVILIANS, HEALTH, RESEARCH, all_of

INQUIRING = words("event_words.tsv", "inquiring")  # investigate, inquiry, probe, examine
# the public, scholars, medicine, firms
NO_STANDING_SECTORS = {CIVILIANS, RESEARCH, HEALTH, BUSINESS}


def inquiry_without_standing(event_type: str, doer_sectors: list[str | None], head: Token) -> bool:
    """An investigation whose every doer is of the public, a school, medicine or business."""
    return (
        event_type == ACCUSE
        and all_of(doer_sectors, NO_STANDING_SECTORS)
        and head.lemma_.lower() in INQUIRING
    )
