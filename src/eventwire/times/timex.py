"""Read a temporal expression as a TimeML TIMEX3 value, relative to the article date.

Each handler here turns the match of one rule (times/timex_rules.py) into a `Timex`. The same
rules find expressions in running text (times/extract.py), so what is found can be read.
Calendar dates, months, years and seasons ("June 30, 1990", "last November") are read in
times/calendar_dates.py; parts of a year, reporting periods, centuries and steps from the
story's time in times/timex_periods.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.model import TimeType
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
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
ORDINALS |= {"4th": 4, "1": 1, "2": 2, "3": 3, "4": 4}
HALVES = {"minute": "30S", "hour": "30M", "day": "T12H", "year": "6M"}  # ISO 8601: PT1H30M


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
