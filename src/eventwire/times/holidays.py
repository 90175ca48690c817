"""Named days ('Christmas', 'Good Friday', 'Thanksgiving') read as calendar days.

The names and their rules are eventwire's lexicon `holidays.tsv`; Easter's date comes from
python-dateutil (installed with dateparser). A name without a year is in the anchor's year
unless the clause's tense puts it on the other side of the anchor, as for a month and day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter

from eventwire.lexicons import read_table
from eventwire.model import TimeType
from eventwire.times.calendar_dates import pick_year
from eventwire.times.timex import WEEKDAYS, Context, Timex, dated, iso_week

HOLIDAYS = {name: when for name, when in read_table("holidays.tsv")}
HOLIDAY_NAMES = "|".join(re.escape(n) for n in sorted(HOLIDAYS, key=len, reverse=True))


def day_of(name: str, year: int) -> date:
    """The holiday's day in a given year (for a week, a day of that week)."""
    when = HOLIDAYS[name].removesuffix(" week")
    if when.startswith("easter"):
        return easter(year) + timedelta(days=int(when.removeprefix("easter")))
    if when.count(":") == 2:
        month, nth, weekday = when.split(":")
        return _nth_weekday(year, int(month), int(nth), WEEKDAYS.index(weekday))
    month, day = when.split("-")
    return date(year, int(month), int(day))


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    if nth < 0:  # the last: count back from the first of the next month
        first_next = date(year + month // 12, month % 12 + 1, 1)
        return first_next - timedelta(days=(first_next.weekday() - weekday - 1) % 7 + 1)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def holiday(m: re.Match[str], ctx: Context) -> Timex | None:
    """'Christmas', 'Easter 1998', 'Thanksgiving': the day, in the year the clause means."""
    name = m["holiday"]
    week = HOLIDAYS[name].endswith(" week")
    if m["year"]:
        return _valued(day_of(name, int(m["year"])), week, relative=False)
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "week" if week else "day")
    this_year = day_of(name, ctx.anchor.year)
    year = pick_year(this_year.month, this_year.day, ctx) or ctx.anchor.year
    return _valued(day_of(name, year), week)


def _valued(day: date, week: bool, relative: bool = True) -> Timex:
    if week:
        return dated(iso_week(day), "week", relative)
    return dated(day.isoformat(), "day", relative)
