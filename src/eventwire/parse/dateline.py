"""Datelines of the major wires: where, when and by which agency a story was filed.

A dateline is read from its parts, so that every combination the wires write is one grammar:
PLACE[, REGION][, Month Day[, Year]][ (AGENCY) | /AGENCY/ | AGENCY] then a dash of any kind or
":" (an agency without brackets only before a dash: "TOKYO, July 5 Kyodo - Japan on ...").
REGION is a country of several words ("Democratic Republic of Congo", "Bosnia and
Herzegovina"), a state or province, or an AP abbreviation ("S.C.", "W.Va."); the agencies are
lexicons/news_agencies.tsv. Examples: "MINSK, February 3. /TASS/.", "LONDON, Feb 3 (Reuters) -",
"GREENVILLE, S.C., Feb. 15 --", "WASHINGTON —", "LONDON:". Without an agency the line must look
like a dateline on its own: a region, when written, is a known country or state (a body
sentence "Smith, the mayor — ..." or a headline "OHIO POLLS WRONG, JUST EARLY -" is none),
else the place is in capitals (and well known before a colon: "BOOM: ..." is a headline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.codes import capital_countries, country_of, division_countries
from eventwire.lexicons import calendar_names, read_table, word_set
from eventwire.place_codes import place_aliases, town_sizes

MONTHS = {
    name.lower(): number
    for number, names in enumerate(calendar_names("month"), start=1)
    for name in names
} | {"sept": 9}
"""Month names and abbreviations as datelines write them ('February', 'Feb', 'Sept')."""

AGENCIES = {surface.lower(): name for surface, name in read_table("news_agencies.tsv")}

_MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_DATE = rf"(?P<date>{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
_WORD = r"[A-Z][\w'’.\-]*"
DATELINE_PARTICLES = {"the", "du", "des", "sur", "am"}  # 'Boulogne sur Mer', 'Frankfurt am Main'
_PARTICLE = "(?:" + "|".join(sorted(word_set("place_particle") | DATELINE_PARTICLES)) + ")"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_WORD}){{0,3}}"
_AGENCY = r"(?i:" + "|".join(re.escape(k) for k in sorted(AGENCIES, key=len, reverse=True)) + ")"
DATELINE = re.compile(
    rf"(?P<place>{_NAME})(?:,\s+(?P<region>{_NAME}))?(?:,\s+{_DATE})?\.?"
    rf"(?:\s*(?:[(/]\s?(?P<agency>{_AGENCY})\s?[)/]\.?|(?P<bare>{_AGENCY})(?=\s*(?:--?|[—–])\s)))?"
    rf"(?:\s*(?P<dash>(?:--?|[_:])(?=\s|$)|[—–]))?"  # "DENVER—Lawmakers": a long dash may touch
    r"(?(agency)|(?(dash)|(?!)))"  # an agency credit or a dash closes it
)
LARGE_TOWN = 100_000  # a place alone before ':' must be well known
NOT_PLACES = {"the", "a", "an", "in", "on", "but", "and"}  # sentence openings, not places


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
    region: tuple[int, int] | None = None


def find_dateline(text: str, offset: int) -> Dateline | None:
    """Parse a dateline at the start of `text` (a paragraph starting at `offset`)."""
    match = DATELINE.match(text)
    if match is None or not _is_dateline(match):
        return None
    return _dateline_from(match, offset)


def _is_dateline(match: re.Match[str]) -> bool:
    """An agency credit or a dash closes a dateline; without an agency the place must be in
    capitals or come with a known country or state, and ':' only follows a known place."""
    place, region = match["place"], match["region"]
    if place.lower() in NOT_PLACES:
        return False
    if match["agency"]:
        return True
    if region is not None:
        return _known_region(region)
    return place.isupper() and (match["dash"] != ":" or _known_place(place))


def _known_region(region: str) -> bool:
    """A country, or a state or province of any country, as written after a place ("Fla.",
    "FLA.", "Georgia": names that several countries' divisions share count too)."""
    if country_of(region) is not None or country_of(region.title()) is not None:
        return True
    forms = (
        place_aliases().get(form, form).removesuffix(" State") for form in (region, region.title())
    )
    return any(form in division_countries() for form in forms)


def _known_place(place: str) -> bool:
    """ "LONDON:" but not "UPDATE:" or "BOOM:" (a Belgian town): a country, a capital or a
    large town."""
    name = place.title()
    if country_of(name) is not None or name in capital_countries():
        return True
    return max(town_sizes().get(name, {}).values(), default=0) >= LARGE_TOWN


def _group_span(match: re.Match[str], group: str, offset: int) -> tuple[int, int] | None:
    if match.group(group) is None:
        return None
    return (offset + match.start(group), offset + match.end(group))


def _dateline_from(match: re.Match[str], offset: int) -> Dateline:
    month = day = year = None
    if match["date"]:
        month, day, year = parse_month_day(match["date"])
    return Dateline(
        span=(offset + match.start(), offset + match.end()),
        place=_group_span(match, "place", offset) or (offset, offset),
        date=_group_span(match, "date", offset),
        agency=_group_span(match, "agency", offset) or _group_span(match, "bare", offset),
        month=month,
        day=day,
        year=year,
        region=_group_span(match, "region", offset),
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
