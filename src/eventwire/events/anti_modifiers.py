"""Whom an act noun's "anti-" modifier aims it at: "an anti-Clinton speech", "aired anti-Christie
ads" are words put out against Clinton and Christie, as "a speech against Clinton" is. The
trigger rows that read the mark (`prep_marks.anti_marks`) say which nouns it makes an act.

The tagger reads the name in such a prefix as an adjective, so no actor mention covers it; the
person is the one the article names elsewhere by that name ("Chris Christie", "Christie")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.events.matches import TriggerMatch
from eventwire.events.noun_rows import anti_people
from eventwire.model import Participant

if TYPE_CHECKING:
    from eventwire.events.participants import RoleReader


def anti_targets(reader: RoleReader, match: TriggerMatch) -> list[Participant]:
    """The people an act noun's "anti-" modifier names, as its targets."""
    if not match.nominal:
        return []
    return [p for t in anti_people(match.head) for p in _named(reader, t, match.head)]


def _named(reader: RoleReader, name: Token, head: Token) -> list[Participant]:
    """The participant the name stands for: its own mention, else a mention of that name alone
    elsewhere in the article ("Clinton", which the actors stage resolved), else the nearest one
    whose last word it is ("Chris Christie"). A mention that spans the act noun too is the
    noun's own group ("Anti-Castro demonstrators"), the doers, never whom they act against."""
    found = [p for p in reader.phrase(name) if not _spans(p, head)]
    if found:
        return found
    mentions = [m for m in reader.mentions if not _covers(m.evidence.start, m.evidence.end, head)]
    alone = [m for m in mentions if m.evidence.text == name.text]
    ending = [m for m in mentions if m.evidence.text.split()[-1:] == [name.text]]
    nearest = sorted(alone or ending, key=lambda m: abs(m.evidence.start - name.idx))
    return [reader.participant(nearest[0])] if nearest else []


def _spans(participant: Participant, head: Token) -> bool:
    """Whether the participant's mention covers the act noun itself."""
    mention = participant.mention
    return mention is not None and _covers(mention.start, mention.end, head)


def _covers(start: int, end: int, head: Token) -> bool:
    return start <= head.idx < end
