"""Modifiers the tokenizer cuts apart before a group noun: a hyphenated compound ("red-shirted
farmers", "right-wing activists", "anti-fascist groups") and a quoted label ("\\"far-left\\"
groups"); the group is named with the whole modifier, as the text names it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.codes import country_of
from eventwire.lexicons import word_set

OPENING_QUOTES = frozenset({'"', "“", "``", "'"})
CLOSING_QUOTES = frozenset({'"', "”", "''", "'"})
MAX_QUOTED_TOKENS = 5  # a quoted label of a word or two, hyphens included


def joined_start(doc: Doc, start: int) -> int:
    """Where a hyphenated or quoted modifier ending right before `start` begins; `start`
    itself when there is none. A number joined by a hyphen ("22-member") is a size, not a
    modifier of the group's kind."""
    if start >= 1 and _glued_hyphen(doc, start):
        return start - 1
    for first in (start - 2, start - 3):  # "red-" before "shirted"; "right-wing" whole
        if first >= 0 and _hyphenated(doc, first):
            return first
    if start >= 2 and _closes_label(doc, start - 1):
        return _quote_opening(doc, start - 1)
    return start


def _glued_hyphen(doc: Doc, at: int) -> bool:
    """ "Anti-Castro demonstrators": the parser gave the hyphen and the name a modifier's role
    but not the capitalised prefix; a group's words never start at a hyphen glued to the word
    before it, which is part of the same modifier."""
    return doc[at].text == "-" and not doc[at - 1].whitespace_ and doc[at - 1].is_alpha


def _closes_label(doc: Doc, mark: int) -> bool:
    """A quote mark glued to the word before it closes a label ("\"far-left\" groups"); one
    spaced from it opens a quotation ("because \"Arab voters are coming"), whose words are
    the quote's, not a label."""
    return doc[mark].text in CLOSING_QUOTES and not doc[mark - 1].whitespace_


def _hyphenated(doc: Doc, first: int) -> bool:
    """ "right - wing" written as one word: two common words joined by a hyphen with no
    space, or a stance prefix joined to a name; a name's own compound ("Saudi-led forces")
    stays a mention of its own (`compound_groups`)."""
    left, hyphen, right = doc[first], doc[first + 1], doc[first + 2]
    unspaced = not left.whitespace_ and not hyphen.whitespace_
    common = left.is_alpha and right.is_alpha and (_common_word(left) or _stance(left))
    return unspaced and hyphen.text == "-" and common


def _stance(word: Token) -> bool:
    """ "Anti-Castro", "Pro-Government": a stance prefix joins the name after it into the
    group's modifier, capitalised or not."""
    return word.lower_ in word_set("stance_prefix")


def _common_word(word: Token) -> bool:
    """A common word, in lower case or capitalised only to open its sentence or a dateline's
    text ("Police-backed militias"), not a name or a country ("Saudi-led")."""
    first = word.i == word.sent.start or word.doc[word.i - 1].is_punct  # "AP) - Police-"
    opens = first and word.pos_ != "PROPN" and country_of(word.text) is None
    return word.is_lower or opens


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


def joins_next(word: Token) -> bool:
    """ "government-run", "police-backed": a noun a hyphen joins to the word after it is part
    of a modifier ("a government-run insurance option"), not a group that acts."""
    doc = word.doc
    after = word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].is_alpha
    return after and not word.whitespace_ and not doc[word.i + 1].whitespace_
