"""The rules that find and read temporal expressions: a pattern and a handler each.

Patterns are tried longest match first by times/extract.py; `normalise` reads a whole string.
Month names are matched as written (capitalised), the rest case-insensitively.
"""

from __future__ import annotations

import re

from eventwire.times.calendar_dates import (
    calendar_year,
    day_range,
    decade,
    iso_day,
    month_day,
    month_name,
    month_range,
    season,
    spelled_year,
)
from eventwire.times.holidays import HOLIDAY_NAMES, holiday
from eventwire.times.timex import (
    DIGITS,
    NUMBER_WORDS,
    TENS,
    Context,
    Handler,
    Timex,
    ago,
    bare_units,
    clock,
    deictic,
    every,
    hence,
    last_night,
    period,
    relative,
    this_part,
    vague_ref,
    weekday,
    weekend,
)
from eventwire.times.timex_periods import (
    century,
    day_of_event,
    narrated,
    narrated_part,
    part_of_year,
    reporting_period,
    year_back,
)

REFS = {
    "PRESENT_REF": r"now|currently|current|nowadays|presently|at present|the present"
    r"|at the moment|these days|(?:at\s+)?this\s+(?:[a-z]+\s+)?moment",
    "PAST_REF": r"recently|recent|lately|the past|formerly|previously|in the past",
    # "as soon as", "soon after the war": a conjunction, or relative to an event, not to now;
    # "future years" is one expression, as TimeBank marks "future quarters"
    "FUTURE_REF": r"(?<!as )soon(?!\s+(?:as|after|before)\b)|(?:the\s+)?(?:near\s+)?future"
    r"(?:\s+(?:days|weeks|months|quarters|years|decades))?"
    r"|in the future|shortly(?!\s+(?:after|before)\b)|the near term"
    r"|(?:in\s+)?the\s+coming\s+(?:days|weeks|months|years)",
}

_MONTH = (
    r"(?:Jan(?:uary|\.)|Feb(?:ruary|\.)|March|Mar\.|April|Apr\.|May|June?|July?|Aug(?:ust|\.)"
    r"|Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.))"
)
_TENS, _DIGITS = "|".join(TENS), "|".join(DIGITS)
_WORDS = "|".join(sorted(set(NUMBER_WORDS) - {"oh"}, key=len, reverse=True))
_NUM = rf"(?:\d+(?:\.\d+)?|(?:{_TENS})-(?:{_DIGITS})|{_WORDS})"
_HOURS = "|".join([*DIGITS, "ten", "eleven", "twelve"])
_SPELLED_YEAR = (
    rf"(?P<hundreds>nineteen|eighteen)[\s-]+(?P<rest>(?:{_TENS})(?:[\s-]+(?:{_DIGITS}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|oh[\s-]+(?:{_DIGITS}))|two\s+thousand(?P<thousand>(?:\s+and)?\s+(?:{_DIGITS})|)"
)
_UNIT = r"(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:morning|afternoon|evening|night)"


