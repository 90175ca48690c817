"""A place is the last guess at an act's target: "refused to meet Lebanon's prime minister in
Damascus" is aimed at the prime minister, whom the act it refuses names, not at Damascus,
where the meeting would be (`act_places.location_targets` guesses the place when the refusal's own
words name no one)."""

from __future__ import annotations

from eventwire.events.participants import RoleReader
from eventwire.lexicons import word_set
from eventwire.model import Participant

PLACE_PREPS = word_set("site_preposition")


def content_over_place(
    reader: RoleReader, recipients: list[Participant], content: list[Participant]
) -> list[Participant]:
    """The content act's recipients when the act names none, or only places while the
    content names a resolved actor; else the act's own (the place included)."""
    if not recipients:
        return content
    if all(_placed(reader, p) for p in recipients) and any(p.actor_id for p in content):
        return content
    return recipients


def _placed(reader: RoleReader, participant: Participant) -> bool:
    """Named only as where something happens: the object of "in", "at", "near"."""
    start, end = participant.mention.start, participant.mention.end
    span = reader.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in PLACE_PREPS
