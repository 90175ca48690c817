"""Times read in the story's context, after each expression has been read on its own.

The rules of times/timex_rules.py value each expression against the article date (or a quoted
document's own date). Some values depend on the expressions around them instead:
- a comparison takes the granularity of the reporting period named before it ('a year ago'
  after 'the third quarter' is that quarter a year back);
- a past weekday after a narrated calendar day is counted from that day;
- a clock time written with its day ('10:35 a.m. Friday'), or in a sentence that names a day,
  is that day's time;
- 'N days before X' counts from X when the text dates X (times/anchors.py);
- 'the same day', 'the following year', 'two days later' count from the time the story last
  named (TimeML's reference time), which need not be the article date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from eventwire.model import TimeType
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import VERB_POS
from eventwire.times.anchors import EVENT_OFFSET, offset_from_event
from eventwire.times.timex import WEEKDAYS, Context, Found, Timex, shift
from eventwire.times.timex_rules import YEAR_PERIOD as YEAR_PERIOD_RULE
from eventwire.times.timex_rules import normalise

# 'a year ago' in an earnings report compares the reporting quarter with the same one a year back
YEAR_BACK = re.compile(
    r"(?i)(?:a|one)\s+year\s+(?:ago|earlier)|(?:the\s+)?year-(?:earlier|ago)(?: period)?"
)
YEAR_PERIOD = re.compile(YEAR_PERIOD_RULE)  # 'the 1989 period'
INDEFINITE = re.compile(r"(?i)\b(?:a|an)\s+(?:[a-z-]+\s+)?$")  # 'a flat second quarter'
LATEST = re.compile(r"(?i)(?:the\s+)?latest\s+period")
QUARTER_VALUE = re.compile(r"(?P<year>\d{4})-Q(?P<q>[1-4])")
WEEKDAY = re.compile(
    r"(?i)(?:last\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
DEICTIC = re.compile(r"(?i)today|yesterday|tomorrow|tonight")
NARRATIVE_WINDOW = (7, 13)  # days before the article date a narrated dated event may lie
CALENDAR = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?")
# how much of a named time a step of each unit needs: a day for 'the next day', a year for
# 'the following year'
NEEDS = {"day": "day", "week": "day", "month": "month", "quarter": "month", "year": "year"}


CLOCK_THEN_DAY = re.compile(
    r"[\s,]*(?:\([^()]{1,20}\)[\s,]*)?(?:on\s+)?"
)  # '10:35 a.m. (0735 GMT) Friday'
DAY_THEN_CLOCK = re.compile(r"[\s,]*(?:at\s+)?(?:about\s+|around\s+)?")  # 'Friday at 10:35 a.m.'


def _day_beside(text: str, found: list[Found], i: int) -> str | None:
    """The calendar day written right after or before the i-th expression, if any."""
    f, days = found[i], []
    if i + 1 < len(found) and CLOCK_THEN_DAY.fullmatch(text[f.end : found[i + 1].start]):
        days.append(found[i + 1].timex.timex3)
    if i > 0 and DAY_THEN_CLOCK.fullmatch(text[found[i - 1].end : f.start]):
        days.append(found[i - 1].timex.timex3)
    return next((d for d in days if d and DAY_VALUE.fullmatch(d)), None)


def _day_of_sentence(doc: Doc, found: list[Found], i: int) -> str | None:
    """The calendar day named nearest the i-th expression within its sentence ('On Friday,
    the blast … at about 10:35 a.m.'): TimeML reads a clock time on the day its sentence
    speaks of."""
    span = doc.char_span(found[i].start, found[i].end, alignment_mode="expand")
    if span is None:
        return None
    sentence = span.sent
    for j in sorted(range(len(found)), key=lambda j: abs(j - i)):
        other = found[j]
        inside = sentence.start_char <= other.start and other.end <= sentence.end_char
        day = other.timex.granularity == "day" and DAY_VALUE.fullmatch(other.timex.timex3 or "")
        if j != i and inside and day:
            return other.timex.timex3
    return None


def _clocks_on_their_day(doc: Doc, found: list[Found]) -> list[Found]:
    """A clock time written with its day ('10:35 a.m. Friday', 'Friday at 6 a.m.') is that
    day's time, not the article date's; without one beside it, the day its sentence names."""
    text = doc_text(doc)
    out = []
    for i, f in enumerate(found):
        day = None
        if f.timex.granularity == "time":
            day = _day_beside(text, found, i) or _day_of_sentence(doc, found, i)
        if day and f.timex.timex3 and "T" in f.timex.timex3:
            clock = f.timex.timex3[f.timex.timex3.index("T") :]
            f = Found(f.start, f.end, Timex(TimeType.DATE, f"{day}{clock}", "time"))
        out.append(f)
    return out


def _against_events(doc: Doc, found: list[Found]) -> list[Found]:
    """'10 days before the murder' counts from the murder's day when the text gives it, and
    is otherwise a length of time (not ten days before the article date)."""
    text = doc_text(doc)
    days = [
        (f.start, f.end, date.fromisoformat(f.timex.timex3 or ""))
        for f in found
        if _is_dated(text, f)
    ]
    out = []
    for f in found:
        match = EVENT_OFFSET.fullmatch(text[f.start : f.end])
        if match:
            offset = offset_from_event(doc, f.start, f.end, days)
            if offset is None:
                timex = normalise(f"{match['num']} {match['unit']}s", Context(None))
            else:
                day, unit, amount, sign = offset
                value, granularity = shift(day, unit, sign * amount)
                timex = Timex(TimeType.DATE, value, granularity)
            f = Found(f.start, f.end, timex or f.timex)
        out.append(f)
    return out


def _against_reporting_quarter(text: str, found: list[Found]) -> list[Found]:
    """TimeML values a comparison at the granularity of the period compared: after 'the third
    quarter' (1989-Q3), 'a year ago' is 1988-Q3 and 'the 1989 period' 1989-Q3, not years;
    after 'the nine months' or 'the year', it stays a year. A quarter named in passing is not
    the one compared."""
    quarter = None
    out = []
    for f in found:
        surface = text[f.start : f.end]
        back, year = YEAR_BACK.fullmatch(surface), YEAR_PERIOD.fullmatch(surface)
        if quarter and (back or year or LATEST.fullmatch(surface)):
            value = f"{int(quarter['year']) - (1 if back else 0):04d}-Q{quarter['q']}"
            if year:
                value = f"{year['year']}-Q{quarter['q']}"
            f = Found(f.start, f.end, Timex(TimeType.DATE, value, "quarter"))
        elif f.timex.granularity in ("quarter", "month", "year") and not _in_passing(text, f):
            quarter = QUARTER_VALUE.fullmatch(f.timex.timex3 or "")
        out.append(f)
    return out


def _in_passing(text: str, found: Found) -> bool:
    """'after a flat second quarter': a period named with an indefinite article is not the
    report's own. In 'a third-quarter loss' the article is the loss's, not the quarter's."""
    surface = text[found.start : found.end]
    return "-" not in surface and bool(
        INDEFINITE.search(text[max(0, found.start - 30) : found.start])
    )


def _in_background(doc: Doc, found: Found) -> bool:
    """A date in a clause that describes a noun ('Iran, which had condemned the invasion on
    Aug. 2') tells background, not the time the story goes on to narrate."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    clause = next((t for t in span.root.ancestors if t.pos_ in VERB_POS), span.root)
    return clause.dep_ in NOUN_CLAUSE_DEPS


def _against_narrative_date(doc: Doc, found: list[Found], anchor: date | None) -> list[Found]:
    """TimeML anchors a past weekday to the narrative's time: after 'on Aug. 6' (a Monday, nine
    days before the article), 'Tuesday' is Aug. 7, the first such day from the narrated date,
    not the Tuesday before the article date."""
    text = doc_text(doc)
    low, high = NARRATIVE_WINDOW
    narrated, narrated_end = None, 0
    out = []
    for f in found:
        value = f.timex.timex3 or ""
        weekday = WEEKDAY.fullmatch(text[f.start : f.end])
        if "\n\n" in text[narrated_end : f.start]:
            narrated = None  # a new paragraph leaves the narrated day
        if weekday and narrated and anchor and DAY_VALUE.fullmatch(value) and value < str(anchor):
            target = WEEKDAYS.index(weekday["day"].lower())
            day = narrated + timedelta(days=(target - narrated.weekday()) % 7)
            f = Found(f.start, f.end, Timex(TimeType.DATE, day.isoformat(), "day"))
        elif _is_dated(text, f) and anchor and not _in_background(doc, f):
            day = date.fromisoformat(f.timex.timex3 or "")
            narrated = day if low <= (anchor - day).days <= high else None
            narrated_end = f.end
        out.append(f)
    return out


def _reference(value: str | None, unit: str) -> date | None:
    """The named time as a date to count from, when it is precise enough for the unit."""
    match, need = CALENDAR.fullmatch(value or ""), NEEDS.get(unit, "day")
    if match is None or (need != "year" and not match[need]):
        return None
    return date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))


def _against_reference_time(text: str, found: list[Found]) -> list[Found]:
    """'the same day', 'the following year', 'two days later': from the last calendar time
    the story named before ('signed on March 4, 2019 … two days later' is 2019-03-06)."""
    last = None
    out = []
    for f in found:
        if f.timex.narrative and last:
            reference = _reference(last, f.timex.granularity)
            timex = normalise(text[f.start : f.end], Context(reference)) if reference else None
            f = Found(f.start, f.end, timex) if timex else f
        if f.timex.type is TimeType.DATE and CALENDAR.fullmatch(f.timex.timex3 or ""):
            last = f.timex.timex3
        out.append(f)
    return out


def _is_dated(text: str, found: Found) -> bool:
    """A calendar day written out ('Aug. 6'), not one counted from the article date ('today')."""
    surface = text[found.start : found.end]
    day = found.timex.granularity == "day" and DAY_VALUE.fullmatch(found.timex.timex3 or "")
    return bool(day) and not WEEKDAY.fullmatch(surface) and not DEICTIC.match(surface)


def in_context(doc: Doc, found: list[Found], anchor: date | None) -> list[Found]:
    """The expressions (in text order) with the values their neighbours give them."""
    text = doc_text(doc)
    found = _against_reporting_quarter(text, found)
    found = _against_narrative_date(doc, found, anchor)
    found = _against_reference_time(text, found)
    return _clocks_on_their_day(doc, _against_events(doc, found))
