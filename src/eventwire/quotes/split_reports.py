"""Two reports between two quotes: in "“…,” Lee tweeted after Ortiz argued that “…”" the
words between the quotes hold reporting verbs of two speakers in one sentence, so the second
quote is Ortiz's report, not the second half of Lee's quote split by "Lee tweeted". Past a
full stop ("“…,” Lee said in a film that showed …. “…”") only a verb whose clause runs into
the second quote reports it."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.quotes.cues import Cue
from eventwire.quotes.groups import Range, overlaps
from eventwire.quotes.sentence_splits import sentence_ended


def reported_apart(text: str, cues: Sequence[Cue], previous: Range, span: Range) -> bool:
    """A cue between the quotes may report the second one (`span`), for a speaker other than
    another cue's there."""
    between = [c for c in cues if previous[1] <= c.token.idx < span[0] and c.speaker is not None]
    ended = sentence_ended(text, previous, span)
    reporting = [c for c in between if not ended or _runs_into(c, span)]
    return any(_speaker(r) != _speaker(c) for r in reporting for c in between)


def _runs_into(cue: Cue, span: Range) -> bool:
    return cue.content is not None and overlaps(cue.content, span)


def _speaker(cue: Cue) -> str:
    return cue.speaker.text.lower() if cue.speaker is not None else ""
