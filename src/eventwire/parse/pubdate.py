"""The publication date, with the year inferred (and the method recorded) when the text omits it.

A dateline such as "February 3" has no year. Wires report the day's news, so a weekday named in
the lead ("on Thursday") usually is the dateline's own weekday; years named in the text narrow
the candidates further; a date supplied by the caller settles it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from eventwire.lexicons import calendar_names
from eventwire.model import Article, DateMethod

WEEKDAYS = [name.lower() for name, _ in calendar_names("weekday")]  # 0 = Monday, as date.weekday()
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d.,]\d)")
EARLIEST_YEAR = 1980


def weekday_in(text: str) -> int | None:
    """The weekday (0 = Monday) named first in the text, if any."""
    match = _WEEKDAY_RE.search(text)
    return WEEKDAYS.index(match.group(1).lower()) if match else None


def years_in(text: str, latest: int) -> Counter[int]:
    """Plausible four-digit years named in the text, with their counts."""
    return Counter(int(y) for y in _YEAR_RE.findall(text) if EARLIEST_YEAR <= int(y) <= latest)


def infer_year(
    month: int,
    day: int,
    lead: str,
    text: str,
    supplied: date | None = None,
    today: date | None = None,
) -> tuple[int, DateMethod]:
    """Choose the year of a month/day dateline; returns the year and how it was chosen."""
    if supplied is not None:
        return supplied.year, DateMethod.DATELINE_SUPPLIED_YEAR
    latest = (today or date.today()).year + 1
    candidates = [y for y in range(EARLIEST_YEAR, latest + 1) if _valid(y, month, day)]
    weekday = weekday_in(lead)
    if weekday is not None:
        candidates = [y for y in candidates if date(y, month, day).weekday() == weekday]
    named = years_in(text, latest)
    in_text = [y for y, _ in named.most_common() if y in candidates]
    if in_text:
        method = (
            DateMethod.DATELINE_WEEKDAY_TEXT_YEAR
            if weekday is not None
            else DateMethod.DATELINE_TEXT_YEAR
        )
        return in_text[0], method
    if weekday is not None and candidates:
        return _latest_not_future(candidates, month, day, today), DateMethod.DATELINE_WEEKDAY
    return _latest_not_future(candidates, month, day, today), DateMethod.DATELINE


def _latest_not_future(candidates: list[int], month: int, day: int, today: date | None) -> int:
    """The most recent candidate year whose date is not after today."""
    today = today or date.today()
    past = [y for y in candidates if date(y, month, day) <= today]
    return max(past or candidates or [today.year])


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def publication_day(article: Article) -> date | None:
    """The article's publication date as a day, when it has a readable one."""
    if article.date is None:
        return None
    try:
        return date.fromisoformat(article.date.value[:10])
    except ValueError:
        return None
