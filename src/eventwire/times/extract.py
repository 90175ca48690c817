"""Temporal expressions of an article, normalised against its publication date.

Spans come from the rules of times/timex_rules.py run over the text (so every span
found can be read), plus spaCy's DATE/TIME entities that the rules miss and dateparser can
read. The tense of the clause decides whether a bare weekday or month lies before or after the
article date.

A coordination of deictic modifiers ("this and next year") gives one expression per modifier:
"this" (2022) and "next year" (2023), as a TimeML annotation would, rather than a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser
from spacy.tokens import Doc, Span, Token

from eventwire.model import Article, Evidence, TimeExpression, TimeType
from eventwire.parse.nlp import doc_text
from eventwire.parse.pubdate import publication_day
from eventwire.times.timex import WEEKDAYS, Context, Timex
from eventwire.times.timex_rules import COMPILED, normalise

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
FUTURE_GOVERNORS = {"expect", "plan", "schedule", "due", "set", "intend", "prepare", "aim", "hope"}
AGE = re.compile(r"^(?:-|\s)old\b")
# 'the quarter-to-quarter comparison', 'the year-earlier period', an index at '2082.1'
COMPOUND_OR_DECIMAL = re.compile(r"^(?:-[a-z]|\.\d)")
NOT_TIME_ENTITIES = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT"}
LEADING_WORDS = re.compile(r"^(?:on|in|at|by|from|since|until|during|for|about|around)\s+", re.I)
COORDINATED = re.compile(
    r"\b(?P<a>this|last|next)\s+and\s+(?P<b>this|last|next)\s+(?P<unit>week|month|year)\b", re.I
)
# 'a year ago' in an earnings report compares the reporting quarter with the same one a year back
YEAR_BACK = re.compile(
    r"(?i)(?:a|one)\s+year\s+(?:ago|earlier)|(?:the\s+)?year-(?:earlier|ago) period"
)
LATEST = re.compile(r"(?i)(?:the\s+)?latest\s+period")
QUARTER_VALUE = re.compile(r"(?P<year>\d{4})-Q(?P<q>[1-4])")
AMBIGUOUS_MONTHS = {"may", "march", "june", "august"}  # also verbs or names
WEEKDAY = re.compile(
    r"(?i)(?:last\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
DEICTIC = re.compile(r"(?i)today|yesterday|tomorrow|tonight")
NARRATIVE_WINDOW = (7, 13)  # days before the article date a narrated dated event may lie


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    timex: Timex


def article_anchor(article: Article) -> date | None:
    """The publication date the relative expressions are resolved against."""
    return publication_day(article)


def _verb_of(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _tense_of(verb: Token, depth: int = 0) -> str | None:
    """will/shall → future; 'expected/plans to <verb>' → future; a past form → past."""
    auxiliaries = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if any(t.lower_ in FUTURE_AUX for t in [verb, *auxiliaries]):
        return "future"
    infinitive = any(t.lower_ == "to" for t in auxiliaries)
    if infinitive and verb.head.i != verb.i and depth < 3:
        governor = verb.head
        if governor.lemma_.lower() in FUTURE_GOVERNORS:
            return "future"
        return _tense_of(governor, depth + 1)
    if any(t.tag_ in ("VBD", "VBN") for t in [verb, *auxiliaries]):
        return "past"
    return None


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the clause an expression sits in: 'future', 'past' or None (present)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return _tense_of(_verb_of(span.root))


def _is_word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum()) and start < end


def _plausible(doc: Doc, start: int, end: int) -> bool:
    """Drop ages ('52-year-old'), counts, and words used as verbs or names."""
    text = doc_text(doc)
    if AGE.match(text[end : end + 8]) or COMPOUND_OR_DECIMAL.match(text[end : end + 2]):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.text.isdigit() and _counts_something(span[0]):
        return False
    if span[0].pos_ in ("VERB", "AUX"):  # 'fall apart', 'last a week'
        return False
    return not (span.text.lower() in AMBIGUOUS_MONTHS and span[0].ent_type_ != "DATE")


def _counts_something(token: Token) -> bool:
    """'2000 patients' is a count; 'Union Resolve 2022' and 'in 1998' are years."""
    if token.i > 0 and token.nbor(-1).pos_ == "PROPN":
        return False
    if token.dep_ == "nummod" and token.head.tag_ == "NNS":
        return True
    return token.ent_type_ in NOT_TIME_ENTITIES


def _candidates(text: str) -> list[tuple[int, int, int]]:
    """(start, end, rule index) of every rule match on word boundaries, overlapping ones too
    ('last a week' and 'a week'), so the choice among them is made after filtering."""
    found = []
    for index, (pattern, _) in enumerate(COMPILED):
        match = pattern.search(text)
        while match:
            if _is_word_bounded(text, match.start(), match.end()):
                found.append((match.start(), match.end(), index))
            match = pattern.search(text, match.start() + 1)
    return found


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def _coordinated(doc: Doc, anchor: date | None) -> list[Found]:
    """'this and next year' → 'this' (the current year) and 'next year'."""
    found = []
    for match in COORDINATED.finditer(doc_text(doc)):
        tense = clause_tense(doc, match.start(), match.end())
        unit = match["unit"]
        for group in ("a", "b"):
            end = match.end() if group == "b" else match.end(group)
            timex = normalise(f"{match[group]} {unit}", Context(anchor, tense))
            if timex is not None:
                found.append(Found(match.start(group), end, timex))
    return found


def _rule_spans(doc: Doc, anchor: date | None, taken: list[tuple[int, int]]) -> list[Found]:
    """Longest rule matches first, each normalised in its clause's tense."""
    found = []
    for start, end, index in sorted(_candidates(doc_text(doc)), key=lambda c: (c[0] - c[1], c[2])):
        if _overlaps(start, end, taken) or not _plausible(doc, start, end):
            continue
        pattern, handler = COMPILED[index]
        match = pattern.fullmatch(doc_text(doc), start, end)
        timex = handler(match, Context(anchor, clause_tense(doc, start, end))) if match else None
        if timex is not None:
            taken.append((start, end))
            found.append(Found(start, end, timex))
    return found


