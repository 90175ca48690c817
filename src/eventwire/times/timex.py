"""Read a temporal expression as a TimeML TIMEX3 value, relative to the article date.

Each handler here turns the match of one rule (times/timex_rules.py) into a `Timex`. The same
rules find expressions in running text (times/extract.py), so what is found can be read.
A calendar date ("June 30, 1990", "Sept. 3") is read from the rule's groups with the standard
library's month names (dateparser's first call cost 0.4 s of a cold start for months the rules
had already matched). Parts of a year, reporting periods, centuries and steps from the story's
time are in times/timex_periods.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.model import TimeType
from eventwire.parse.dateline import MONTHS
from eventwire.parse.pubdate import WEEKDAYS

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "nineteen": 19,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "oh": 0,
}  # fmt: skip
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": 4, "SU": 7, "FA": 10}  # a season's middle month; winter straddles two years
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
ORDINALS |= {"4th": 4, "1": 1, "2": 2, "3": 3, "4": 4}
HALVES = {"minute": "30S", "hour": "30M", "day": "T12H", "year": "6M"}  # ISO 8601: PT1H30M
SLACK_DAYS = 120  # a past clause may still name a date some months ahead (a schedule)


@dataclass(frozen=True)
class Context:
    """What a relative expression is resolved against: the anchor date and the clause tense."""

    anchor: date | None
    tense: str | None = None  # "past", "future", "scheduled" ('is on Tuesday') or None


@dataclass(frozen=True)
class Timex:
    type: TimeType
    timex3: str | None
    granularity: str
    start: str | None = None
    end: str | None = None
    relative: bool = True
    narrative: bool = False  # counted from the story's last-named time ('two days later')


@dataclass(frozen=True)
class Found:
    """A Timex read at a place in the text."""

    start: int
    end: int
    timex: Timex


Handler = Callable[[re.Match[str], Context], Timex | None]


def number(word: str) -> str:
    """'two' → '2', '5' → '5', 'several' → 'X' (TimeML's unknown digit)."""
    word = word.lower()
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    parts = re.split(r"[\s-]+", word)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in DIGITS:  # 'twenty-five'
        return str(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    if word.replace(".", "").isdigit():
        return word.removesuffix(".0")
    return "X"


def _unit(word: str) -> str:
    return word.lower().rstrip("s").replace("centurie", "century")


def _duration(amount: str, unit: str) -> str:
    code = UNITS[_unit(unit)]
    if code == "DE":
        amount, code = (amount + "0" if amount != "X" else "X"), "Y"
    if code == "CE":
        amount, code = (amount + "00" if amount != "X" else "X"), "Y"
    timed = _unit(unit) in ("second", "minute", "hour")
    return f"PT{amount}{code}" if timed else f"P{amount}{code}"


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def shift(anchor: date, unit: str, n: int) -> tuple[str, str]:
    """The calendar unit `n` steps from the anchor, as (TIMEX3 value, granularity)."""
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return iso_week(anchor + timedelta(weeks=n)), "week"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + n
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    if unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}", "quarter"
    if unit == "decade":
        return f"{(anchor.year // 10 + n):03d}", "decade"
    return f"{anchor.year + n:04d}", "year"


def dated(value: str, granularity: str, relative: bool = True) -> Timex:
    return Timex(TimeType.DATE, value, granularity, relative=relative)


def vague_ref(name: str) -> Handler:
    return lambda m, ctx: Timex(TimeType.VAGUE, name, "vague")


def deictic(m: re.Match[str], ctx: Context) -> Timex | None:
    """today / yesterday / tomorrow / tonight, with an optional part of the day."""
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "day")
    word = m["word"].lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    value = (ctx.anchor + timedelta(days=offset)).isoformat()
    part = DAY_PARTS.get((m["part"] or "").lower()) or DAY_PARTS.get(word)
    return dated(f"{value}T{part}", "part_of_day") if part else dated(value, "day")


def this_part(m: re.Match[str], ctx: Context) -> Timex | None:
    """'this morning' → the anchor day's morning."""
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "part_of_day")
    return dated(f"{ctx.anchor.isoformat()}T{DAY_PARTS[m['part'].lower()]}", "part_of_day")


def weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    """The most recent such day on or before the anchor, or the next one in a future clause;
    with a part of the day ('Sunday night', 'Sunday evening'), the day, as TimeBank mostly
    values it."""
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "day")
    target = WEEKDAYS.index(m["weekday"].lower())
    modifier = " ".join((m["mod"] or "").lower().split())
    if modifier.startswith("the "):  # 'the previous Friday': before the story's time
        step = 1 if modifier.endswith("following") else -1
        days = (step * (target - ctx.anchor.weekday())) % 7 or 7
        day = ctx.anchor + timedelta(days=step * days)
        return Timex(TimeType.DATE, day.isoformat(), "day", narrative=True)
    ahead = ctx.tense in ("future", "scheduled")
    future = modifier == "next" or (ahead and modifier != "last")
    if future:
        day = ctx.anchor + timedelta(days=(target - ctx.anchor.weekday()) % 7)
        if modifier == "next" and day == ctx.anchor:
            day += timedelta(days=7)
    else:
        day = ctx.anchor - timedelta(days=(ctx.anchor.weekday() - target) % 7)
    return dated(day.isoformat(), "day")


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


