"""Quotes in sentences of their own: in "“…,” she said. “…,” she added." the second quote
has its own attribution, so the two are two reports (PolNeAR annotates them so), not the
halves of one quote split by "she said". A cue with a colon after the second quote ("Y said:
“…”") opens the next quote instead, so the two halves stay one quote."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.quotes.cues import Cue
from eventwire.quotes.groups import Range
from eventwire.quotes.introducers import opens_with_colon

SENTENCE_ENDS = (".", "!", "?")
MAX_CUE_DISTANCE = 40  # characters from a quote's end to the "she added" after it


def own_sentence(text: str, previous: Range, span: Range, cues: Sequence[Cue]) -> bool:
    """The words between the quotes end a sentence, and a cue follows the second quote in
    its paragraph: a cueless quote after a full stop still continues the one before."""
    if not sentence_ended(text, previous, span):
        return False
    after = text[span[1] : span[1] + MAX_CUE_DISTANCE]
    reach = span[1] + (after.index("\n") if "\n" in after else len(after))
    return any(span[1] <= cue.token.idx < reach and not opens_with_colon(cue, text) for cue in cues)


def sentence_ended(text: str, previous: Range, span: Range) -> bool:
    """The words between two quotes end a sentence ("“…,” she said. “…”")."""
    return text[previous[1] : span[0]].rstrip().endswith(SENTENCE_ENDS)
