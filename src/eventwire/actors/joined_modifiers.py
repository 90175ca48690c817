"""Modifiers the tokenizer cuts apart before a group noun: a hyphenated compound ("red-shirted
farmers", "right-wing activists", "anti-fascist groups") and a quoted label ("\\"far-left\\"
groups"); the group is named with the whole modifier, as the text names it."""

from __future__ import annotations

from spacy.tokens import Doc

OPENING_QUOTES = frozenset({'"', "“", "``", "'"})
CLOSING_QUOTES = frozenset({'"', "”", "''", "'"})
MAX_QUOTED_TOKENS = 5  # a quoted label of a word or two, hyphens included


def joined_start(doc: Doc, start: int) -> int:
    """Where a hyphenated or quoted modifier ending right before `start` begins; `start`
    itself when there is none. A number joined by a hyphen ("22-member") is a size, not a
    modifier of the group's kind."""
    for first in (start - 2, start - 3):  # "red-" before "shirted"; "right-wing" whole
        if first >= 0 and _hyphenated(doc, first):
            return first
    if start >= 2 and doc[start - 1].text in CLOSING_QUOTES:
        return _quote_opening(doc, start - 1)
    return start


def _hyphenated(doc: Doc, first: int) -> bool:
    """ "right - wing" written as one word: two common words joined by a hyphen with no
    space; a name's ("Saudi-led forces") stays a mention of its own (`compound_groups`)."""
    left, hyphen, right = doc[first], doc[first + 1], doc[first + 2]
    unspaced = not left.whitespace_ and not hyphen.whitespace_
    common = left.is_lower and left.is_alpha and right.is_alpha
    return unspaced and hyphen.text == "-" and common


def _quote_opening(doc: Doc, closing: int) -> int:
    """The opening quote of a short quoted label of words and hyphens; the closing quote's
    next index (no label) when the words between are anything else."""
    for at in range(closing - 1, max(closing - MAX_QUOTED_TOKENS - 1, -1), -1):
        token = doc[at]
        if token.text in OPENING_QUOTES and at < closing - 1:
            return at
        if not (token.is_alpha or token.text == "-"):
            break
    return closing + 1