def relative(m: re.Match[str], ctx: Context) -> Timex | None:
    """'last week', 'this year', 'next month', 'the quarter', 'the year-earlier quarter'.

    Wire reports speak of a quarter in the past tense once it has ended, so 'the quarter' in a
    past clause is the one before the anchor's.
    """
    unit = _unit(m["unit"])
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, unit)
    mod = m["mod"].lower().removeprefix("the ").strip()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(mod, 0)
    if unit == "quarter" and mod in ("the", "latest", "most recent", "year-earlier"):
        step = -1 if ctx.tense == "past" or mod != "the" else 0
    if mod == "year-earlier":
        step += {"quarter": -4, "year": -1}.get(unit, 0)
    value, granularity = shift(ctx.anchor, unit, step)
    return dated(value, granularity)


def weekend(m: re.Match[str], ctx: Context) -> Timex | None:
    """'the weekend' → the anchor week's weekend, or the one before in a past clause."""
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "week")
    mod = (m["mod"] or "").lower()
    back = mod == "last" or (ctx.tense == "past" and mod != "next" and ctx.anchor.weekday() < 5)
    value, _ = shift(ctx.anchor, "week", -1 if back else (1 if mod == "next" else 0))
    return dated(f"{value}-WE", "weekend")


def last_night(m: re.Match[str], ctx: Context) -> Timex | None:
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "part_of_day")
    return dated(f"{(ctx.anchor - timedelta(days=1)).isoformat()}TNI", "part_of_day")


def ago(m: re.Match[str], ctx: Context) -> Timex | None:
    """'41 years ago', 'a year earlier', 'two weeks from now'."""
    amount, unit = number(m["num"]), _unit(m["unit"])
    direction = " ".join(m["dir"].lower().split())
    ahead = direction in ("from now", "later", "hence")
    if amount == "X" and direction == "later":  # 'a few days later': a length from some event
        return Timex(TimeType.DURATION, _duration(amount, unit), unit)
    if amount == "X" or unit not in ("day", "week", "month", "quarter", "year", "decade"):
        return Timex(TimeType.VAGUE, "FUTURE_REF" if ahead else "PAST_REF", unit)
    if direction == "later" and ctx.tense == "past":  # after a time the story has not named
        return Timex(TimeType.DURATION, _duration(amount, unit), unit, narrative=True)
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, unit)
    value, granularity = shift(ctx.anchor, unit, (1 if ahead else -1) * int(float(amount)))
    return Timex(TimeType.DATE, value, granularity, narrative=direction == "later")


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


def clock(m: re.Match[str], ctx: Context) -> Timex | None:
    """'10:35 a.m.', '5 p.m.', 'eight o'clock', 'noon', 'midnight' (T24:00) on the anchor day."""
    hour = int(number(m["hour"])) if m["hour"] else 12
    if m[0].lower() == "midnight":
        hour = 24
    minute = int(m["minute"] or 0)
    meridian = (m["ampm"] or "").lower().replace(".", "")
    if meridian == "pm" and hour < 12:
        hour += 12
    if meridian == "am" and hour == 12:
        hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if ctx.anchor is None:
        return Timex(TimeType.DATE, None, "time")
    return dated(f"{ctx.anchor.isoformat()}{clock}", "time")


def hence(m: re.Match[str], ctx: Context) -> Timex | None:
    """'(will be redeemed) in five years': in a future clause, the time that far from the anchor
    (TimeML's DATE); elsewhere ('rose 5% in two years') a length of time."""
    amount, unit = number(m["num"]), _unit(m["unit"])
    if ctx.tense != "future" or not amount.isdigit() or ctx.anchor is None:
        return Timex(TimeType.DURATION, _duration(amount, unit), unit)
    value, granularity = shift(ctx.anchor, unit, int(amount))
    return dated(value, granularity)


def period(m: re.Match[str], ctx: Context) -> Timex | None:
    """'two weeks', 'the past 12 months', '5 1/2 hours', 'several years', 'seven-day'."""
    amount = number(m["num"]) if m["num"] else "X"
    value = _duration(amount, m["unit"])
    half = HALVES.get(_unit(m["unit"])) if amount != "X" else None
    if (m["half"] or m["andhalf"]) and half:
        value += half
    return Timex(TimeType.DURATION, value, _unit(m["unit"]))


def bare_units(m: re.Match[str], ctx: Context) -> Timex | None:
    """'years', 'recent months', 'decades': an unknown number of units."""
    return Timex(TimeType.DURATION, _duration("X", m["unit"]), _unit(m["unit"]))


def every(m: re.Match[str], ctx: Context) -> Timex | None:
    """'each month', 'annually', 'weekly' → P1M, P1Y, P1W."""
    adverbs = {"annually": "year", "daily": "day", "weekly": "week", "monthly": "month"}
    unit = adverbs.get((m["adverb"] or "").lower()) or _unit(m["unit"])
    return Timex(TimeType.SET, _duration("1", unit), unit)
