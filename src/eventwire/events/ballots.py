"""A ballot cast by the public is an election result, not an act of one actor toward another.

"Sandoval said he voted for Rubio" backs a candidate (SUPPORT); "56 percent of Latino voters
are less likely to vote for Republicans", "nonwhites driven to vote against Trump" count the
public's votes, as a poll or a result does, and name no one who acts. So does a private
person's vote ("Smith, a retired teacher who voted for Obama twice"): one voter's ballot, told
to show the mood of the electorate, is no political act toward the candidate.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.patterns import TriggerMatch
from eventwire.model import Participant
from eventwire.sectors import CIVILIANS

PUBLIC = {CIVILIANS}  # the public, voters, civilians: PLOVER's sector for no organised actor


def public_ballot(match: TriggerMatch, actors: list[Participant]) -> bool:
    """A vote whose voters are no one named, only the public or private persons."""
    if match.head.lemma_.lower() != "vote":
        return False
    return all(p.sector in PUBLIC or _private_person(p, match.head.doc) for p in actors)


def _private_person(voter: Participant, doc: Doc) -> bool:
    """A named person with no sector: no official, legislator or party figure."""
    if voter.sector:
        return False
    span = doc.char_span(voter.mention.start, voter.mention.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)
