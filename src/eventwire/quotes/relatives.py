"""Cues in a relative clause that describes another cue's speaker ("“…,” said Bob Lane, a
delegate who has accused Sanders of …. “…”"): such a clause tells who the speaker is, so a
quote after it without a cue of its own continues the speaker it describes, not its "who"."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.quotes.cues import Cue


def describes_a_speaker(cue: Cue, cues: Sequence[Cue]) -> bool:
    """The cue's verb heads a relative clause (or a verb joined to one: "whose district went
    for her but who suggested …") on a noun of another cue's speaker phrase."""
    token = cue.token
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ != "relcl":
        return False
    noun = token.head
    return any(
        other is not cue and other.speaker is not None and noun in other.speaker.root.subtree
        for other in cues
    )
