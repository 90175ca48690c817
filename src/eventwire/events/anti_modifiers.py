"""Whom an act noun's "anti-" modifier aims it at: "an anti-Clinton speech", "aired anti-Christie
ads" are words put out against Clinton and Christie, as "a speech against Clinton" is. The
trigger rows that read the mark (`prep_marks.anti_marks`) say which nouns it makes an act.

The tagger reads the name in such a prefix as an adjective, so no actor mention covers it; the
person is the one the article names elsewhere by that name ("Chris Christie", "Christie")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.events.lexicon import anti_people
from eventwire.events.matches import TriggerMatch
from eventwire.model import Participant

if TYPE_CHECKING:
    from eventwire.events.participants import RoleReader


def anti_targets(reader: RoleReader, match: TriggerMatch) -> list[Participant]:
    """The people an act noun's "anti-" modifier names, as its targets."""
    if not match.nominal:
        return []
    return [p for t in anti_people(match.head) for p in _named(reader, t)]


def _named(reader: RoleReader, name: Token) -> list[Participant]:
    """The participant the name stands for: its own mention, else a mention of that name alone
    elsewhere in the article ("Clinton", which the actors stage resolved), else the nearest one
    whose last word it is ("Chris Christie")."""
    found = reader.phrase(name)
    if found:
        return found
    alone = [m for m in reader.mentions if m.evidence.text == name.text]
    ending = [m for m in reader.mentions if m.evidence.text.split()[-1:] == [name.text]]
    nearest = sorted(alone or ending, key=lambda m: abs(m.evidence.start - name.idx))
    return [reader.participant(nearest[0])] if nearest else []
