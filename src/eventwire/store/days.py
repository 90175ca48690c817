"""Days of ISO 8601 / TIMEX3 values: the first and last day a stated time covers.

A year-only "2022" covers 2022-01-01 to 2022-12-31, not just its first day, so merging can tell
a vague time from a precise one and exports can avoid inventing a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

PRECISION = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"^\d{4}-W\d{2}$"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}$"), "year"),
]


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    precision: str  # day, week, month or year


def parse_day(value: str | None) -> date | None:
    """The day an ISO 8601 value starts on (`2022-02`, `2022-02-03T10:00` ...), if any."""
    if not value:
        return None
    parts = [*value[:10].split("-"), "01", "01"][:3]
    try:
        return date(*(int(part) for part in parts))
    except ValueError:
        return None


def period(value: str | None) -> Period | None:
    """The days a TIMEX3 day, ISO week, month or year value covers; None for anything else."""
    precision = next((name for pattern, name in PRECISION if pattern.match(value or "")), None)
    if precision is None or value is None:
        return None
    try:
        if precision == "week":
            start = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return Period(start, start + timedelta(days=6), precision)
        first = {"day": value[:10], "month": f"{value}-01", "year": f"{value}-01-01"}[precision]
        start = date.fromisoformat(first)
    except ValueError:
        return None
    return Period(start, _last_day(start, precision), precision)


def _last_day(start: date, precision: str) -> date:
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return start
