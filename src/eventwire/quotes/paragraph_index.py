"""The article's paragraphs, looked up by character position.

The small model's parse may run over a paragraph break, so the quote finder keeps cues and
quotes to their own paragraph by position rather than by the parse.
"""

from __future__ import annotations

from bisect import bisect_right

from eventwire.parse.quotemarks import paragraphs
from eventwire.quotes.groups import QuoteGroup


class Paragraphs:
    """Paragraph spans of one text, with the paragraph of any position."""

    def __init__(self, text: str) -> None:
        self.spans = paragraphs(text)
        self.starts = [start for start, _ in self.spans]

    def index(self, position: int) -> int:
        """The paragraph holding `position` (or the last one before it)."""
        return max(0, bisect_right(self.starts, position) - 1)

    def end(self, position: int) -> int:
        return self.spans[self.index(position)][1] if self.spans else 0

    def same(self, position: int, group: QuoteGroup) -> bool:
        """`position` lies in the paragraph where the quote opens or where it closes."""
        here = self.index(position)
        return here in {self.index(group.start), self.index(group.end - 1)}
