"""Where the text is inside quotation marks, paragraph by paragraph.

Curly, guillemet, low-9 and straight marks are paired within a paragraph; a quote opened and not
closed runs to the paragraph's end (news style for quotes that continue in the next paragraph).
"""

from __future__ import annotations

import re

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile(r"[“”«»„\"]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (including the marks) of quoted passages, in text order."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        spans.extend(_quoted_in_paragraph(paragraph.group(), paragraph.start()))
    return spans


def _quoted_in_paragraph(paragraph: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    open_at: int | None = None
    closer = ""
    for mark in _MARK.finditer(paragraph):
        char = mark.group()
        if open_at is None:
            if char in OPENERS:
                open_at, closer = mark.start(), OPENERS[char]
        elif char == closer or (char in '”"' and closer in '”"'):
            spans.append((offset + open_at, offset + mark.end()))
            open_at = None
    if open_at is not None:
        spans.append((offset + open_at, offset + len(paragraph)))
    return spans


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """True when `position` falls inside one of the spans."""
    return any(start < position < end for start, end in spans)
