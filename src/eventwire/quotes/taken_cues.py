"""Cues that report a second quote after one quote has taken them.

A cue set into its sentence reports each of the sentence's quotes ("Y, X said, had served “ten
years” and passed “…”"). A cue that went to a quote outside its complement reports the quotes
in it too ("hailed it as “historic,” telling reporters she thinks it is “a great thing”"): the
inner verb ("thinks") is part of its report. One that went to a quote inside its complement
made that complement a mixed quote, which holds the later quotes already.
"""

from __future__ import annotations

from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.framing import set_into_sentence
from eventwire.quotes.groups import QuoteGroup, overlaps


def reports(cue: Cue, group: QuoteGroup) -> bool:
    """The cue's complement holds the quote ("Cruz said he'd make sand “glow in the dark”,
    and Trump vowed …": Cruz's words, though Trump's verb is as near)."""
    return cue.content is not None and any(overlaps(cue.content, s) for s in group.spans)


def reports_again(cue: Cue, group: QuoteGroup, quotes: list[Range]) -> bool:
    """The taken cue reports the quote `group` as well; `quotes` are the article's quotes."""
    if set_into_sentence(cue.token):
        return True
    if not reports(cue, group):
        return False
    earlier = [span for span in quotes if span[0] < group.start]
    return not any(overlaps(cue.content, span) for span in earlier)