def _entity_date(entity: Span, anchor: date | None) -> Found | None:
    """A spaCy DATE entity that no rule covers, read by dateparser when it names a dated day."""
    text = LEADING_WORDS.sub("", entity.text)
    start = entity.end_char - len(text)
    if not re.search(r"\b(?:1[6-9]|20)\d\d\b", text) or anchor is None:
        return None
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)},
    )
    if parsed is None:
        return None
    return Found(start, entity.end_char, Timex(TimeType.DATE, parsed.date().isoformat(), "day"))


def find_times(doc: Doc, anchor: date | None) -> list[Found]:
    """Every temporal expression in the text, in text order, without overlaps."""
    found = _coordinated(doc, anchor)
    taken = [(f.start, f.end) for f in found]
    found += _rule_spans(doc, anchor, taken)
    for entity in doc.ents:
        if entity.label_ in ("DATE", "TIME") and not _overlaps(
            entity.start_char, entity.end_char, taken
        ):
            extra = _entity_date(entity, anchor)
            if extra is not None and _plausible(doc, extra.start, extra.end):
                taken.append((extra.start, extra.end))
                found.append(extra)
    found = _against_reporting_quarter(doc_text(doc), sorted(found, key=lambda f: f.start))
    return _against_narrative_date(doc_text(doc), found, anchor)


def _against_reporting_quarter(text: str, found: list[Found]) -> list[Found]:
    """TimeML values a comparison at the granularity of the period compared: after 'the third
    quarter' (1989-Q3), 'a year ago' is 1988-Q3, not 1988; after 'the nine months' or 'the
    year', it stays a year."""
    quarter = None
    out = []
    for f in found:
        surface = text[f.start : f.end]
        if quarter and (YEAR_BACK.fullmatch(surface) or LATEST.fullmatch(surface)):
            back = 1 if YEAR_BACK.fullmatch(surface) else 0
            value = f"{int(quarter['year']) - back:04d}-Q{quarter['q']}"
            f = Found(f.start, f.end, Timex(TimeType.DATE, value, "quarter"))
        elif f.timex.granularity in ("quarter", "month", "year"):
            quarter = QUARTER_VALUE.fullmatch(f.timex.timex3 or "")
        out.append(f)
    return out


def _against_narrative_date(text: str, found: list[Found], anchor: date | None) -> list[Found]:
    """TimeML anchors a past weekday to the narrative's time: after 'on Aug. 6' (a Monday, nine
    days before the article), 'Tuesday' is Aug. 7, the first such day from the narrated date,
    not the Tuesday before the article date."""
    low, high = NARRATIVE_WINDOW
    narrated, narrated_end = None, 0
    out = []
    for f in found:
        value = f.timex.timex3 or ""
        weekday = WEEKDAY.fullmatch(text[f.start : f.end])
        if "\n\n" in text[narrated_end : f.start]:
            narrated = None  # a new paragraph leaves the narrated day
        if weekday and narrated and anchor and DAY_VALUE.fullmatch(value) and value < str(anchor):
            target = WEEKDAYS.index(weekday["day"].lower())
            day = narrated + timedelta(days=(target - narrated.weekday()) % 7)
            f = Found(f.start, f.end, Timex(TimeType.DATE, day.isoformat(), "day"))
        elif _is_dated(text, f) and anchor:
            day = date.fromisoformat(f.timex.timex3 or "")
            narrated = day if low <= (anchor - day).days <= high else None
            narrated_end = f.end
        out.append(f)
    return out


def _is_dated(text: str, found: Found) -> bool:
    """A calendar day written out ('Aug. 6'), not one counted from the article date ('today')."""
    surface = text[found.start : found.end]
    day = found.timex.granularity == "day" and DAY_VALUE.fullmatch(found.timex.timex3 or "")
    return bool(day) and not WEEKDAY.fullmatch(surface) and not DEICTIC.match(surface)


def _record(index: int, text: str, found: Found, anchor: date | None) -> TimeExpression:
    timex = found.timex
    vague = timex.type is TimeType.VAGUE
    return TimeExpression(
        id=f"t{index}",
        evidence=Evidence.of(text, found.start, found.end),
        type=timex.type,
        value=None if vague or timex.type is TimeType.RANGE else timex.timex3,
        start=timex.start,
        end=timex.end,
        granularity=timex.granularity,
        anchor=anchor.isoformat() if anchor and timex.relative else None,
        timex3=timex.timex3,
    )


def extract_times(doc: Doc, article: Article) -> list[TimeExpression]:
    """Temporal expressions with ISO 8601 values resolved against the article date."""
    anchor = article_anchor(article)
    dateline = article.date.evidence if article.date else None
    found = [
        f
        for f in find_times(doc, anchor)
        if dateline is None or f.end <= dateline.start or f.start >= dateline.end
    ]  # the dateline's date is the article's own date (metadata), not a time in the story
    return [_record(i, article.text, f, anchor) for i, f in enumerate(found, start=1)]
