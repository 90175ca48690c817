"""Dates that a relative expression counts from, other than the article's own date.

- A quoted document or email that carries its own date ("Sent: Friday, March 4, 2016", "a
  memo dated March 3, 2014") is the anchor of the expressions written in it: its "Tuesday" is
  the Tuesday before that date, its "next year" the year after it.
- "N days before/after X" counts from X when the text dates X ("the Oct. 23 shooting", or a
  sentence that mentions the shooting with a calendar day); otherwise it is only a length of
  time, not a day counted from the article date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.parse.nlp import doc_text, tokens
from eventwire.parse.tags import NOUN_POS
from eventwire.times.timex import Context, number
from eventwire.times.timex_rules import normalise

_DAY = r"(?:\w+,\s+)?(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"
DOCUMENT_DATES = [
    re.compile(rf"(?im)^[>\s]*(?:date|sent)\s*:\s*{_DAY}"),  # an email's or memo's header line
    re.compile(rf"(?i)\b(?:dated|written on|sent on)\s+{_DAY}"),
]
EVENT_OFFSET = re.compile(
    r"(?i)(?P<num>\S+)\s+(?P<unit>day|week|month|quarter|year|decade)s?\s+(?P<dir>before|after)"
)
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    anchor: date


def _paragraph_end(text: str, at: int, paragraphs: int) -> int:
    """Where the `paragraphs`-th paragraph break after `at` is (the text's end if none)."""
    end = at
    for _ in range(paragraphs):
        found = text.find("\n\n", end + 2 if end > at else end)
        if found < 0:
            return len(text)
        end = found
    return end


def _read_day(text: str) -> date | None:
    timex = normalise(text, Context(None))
    value = timex.timex3 if timex else None
    return date.fromisoformat(value) if value and DAY_VALUE.fullmatch(value) else None


def document_regions(text: str) -> list[Region]:
    """Stretches of text written under a date of their own: an email header's paragraph and
    the body paragraph after it; the rest of the paragraph of a document 'dated …'."""
    regions = []
    for index, pattern in enumerate(DOCUMENT_DATES):
        for match in pattern.finditer(text):
            day = _read_day(match["date"])
            if day is not None:
                end = _paragraph_end(text, match.end(), 2 if index == 0 else 1)
                regions.append(Region(match.end(), end, day))
    return regions


def anchor_at(regions: list[Region], default: date | None) -> Callable[[int], date | None]:
    """The anchor of the text at an offset: the innermost dated document around it, else
    the article date."""

    def anchor(offset: int) -> date | None:
        inside = [r for r in regions if r.start <= offset < r.end]
        return max(inside, key=lambda r: r.start).anchor if inside else default

    return anchor


def _object_of(doc: Doc, start: int, end: int) -> Token | None:
    """The noun that 'before'/'after' governs in an offset expression ('the murder')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    preposition = span[-1]
    objects = [t for t in preposition.children if t.dep_ == "pobj"]
    return objects[0] if objects and objects[0].pos_ in NOUN_POS else None


def event_day(doc: Doc, noun: Token, days: list[tuple[int, int, date]]) -> date | None:
    """The calendar day the text gives an event noun: a day inside its own phrase ('the
    Oct. 23 shooting'), else the one day written in another sentence naming the same noun."""
    phrase = (noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge))
    own = [d for s, e, d in days if phrase[0] <= s and e <= phrase[1]]
    if own:
        return own[0]
    for other in tokens(doc):
        if other.i == noun.i or other.lemma_ != noun.lemma_ or other.pos_ != noun.pos_:
            continue
        sentence = other.sent
        dated = {d for s, e, d in days if sentence.start_char <= s and e <= sentence.end_char}
        if len(dated) == 1:
            return dated.pop()
    return None


def offset_from_event(
    doc: Doc, start: int, end: int, days: list[tuple[int, int, date]]
) -> tuple[date, str, int, int] | None:
    """For 'N days before X' with X dated in the text: (X's day, unit, N, sign)."""
    match = EVENT_OFFSET.fullmatch(doc_text(doc)[start:end])
    noun = _object_of(doc, start, end) if match else None
    if match is None or noun is None:
        return None
    day = event_day(doc, noun, days)
    digits = number(match["num"])
    if day is None or not digits.isdigit():
        return None
    sign = -1 if match["dir"].lower() == "before" else 1
    return day, match["unit"].lower(), int(digits), sign
