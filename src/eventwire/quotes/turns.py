"""Transcript turns printed without quotation marks: a paragraph that opens with a speaker's
name in capitals and a colon ("JOEL BENENSON: This is a man who said …") is that speaker's
words, as a quoted "“WALLACE: …”" line is (`layout_cues.transcript_cue`). The cues inside a
turn are part of what its speaker says, not attributions of their own."""

from __future__ import annotations

from eventwire.parse.quotemarks import paragraphs
from eventwire.quotes.groups import Range
from eventwire.quotes.layout_cues import TRANSCRIPT

MIN_TURNS = 3  # a conversation: "UPDATE:" or "WASHINGTON:" once or twice is a label


def with_turns(text: str, quotes: list[Range]) -> list[Range]:
    """The quoted passages with the transcript turns added as passages of their own; a passage
    quoted inside a turn is part of it."""
    turns = transcript_turns(text)
    if not turns:
        return quotes
    kept = [q for q in quotes if not any(start <= q[0] < end for start, end in turns)]
    return sorted(kept + turns)


def transcript_turns(text: str) -> list[Range]:
    """Paragraphs that open with "NAME:", where the article has at least `MIN_TURNS` of them
    by two speakers or more (a transcript)."""
    turns, names = [], set()
    for start, end in paragraphs(text):
        name = TRANSCRIPT.match(text, start, end)
        if name is not None and name.end() < end:
            turns.append((start, end))
            names.add(name.group(1))
    return turns if len(turns) >= MIN_TURNS and len(names) >= 2 else []
