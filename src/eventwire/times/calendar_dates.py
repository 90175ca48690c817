"""Read calendar dates, months, years and seasons ("June 30, 1990", "last November", "the
1980s", "spring 1994") as TIMEX3 values; a date without a year takes the year the clause's
tense puts it in.

A calendar date is read from the rule's groups with the standard library's month names
(dateparser's first call cost 0.4 s of a cold start for months the rules had already matched).
They live apart from times/timex.py, which holds the shared records and the times counted from
the anchor ("yesterday", "last week", "two years ago").
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.model import TimeType
from eventwire.parse.dateline import MONTHS
from eventwire.times.timex import Context, Timex, dated, number

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": 4, "SU": 7, "FA": 10}  # a season's middle month; winter straddles two years
SLACK_DAYS = 120  # a past clause may still name a date some months ahead (a schedule)


def pick_year(month: int, day: int, ctx: Context) -> int | None:
    """The year of a month-day without one: the anchor's, unless the clause tense puts it more
    than SLACK_DAYS on the other side of the anchor ("Oct. 23" said in May: last October)."""
    if ctx.anchor is None:
        return None
    year = ctx.anchor.year
    offset = (date(2000, month, min(day, 28)) - ctx.anchor.replace(year=2000, day=1)).days
    if ctx.tense == "past" and offset > SLACK_DAYS:
        return year - 1
    if ctx.tense == "future" and offset < -SLACK_DAYS:
        return year + 1
    if ctx.tense in (None, "scheduled") and abs(offset) > 183:
        return year - 1 if offset > 0 else year + 1
    return year


def _month_number(name: str) -> int | None:
    """'Sept.', 'June', 'Jan.' → 9, 6, 1, from the month names datelines are read with."""
    return MONTHS.get(name.rstrip(".").lower())


def _calendar_day(month: str, day: str, year: str | None) -> date | None:
    """The day a rule matched; without a year, a leap year, so that '29 February' still reads."""
    number = _month_number(month)
    try:
        return date(int(year or 2000), number, int(day)) if number else None
    except ValueError:
        return None


def month_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """'February 3', 'Feb. 3, 2022', 'Saturday, April 25', '3 February 2022'."""
    parsed = _calendar_day(m["month"], m["day"], m["year"])
    if parsed is None:
        return None
    year = int(m["year"]) if m["year"] else pick_year(parsed.month, parsed.day, ctx)
    if year is None:
        return Timex(TimeType.DATE, None, "day")
    return dated(f"{year:04d}-{parsed.month:02d}-{parsed.day:02d}", "day", not m["year"])


def iso_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """'2015-12-02' as written in data and embedded posts (an impossible day is no date)."""
    try:
        day = date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return dated(day.isoformat(), "day", relative=False)


def day_range(m: re.Match[str], ctx: Context) -> Timex | None:
    """'February 10-22': one month, two days."""
    first = month_day(m, ctx)
    if first is None or first.timex3 is None:
        return first
    end = f"{first.timex3[:8]}{int(m['day2']):02d}"
    return Timex(TimeType.RANGE, None, "day", first.timex3, end, first.relative)


def month_name(m: re.Match[str], ctx: Context) -> Timex | None:
    """'May', 'last November', 'this September', 'August 1988', 'July last year'."""
    month = _month_number(m["month"])
    if month is None:
        return None
    if m["year"]:
        return dated(f"{m['year']}-{month:02d}", "month", relative=False)
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "month")
    modifier = (m["mod"] or m["yearmod"] or "").lower()
    year = ctx.anchor.year
    if modifier == "last":
        year -= 1 if month >= ctx.anchor.month or m["yearmod"] else 0
    elif modifier == "next":
        year += 1 if month <= ctx.anchor.month or m["yearmod"] else 0
    elif not modifier:
        year = pick_year(month, 15, ctx) or year
    return dated(f"{year:04d}-{month:02d}", "month")


def month_range(m: re.Match[str], ctx: Context) -> Timex | None:
    """'from May to July' (the same year unless the second month comes earlier)."""
    first = month_name(m, ctx)
    second = _month_number(m["month2"])
    if first is None or first.timex3 is None or second is None:
        return first
    year = int(first.timex3[:4]) + (1 if second < int(first.timex3[5:7]) else 0)
    return Timex(TimeType.RANGE, None, "month", first.timex3, f"{year:04d}-{second:02d}")


def calendar_year(m: re.Match[str], ctx: Context) -> Timex | None:
    return dated(m["year"], "year", relative=False)


def spelled_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """'nineteen ninety-four', 'two thousand one': years as broadcast transcripts write them."""
    if m["thousand"] is not None:
        units = re.sub(r"^\W*(?:and\W+)?", "", m["thousand"])
        value = 2000 + (int(number(units)) if units else 0)
    else:
        value = int(number(m["hundreds"])) * 100 + int(number(re.sub(r"^oh\W+", "", m["rest"])))
    return dated(f"{value:04d}", "year", relative=False)


def decade(m: re.Match[str], ctx: Context) -> Timex | None:
    """'the 1980s' → '198' (TIMEX3 writes a decade as its first three digits)."""
    return dated((m["decade"] or m["bare"])[:3], "decade", relative=False)


def season(m: re.Match[str], ctx: Context) -> Timex | None:
    season = SEASONS[m["season"].lower()]
    spelled = m["hundreds"] or m["thousand"] is not None
    year = m["year"] or (spelled_year(m, ctx).timex3 if spelled else None)
    if year:
        return dated(f"{year}-{season}", "season", relative=False)
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "season")
    modifier = (m["mod"] or "").lower()
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(modifier, 0)
    if not modifier and season in SEASON_MONTHS:  # the clause's tense: 'will vote in the spring'
        year = pick_year(SEASON_MONTHS[season], 15, ctx) or year
    return dated(f"{year:04d}-{season}", "season")
