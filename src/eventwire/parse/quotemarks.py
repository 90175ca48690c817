"""Where the text is inside quotation marks, paragraph by paragraph.

Curly, guillemet, low-9, straight, typewriter ('' as in NYT copy, ``…'' as in AP copy) and single
curly marks are paired within a paragraph; a quote opened and not closed runs to the paragraph's
end (news style for quotes that continue in the next paragraph). Single curly marks (‘ ’) open a
top-level quote only where they cannot be an apostrophe, and inside a double quote they are a
nested quote, part of the outer one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile(r"''|``|[“”«»„\"‘’]")
TYPEWRITER = "''"  # two apostrophes for a double quotation mark, opening and closing alike
BACKTICKS = "``"  # two backticks open a quote that '' closes (AP and Penn Treebank style)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-empty lines (news paragraphs), in text order."""
    return [(match.start(), match.end()) for match in _PARAGRAPH.finditer(text)]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (including the marks) of quoted passages, in text order."""
    return list(_quoted_spans(text))


@lru_cache(maxsize=4)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Kept for the last few texts: actors, quotes and events each ask for the same article."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        spans.extend(_quoted_in_paragraph(paragraph.group(), paragraph.start()))
    return tuple(spans)


def _single_opens(paragraph: str, at: int) -> bool:
    """‘ opens a quote after a space, a bracket or the paragraph start, not inside a word."""
    return at == 0 or paragraph[at - 1] in " \t([—–-"


def _single_closes(paragraph: str, at: int) -> bool:
    """’ closes a quote when no letter follows (otherwise it is an apostrophe: "Ukraine’s")."""
    return at + 1 == len(paragraph) or not paragraph[at + 1].isalnum()


def _reversed_close(paragraph: str, at: int) -> bool:
    """A “ typed where ” was meant ("… here,“ said X"): after text, before a space or the end."""
    after = paragraph[at + 1 : at + 2]
    return (
        paragraph[at] == "“" and at > 0 and not paragraph[at - 1].isspace() and after in {"", " "}
    )


def _quoted_in_paragraph(paragraph: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    open_at: int | None = None
    closer = ""
    for mark in _MARK.finditer(paragraph):
        char, at = mark.group(), mark.start()
        char = {TYPEWRITER: '"', BACKTICKS: "“"}.get(char, char)
        if open_at is None:
            if char in OPENERS and (char != "‘" or _single_opens(paragraph, at)):
                open_at, closer = at, OPENERS[char]
        elif closer == "’":
            if char == "’" and _single_closes(paragraph, at):
                spans.append((offset + open_at, offset + mark.end()))
                open_at = None
        elif char == closer or (
            closer in '”"' and (char in '”"' or _reversed_close(paragraph, at))
        ):
            spans.append((offset + open_at, offset + mark.end()))
            open_at = None
    if open_at is not None and closer != "’":  # an unclosed ‘ is more likely "‘90s" than a quote
        spans.append((offset + open_at, offset + len(paragraph)))
    return spans


def inside(spans: Sequence[tuple[int, int]], position: int) -> bool:
    """True when `position` falls inside one of the spans, which are in text order and apart
    (as `quoted_spans` gives them): a binary search, since callers ask once per token."""
    after = bisect_left(spans, position, key=itemgetter(0))  # the first span starting later
    return after > 0 and position < spans[after - 1][1]
