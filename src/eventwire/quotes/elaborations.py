"""Cues that only elaborate another cue's attribution ("“…,” Trump told reporters, referring
to bruises that Fields showed the police. “…”" or "said Bob Lane, a delegate who has accused
…"): their verb hangs under the other cue's, so a cue-less quote after them continues the
other cue's speaker, not theirs."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.quotes.cues import Cue


def under_another_cue(cue: Cue, cues: Sequence[Cue]) -> bool:
    """Another cue's verb is above this cue's verb in the parse."""
    ancestors = set(cue.token.ancestors)
    return any(other.token in ancestors for other in cues)