_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_MODALS = ("will", "may", "might", "could", "would")
# a look-behind is fixed-width, so one per modal
_AFTER_MODAL = "(?:" + "|".join(rf"(?<=\b{m}\s)" for m in _MODALS) + ")"
_THE_YEAR = r"the\s+year\s+"  # 'the year 2000' is one expression, not 'the year' and '2000'
# 'the 1989 period' of an earnings report: a year alone here, the reported quarter of that year
# once the report names one (times/narrative.py)
YEAR_PERIOD = rf"(?i:the\s+)?{_YEAR}\s+(?i:period|quarter)"
_MOD = (
    r"(?:(?P<mod>last|next|this|past|previous|coming|current|the current|the past|the latest"
    r"|the most recent|the|the year-earlier|year-earlier|the full|the fiscal)\s+)"
)
RULES: list[tuple[str, Handler]] = [
    (
        rf"(?:{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\s*[-–]\s*"
        rf"(?P<day2>\d{{1,2}})(?:,?\s+{_YEAR})?",
        day_range,
    ),
    (
        rf"(?:{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:,?\s+{_YEAR})?\b",
        month_day,
    ),
    (rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:\s+{_YEAR})?\b", month_day),
    (
        rf"(?:from\s+)?(?:(?P<mod>last|next|this|early|late|mid-?)\s*)?(?P<month>{_MONTH})\s+"
        rf"(?:to|until|through|[-–])\s+(?P<month2>{_MONTH})(?:\s+{_YEAR})?(?P<yearmod>)",
        month_range,
    ),
    (
        rf"(?:(?i:(?P<mod>last|next|this))\s+)?(?P<month>{_MONTH})\b(?:,?\s+{_YEAR})?"
        r"(?:\s+(?P<yearmod>last|next|this)\s+year)?",
        month_name,
    ),
    (
        rf"(?i:(?:(?P<mod>last|next|this|coming|the\s+(?:previous|preceding|following))\s+)?)"
        rf"(?P<weekday>{_WEEKDAY})"
        rf"(?i:\s+(?P<part>{_PART}))?",
        weekday,
    ),
    (
        rf"(?i:(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>{_PART}))?)",
        deictic,
    ),
    (rf"(?i:(?:this|mid)[\s-]*(?P<part>{_PART}))(?<!(?i:midnight))", this_part),
    (
        r"(?:(?P<year0>(?:1[6-9]|20)\d\d)\s+)?"
        r"(?i:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter)"
        rf"(?:\s+(?:of\s+)?{_YEAR})?",
        part_of_year,
    ),
    (rf"\bQ(?P<ord>[1-4])(?:\s+{_YEAR})?", part_of_year),  # 'Q3 2026'
    (
        r"(?:(?P<year0>(?:1[6-9]|20)\d\d)\s+)?"
        r"(?i:(?P<ord>first|second|1st|2nd)[\s-]+(?P<unit>half))"
        rf"(?:\s+of\s+(?:{_YEAR}|(?i:the\s+year)))?",
        part_of_year,
    ),
    (r"(?i:year-(?:earlier|ago))(?=\s+[a-z]|$)", year_back),  # 'year-earlier results'
    (YEAR_PERIOD, calendar_year),
    (r"(?i:(?:the\s+)?(?:latest|year-earlier|year-ago)\s+period)", reporting_period),
    (
        rf"(?i:(?:(?P<mod>last|next|this)\s+)?(?P<season>spring|summer|fall|autumn|winter))"
        rf"(?:\s+(?:of\s+)?(?:{_YEAR}|(?i:{_SPELLED_YEAR})\b))?",
        season,
    ),
    (
        rf"(?i:(?P<num>{_NUM}|a\s+few|several)\s+(?P<unit>{_UNIT})\s+"
        r"(?P<dir>ago|earlier|before|after|later|from now))",
        ago,
    ),
    (
        rf"(?i:(?:earlier|later)\s+(?:in\s+)?)?(?i:{_MOD}(?P<unit>week|month|quarter"
        r"|year|decade))\b",
        relative,
    ),
    *[
        (pattern, narrated)
        for pattern in (
            r"(?i:(?:the|that)\s+(?:very\s+)?same\s+(?P<unit>day|week|month|year))",
            r"(?i:the\s+(?P<dir>following|preceding|previous)\s+(?P<unit>day|week|month|year))",
            r"(?i:the\s+(?P<dir>next)\s+(?P<unit>day))",
            r"(?i:the\s+(?P<unit>day)\s+(?P<dir>before|after)(?=\s*[,.;]|$))",
        )
    ],
    (rf"(?<=\bin\s)(?i:(?P<num>{_NUM})\s+(?P<unit>day|week|month|year)s?)\b", hence),
    (r"(?:(?<=\bin\s)|^)(?i:the\s+(?P<part>morning|afternoon|evening))", narrated_part),
    (
        r"(?i:(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
        r"|\d{1,3}(?:st|nd|rd|th))\s+day)\b",
        day_of_event,
    ),
    (r"(?i:(?:(?P<mod>the|this|last|next)\s+)?weekend)", weekend),
    (r"(?i:last\s+night)", last_night),
    # 'Islam will one day be …': after a modal, 'one day' is some time to come, not a length
    (rf"{_AFTER_MODAL}(?i:one\s+day)\b", vague_ref("FUTURE_REF")),
    (
        rf"(?i:(?P<hour>\d{{1,2}}|{_HOURS})(?::(?P<minute>\d\d))?\s*"
        r"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|o'clock)|noon|midday|midnight)",
        clock,
    ),
    (
        rf"(?i:(?:the\s+)?(?:(?:past|last|next|first|coming|previous|latest)\s+)?"
        rf"(?P<num>{_NUM})(?P<half>\s+1/2)?[\s-]+(?P<unit>{_UNIT})(?P<andhalf>\s+and\s+a\s+half)?)\b",
        period,
    ),
    (
        r"(?i:(?:(?:the\s+)?(?:past|last|next|coming)\s+(?:few|several|many)\s+"
        r"|(?:recent|past|coming|several|few|many)\s+)?(?P<unit>years|months|weeks|decades"
        r"|days)(?:\s+or\s+(?:years|months|weeks|decades|days))?)\b",  # 'weeks or months': one
        bare_units,
    ),
    # 'several hours', 'a few minutes', 'several quarters': a length of unknown count; not bare
    # ('60 Minutes', 'three-quarters'), nor after 'the past' ('the past several quarters': PAST_REF)
    (
        r"(?i:(?<!past\s)(?<!last\s)(?<!next\s)(?:a\s+few|several|many)\s+"
        r"(?P<unit>quarters|hours|minutes|seconds))\b",
        bare_units,
    ),
    (
        rf"(?i:(?:(?:twice|(?:{_NUM})\s+times)\s+)?(?:each|every|per|a)\s+"
        r"(?P<unit>day|week|month|year|quarter)"
        r"|(?P<adverb>annually|daily|weekly|monthly))\b",
        every,
    ),
    (rf"(?i:(?:{_THE_YEAR})?(?:{_SPELLED_YEAR}))\b", spelled_year),
    (rf"\b(?P<holiday>{HOLIDAY_NAMES})(?:,?\s+{_YEAR})?\b", holiday),
    (r"\b(?P<year>(?:1[6-9]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b", iso_day),
    (r"(?i:(?P<nth>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century)", century),
    (r"(?i:the\s+(?P<decade>(?:1[6-9]|20)\d0)'?s|(?P<bare>(?:1[6-9]|20)\d0)'?s)", decade),
    (rf"(?:(?i:{_THE_YEAR}|fiscal\s+(?:year\s+)?))?\b{_YEAR}\b", calendar_year),
    *[(f"(?i:{pattern})", vague_ref(name)) for name, pattern in REFS.items()],
]
COMPILED = [(re.compile(pattern), handler) for pattern, handler in RULES]


def normalise(text: str, ctx: Context) -> Timex | None:
    """The TIMEX3 reading of a whole expression, or None when no rule covers all of it."""
    for pattern, handler in COMPILED:
        match = pattern.fullmatch(text.strip())
        if match:
            return handler(match, ctx)
    return None
