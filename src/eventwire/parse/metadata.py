"""Article metadata read from the text: section, headline, subhead, dateline, agency, date.

News text pasted from a site starts with short header lines (section, headline, subhead) above
the body; the body's first paragraph often opens with a wire dateline. Metadata supplied by the
caller (title, date, url) wins over what is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil import parser as dateutil_parser

from eventwire.ingest import RawDocument
from eventwire.model import Attribute, DateMethod, Evidence
from eventwire.parse.dateline import Dateline, agency_name, find_dateline
from eventwire.parse.pubdate import infer_year
from eventwire.parse.title_case import is_title_case

MAX_HEADER_WORDS = 30
MAX_SECTION_WORDS = 3
MAX_HEADER_LINES = 4
MAX_TITLE_WORDS = 18  # a headline with a full stop: news ledes run longer
LEAD_RATIO = 1.25  # the lead below a headline runs clearly longer than it
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[A-Z]")
# running prose: the past "said" of a wire lead, or two articles after the first word
WIRE_SAID = re.compile(r"\bsaid\b")
PROSE = re.compile(rf"{WIRE_SAID.pattern}|(?:\s(?:a|an|the)\s.*){{2}}")
LETTER = re.compile(r"[^\W\d_]")
FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines with their offsets (news text puts one paragraph on a line)."""
    return [Paragraph(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


@dataclass
class Metadata:
    headline: Attribute | None = None
    subhead: Attribute | None = None
    section: Attribute | None = None
    agency: Attribute | None = None
    dateline_place: Attribute | None = None
    dateline_region: Attribute | None = None
    date: Attribute | None = None


def read_metadata(doc: RawDocument, today: date | None = None) -> Metadata:
    """Everything the article's own layout says about it, merged with the caller's metadata."""
    text = doc.text or ""
    paras = paragraphs(text)
    body_index, dateline = _find_body(paras)
    meta = _header_fields(text, paras, body_index)
    if dateline is not None:
        meta.dateline_place = _attribute(text, dateline.place, "dateline", title_case=True)
        if dateline.region:
            meta.dateline_region = _attribute(text, dateline.region, "dateline", title_case=True)
        if dateline.agency:
            span = dateline.agency
            meta.agency = Attribute(
                value=agency_name(text[span[0] : span[1]]),
                method="dateline",
                evidence=Evidence.of(text, *span),
            )
    if doc.title:
        meta.headline = _supplied(text, doc.title)
    meta.date = _publication_date(text, paras, body_index, dateline, doc.date, today)
    return meta


def has_story(text: str) -> bool:
    """False for a text that stops at its dateline ("WASHINGTON (AP) —" and nothing after):
    a feed or paste that lost the story, which would otherwise be judged as a language."""
    _, dateline = _find_body(paragraphs(text))
    return dateline is None or LETTER.search(text, dateline.span[1]) is not None


def _find_body(paras: list[Paragraph]) -> tuple[int, Dateline | None]:
    """Index of the first body paragraph and its dateline, if it has one."""
    for index, para in enumerate(paras[: MAX_HEADER_LINES + 1]):
        dateline = find_dateline(para.text, para.start)
        if dateline is not None:
            return index, dateline
    index = 0
    while index < min(len(paras) - 1, MAX_HEADER_LINES) and _header_at(paras, index):
        index += 1
    return index, None


def _header_at(paras: list[Paragraph], index: int) -> bool:
    """A header line by its own form, or by its place: the text's first line when it is one
    short sentence (`_titled_sentence`) that ends in a semicolon or stands above a clearly longer
    one (a headline above its lead; a sentence above one of about its length or shorter is the
    story's first, whose next paragraph may be the quote it introduces); a line
    below a headline that ends in a semicolon (the subhead it runs on to: "Sanders says he's
    riding momentum; \nTakes Wisconsin")."""
    line = paras[index].text
    if _is_header(line):
        return True
    if index == 0:
        runs_on = line.rstrip().endswith(";")
        longer_lead = _words(_lead(paras).text) >= LEAD_RATIO * _words(line)
        return _titled_sentence(line) and (runs_on or longer_lead)
    above = paras[index - 1].text.rstrip()
    return above.endswith(";") and _words(line) <= MAX_HEADER_WORDS


def _lead(paras: list[Paragraph]) -> Paragraph:
    """The paragraph below the first line that opens the story: a label line in capitals
    between them ("ABSTRACT.", "LETTERS.", as archives print a page's parts) is no lead, and
    measured as one it makes every headline above it look long."""
    return next((p for p in paras[1:] if not _label(p.text)), paras[1])


def _label(line: str) -> bool:
    """A line of capitals only: a page's label, not a sentence of the story."""
    return LETTER.search(line) is not None and line == line.upper()


def _titled_sentence(line: str) -> bool:
    """ "Al Gore to skip Democratic convention.", "Trump leads pack; terrorism a top issue;": a
    first line of one short sentence, ended by a full stop or by the semicolon that joins it
    to its subhead, is a headline as some sites print theirs; a lead sentence runs longer or
    goes on to a second sentence, or reads as prose: headlines drop articles and tell the past
    in the present ("says"), a wire lead does not ("First Security Corp. said it agreed to
    acquire ...", "... adopted a defense measure designed to make a hostile takeover ...")."""
    stripped = line.strip()
    one = not SENTENCE_BREAK.search(stripped.rstrip(".;")) and not PROSE.search(stripped)
    return one and stripped[-1:] in {".", ";"} and _words(stripped) <= MAX_TITLE_WORDS


def _words(line: str) -> int:
    """How many words: a headline's length against its lead's."""
    return len(line.split())


def _is_header(line: str) -> bool:
    """Short lines without closing sentence punctuation are headers, not body text; so is a
    short Title Case line that ends in a full stop ("Senate Passes Budget Bill."), as some
    sites and corpora write their titles: body sentences are not in Title Case."""
    stripped = line.strip()
    if len(stripped.split()) > MAX_HEADER_WORDS or _aside(stripped) or _prose_question(stripped):
        return False
    return not re.search(r"[.:;,\"”]$", stripped) or (
        stripped.endswith(".") and is_title_case(stripped)
    )


def _aside(line: str) -> bool:
    """ "(Undated)", "(Story continues)": a wire's note in brackets, which heads no story."""
    return line.startswith("(") and line.endswith(")")


def _prose_question(line: str) -> bool:
    """ "The Pentagon said today it will re-examine the question ... known?": a lead that ends in
    a question mark tells its report in the past "said", as headlines and subheads that ask
    ("Is This Obama's Last One?", "Were the experts wrong about ...?") do not."""
    return line.endswith("?") and WIRE_SAID.search(line) is not None


def _header_fields(text: str, paras: list[Paragraph], body_index: int) -> Metadata:
    """Section, headline and subhead from the lines above the body."""
    lines = [p for i, p in enumerate(paras[:body_index]) if _header_at(paras, i)]
    meta = Metadata()
    if len(lines) >= 2 and len(lines[0].text.split()) <= MAX_SECTION_WORDS:
        meta.section = _attribute(text, (lines[0].start, lines[0].end), "layout")
        lines = lines[1:]
    if lines:
        meta.headline = _attribute(text, (lines[0].start, lines[0].end), "layout")
    if len(lines) > 1:
        meta.subhead = _attribute(text, (lines[1].start, lines[1].end), "layout")
    return meta


def header_spans(text: str) -> list[tuple[int, int]]:
    """Where the layout puts the headline and the subhead (a caller's title aside): the
    lines that the event rules read in headline grammar."""
    paras = paragraphs(text)
    body_index, _ = _find_body(paras)
    meta = _header_fields(text, paras, body_index)
    found = [a.evidence for a in (meta.headline, meta.subhead) if a and a.evidence]
    return [(e.start, e.end) for e in found]


def _attribute(
    text: str, span: tuple[int, int], method: str, title_case: bool = False
) -> Attribute:
    evidence = Evidence.of(text, *span)
    value = evidence.text.strip()
    if title_case and value.isupper():
        value = value.title()
    return Attribute(value=value, method=method, evidence=evidence)


def _supplied(text: str, value: str) -> Attribute:
    """A caller-supplied value, with evidence when the text contains it verbatim."""
    position = text.find(value)
    evidence = Evidence.of(text, position, position + len(value)) if position >= 0 else None
    return Attribute(value=value, method="supplied", evidence=evidence)


def _publication_date(
    text: str,
    paras: list[Paragraph],
    body_index: int,
    dateline: Dateline | None,
    supplied: str | None,
    today: date | None,
) -> Attribute | None:
    supplied_date = _parse_supplied(supplied)
    if dateline is None or dateline.month is None or dateline.day is None:
        if supplied_date is None:
            return None
        return Attribute(value=supplied_date.isoformat(), method=DateMethod.SUPPLIED)
    evidence = Evidence.of(text, *dateline.date) if dateline.date else None
    if dateline.year is not None:
        value = date(dateline.year, dateline.month, dateline.day)
        return Attribute(value=value.isoformat(), method=DateMethod.DATELINE, evidence=evidence)
    lead = paras[body_index].text if body_index < len(paras) else ""
    year, method = infer_year(dateline.month, dateline.day, lead, text, supplied_date, today)
    value = date(year, dateline.month, dateline.day)
    return Attribute(value=value.isoformat(), method=method, evidence=evidence)


def _parse_supplied(value: str | None) -> date | None:
    """The day of a supplied date: ISO 8601, else a common written form read by dateutil
    ('Fri, 05 Jun 2020 10:00:00 GMT', 'June 5, 2020'), as the day written (no time zone
    shift); None when absent, unreadable, or without a year (dateutil would take this one)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    if not FOUR_DIGITS.search(value):
        return None
    try:
        return dateutil_parser.parse(value).date()
    except (ValueError, OverflowError):
        return None
