"""The article's paragraphs, looked up by character position.

The small model's parse may run over a paragraph break, so the quote finder keeps cues and
quotes to their own paragraph by position rather than by the parse.
"""

from __future__ import annotations

from bisect import bisect_right

from eventwire.lexicons import word_set
from eventwire.parse.quotemarks import paragraphs
from eventwire.quotes.groups import QuoteGroup

HEADING_WORDS = word_set("text_heading")  # "Transcript as follows:", "Full statement below:"
MAX_HEADING_WORDS = 6


class Paragraphs:
    """Paragraph spans of one text, with the paragraph of any position."""

    def __init__(self, text: str) -> None:
        self.text = text
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

    def reach(self, position: int) -> int:
        """The earliest paragraph whose speaker a quote paragraph at `position` with no cue
        of its own goes on with: the one before, or the one before a heading line that only
        announces the words ("Transcript as follows:"), which names no speaker itself."""
        before = self.index(position) - 1
        while before > 0 and self._heading(before):
            before -= 1
        return before

    def _heading(self, index: int) -> bool:
        """A short line ending in a colon that names a text ("Partial transcript as follows:",
        "Full statement below:") and not whose it is: "Text of the Turkish statement:" and
        "Obama's remarks:" name their own speaker, so the quote under them is not the one before."""
        start, end = self.spans[index]
        line = self.text[start:end].strip()
        words = line.rstrip(":").split()
        short = line.endswith(":") and len(words) <= MAX_HEADING_WORDS
        named = any(w[:1].isupper() for w in words[1:]) or any(_owner(w) for w in words)
        return short and not named and any(_heading_word(w) for w in words)


def _heading_word(word: str) -> bool:
    return word.strip(".,").lower() in HEADING_WORDS


def _owner(word: str) -> bool:
    """A possessive ("Obama's", "the ministers'"): the text's owner named."""
    return word.rstrip(".,").endswith(("'s", "’s", "'", "’"))
