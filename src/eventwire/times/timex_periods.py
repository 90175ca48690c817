"""Handlers for periods read against the story rather than the calendar alone: parts of a
year (quarters, halves) and the comparisons of earnings reports, centuries, and steps from the
time the story last named ('the following year'). Split from times/timex.py, which holds the
helpers they share (calendar dates are read in times/calendar_dates.py).
"""

from __future__ import annotations

import re

from eventwire.model import TimeType
from eventwire.times.timex import DAY_PARTS, ORDINALS, Context, Timex, dated, quarter_of, shift

# the step each word of a narrative phrase takes from the story's time ('the following day')
NARRATIVE_STEPS = {
    "following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1,
}  # fmt: skip


def narrated(m: re.Match[str], ctx: Context) -> Timex | None:
    """'the same day', 'the following year', 'the next day', 'the day before': a step from the
    time the story last named (times/narrative.py), the anchor's until one is named; a step
    forward in a past clause cannot start from the anchor, so it stays unknown until then."""
    unit = m["unit"].lower()
    step = NARRATIVE_STEPS.get((m.groupdict().get("dir") or "").lower(), 0)
    if ctx.anchor is None or (step > 0 and ctx.tense == "past"):  # after a time not yet named
        return Timex(TimeType.DATE, None, unit, narrative=True)
    value, granularity = shift(ctx.anchor, unit, step)
    return Timex(TimeType.DATE, value, granularity, narrative=True)


def day_of_event(m: re.Match[str], ctx: Context) -> Timex | None:
    """'Today is the eighth day of the operation', 'It's the second day of an offensive': the
    Nth day of an event said in the present is the day the story is told; told in another
    tense it counts from a start the text need not give, so it is no time found here."""
    if ctx.tense != "scheduled" or ctx.anchor is None:
        return None
    return dated(ctx.anchor.isoformat(), "day")


def narrated_part(m: re.Match[str], ctx: Context) -> Timex | None:
    """'(in) the morning': that part of the day the story last named, the anchor's until one is
    named."""
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "part_of_day")
    value = f"{ctx.anchor.isoformat()}T{DAY_PARTS[m['part'].lower()]}"
    return Timex(TimeType.DATE, value, "part_of_day", narrative=True)


def part_of_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """'the third quarter', 'Q3 2026', 'the first half of 1989' → the anchor's year, or the
    year before for a part not yet begun that a past clause speaks of."""
    groups = m.groupdict()
    half = (groups.get("unit") or "").lower() == "half"
    letter, granularity = ("H", "half") if half else ("Q", "quarter")
    part = ORDINALS[groups["ord"].lower()]
    if groups.get("year") or groups.get("year0"):
        year = groups.get("year") or groups.get("year0")
        return dated(f"{year}-{letter}{part}", granularity, relative=False)
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, granularity)
    current = (ctx.anchor.month - 1) // 6 + 1 if half else quarter_of(ctx.anchor)
    year = ctx.anchor.year - (1 if part > current and ctx.tense == "past" else 0)
    return dated(f"{year:04d}-{letter}{part}", granularity)


def year_back(m: re.Match[str], ctx: Context) -> Timex | None:
    """'year-earlier results': the year before the anchor's (a reported quarter's, after one is
    named: times/narrative.py)."""
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "year")
    return dated(f"{ctx.anchor.year - 1:04d}", "year")


def reporting_period(m: re.Match[str], ctx: Context) -> Timex | None:
    """'the latest period', 'the year-earlier period': valued from the report's quarter, which
    the text names before (times/extract.py)."""
    return Timex(TimeType.DATE, None, "quarter")


def century(m: re.Match[str], ctx: Context) -> Timex | None:
    """'the 11th century' → '10' (TIMEX3 writes a century as its first two digits)."""
    return dated(f"{int(m['nth']) - 1:02d}", "century", relative=False)
