"""A headline verb right after a colon with no subject of its own: "Clinton Wades In: Urges
Britain To Remain In EU". Headlines chain a second act of the same subject after a colon and
drop that subject, as they do after a comma (`headline_conjuncts`); the doer is the party the
part before the colon opens with.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.headline_tense import in_headline
from eventwire.events.participant_sets import Sides, other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.model import Participant

COLONS = {":", "--", "—"}


def colon_subject_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The opening party of the headline's first part as the doer of a subjectless verb that
    follows its colon; the sides unchanged anywhere else."""
    head = match.head
    if sides[0] or not in_headline(head) or match.span.start == 0:
        return sides
    doc = head.doc
    colon = doc[match.span.start - 1]
    if colon.text not in COLONS or not in_headline(colon):
        return sides
    doers = _opening_party(reader, [t for t in colon.sent if t.i < colon.i])  # a colon may end it
    return (doers, other_sides(doers, sides[1])) if doers else sides


def _opening_party(reader: RoleReader, part: list[Token]) -> list[Participant]:
    """The first party the words before the colon name ("Clinton Wades In": Clinton; "Obama:
    Urges ...": the speaker who urges)."""
    for token in part:
        found = reader.phrase(token)
        if found:
            return found[:1]
    return []
