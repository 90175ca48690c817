"""Datelines of the major wires: where, when and by which agency a story was filed.

Handles TASS ("MINSK, February 3. /TASS/."), Reuters/AP/AFP/Xinhua style ("LONDON, Feb 3
(Reuters) -", "NAIROBI, Kenya (AP) _", "BEIJING, Feb. 3 (Xinhua) --") and the bare US style
("WASHINGTON —"). Hand-written regular expressions: no library parses datelines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.lexicons import calendar_names

MONTHS = {
    name.lower(): number
    for number, names in enumerate(calendar_names("month"), start=1)
    for name in names
} | {"sept": 9}
"""Month names and abbreviations as datelines write them ('February', 'Feb', 'Sept')."""

AGENCIES = {
    "tass": "TASS",
    "reuters": "Reuters",
    "ap": "AP",
    "afp": "AFP",
    "xinhua": "Xinhua",
    "upi": "UPI",
    "dpa": "dpa",
    "ani": "ANI",
    "ians": "IANS",
    "pti": "PTI",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "bloomberg": "Bloomberg",
    "anadolu": "Anadolu",
}

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_DATE = rf"(?P<date>{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
_UPPER_PLACE = r"(?P<place>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3})"
_ANY_PLACE = r"(?P<place>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})"
_REGION = r"(?:,\s+(?P<region>[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2}))"
_AGENCY = r"(?P<agency>" + "|".join(re.escape(k) for k in AGENCIES) + r")"

DATELINE_PATTERNS = [
    # MINSK, February 3. /TASS/.
    re.compile(rf"^{_UPPER_PLACE},\s+{_DATE}\.?\s+/{_AGENCY}/\.?", re.IGNORECASE),
    # LONDON, Feb 3 (Reuters) -   NAIROBI, Kenya (AP) _   Paris (AFP) -
    re.compile(
        rf"^{_ANY_PLACE}{_REGION}?(?:,\s+{_DATE})?\s*\({_AGENCY}\)\s*(?:[-—–_]+|:)",
        re.IGNORECASE,
    ),
    # WASHINGTON —   KYIV, Ukraine --   NEWARK, N.J. _ (NYT wire copy types the dash as "_"),
    # also on a line of its own above the body; the Washington Post types a spaced hyphen
    re.compile(rf"^{_UPPER_PLACE}{_REGION}?(?:,\s+{_DATE})?\s+(?:—|–|--|_|-)(?:\s|$)"),
]


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline; spans are absolute offsets into the article text."""

    span: tuple[int, int]
    place: tuple[int, int]
    date: tuple[int, int] | None
    agency: tuple[int, int] | None
    month: int | None
    day: int | None
    year: int | None


def find_dateline(text: str, offset: int) -> Dateline | None:
    """Parse a dateline at the start of `text` (a paragraph starting at `offset`)."""
    for pattern in DATELINE_PATTERNS:
        match = pattern.match(text)
        if match and _plausible_place(match.group("place")):
            return _dateline_from(match, offset)
    return None


def _plausible_place(place: str) -> bool:
    """Reject sentence openings such as "The" that only look like a place."""
    return place.lower() not in {"the", "a", "an", "in", "on", "but", "and"}


def _group_span(match: re.Match[str], group: str, offset: int) -> tuple[int, int] | None:
    if group not in match.groupdict() or match.group(group) is None:
        return None
    return (offset + match.start(group), offset + match.end(group))


def _dateline_from(match: re.Match[str], offset: int) -> Dateline:
    month = day = year = None
    if match.groupdict().get("date"):
        month, day, year = parse_month_day(match.group("date"))
    return Dateline(
        span=(offset + match.start(), offset + match.end()),
        place=_group_span(match, "place", offset) or (offset, offset),
        date=_group_span(match, "date", offset),
        agency=_group_span(match, "agency", offset),
        month=month,
        day=day,
        year=year,
    )


def parse_month_day(text: str) -> tuple[int, int, int | None]:
    """'February 3', 'Feb. 3, 2022' → (2, 3, None) / (2, 3, 2022)."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = MONTHS[words[0].lower()]
    day = int(words[1])
    year = int(words[2]) if len(words) > 2 else None
    return month, day, year


def agency_name(surface: str) -> str:
    return AGENCIES.get(surface.lower(), surface)
