"""Pronouns outside quotes whose nearest antecedent is a person the article does not name.

"The witness said the driver accelerated as he was mowing people down": "he" is the driver, who
is no actor, not the person named a paragraph earlier (`parse.unnamed_people`). Such a
pronoun is left unlinked, so the act it does keeps an empty side. "The driver" read as a
description of someone named before (`actors.later_descriptions`) is still such a noun here:
whether it names anyone is only known once the names are linked.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.candidates import Candidate
from eventwire.actors.cataphora import cataphor_subject
from eventwire.actors.governing_subjects import governing_subject
from eventwire.model import ActorType
from eventwire.parse.unnamed_people import unnamed_antecedent


def pronoun_marks(pronoun: Token, gender: str, candidates: list[Candidate]) -> dict[str, str]:
    """What coreference reads of a personal pronoun: its gender, and whether it is unnamed."""

    sentence = pronoun.sent  # the words looked at: only mentions there can cover them
    near = [c for c in candidates if c.start < sentence.end_char and c.end > sentence.start_char]

    def person_at(word: Token) -> bool | None:
        pool = near if sentence.start <= word.i < sentence.end else candidates
        covering = [c for c in pool if c.start <= word.idx < c.end and "said" not in c.extra]
        return any(c.type == ActorType.PERSON for c in covering) if covering else None

    forward = cataphor_subject(pronoun)
    governor = governing_subject(pronoun)
    return {
        "cataphor": str(forward.idx) if forward is not None else "",
        "governor": str(governor.idx) if governor is not None else "",  # "X said he"
        "gender": gender,
        "unnamed": "yes" * unnamed_antecedent(pronoun, person_at),
        "clause": pronoun.head.dep_,  # the pronoun's clause is embedded ("said she") or not
    }
