"""Datelines of the major wires, agencies, and the publication year when the text omits it."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.ingest import RawDocument
from eventwire.model import DateMethod, ErrorReason
from eventwire.parse.metadata import read_metadata
from eventwire.parse.pubdate import infer_year
from tests.conftest import run_texts

BODY = "Officials met on Tuesday to discuss the crisis, the ministry said."


@pytest.mark.parametrize(
    ("lead", "place", "agency", "day"),
    [
        ("MOSCOW, March 1. /TASS/. ", "Moscow", "TASS", "03-01"),
        ("LONDON, Feb 3 (Reuters) - ", "London", "Reuters", "02-03"),
        ("NAIROBI, Kenya (AP) — ", "Nairobi", "AP", None),
        ("PARIS, Jan. 12, 2021 (AFP) - ", "Paris", "AFP", "01-12"),
        ("BEIJING, Feb. 3 (Xinhua) -- ", "Beijing", "Xinhua", "02-03"),
        ("WASHINGTON — ", "Washington", None, None),
        ("KYIV, Ukraine -- ", "Kyiv", None, None),
        ("NEWARK, N.J. _ ", "Newark", None, None),
        ("RANGOON, Burma - ", "Rangoon", None, None),
    ],
)
def test_dateline_styles(lead: str, place: str, agency: str | None, day: str | None) -> None:
    (result,) = run_texts(f"Talks resume\n\n{lead}{BODY}")
    article = result.article
    assert article.dateline_place.value == place
    assert (article.agency.value if article.agency else None) == agency
    assert article.headline.value == "Talks resume"
    if day:
        assert article.date.value.endswith(day)
        assert article.date.evidence is not None


def test_nyt_dateline_on_a_line_of_its_own() -> None:
    (result,) = run_texts(f"\n\nATLANTA _\n\n{BODY}")
    assert result.article.dateline_place.value == "Atlanta"
    assert result.article.headline is None


def test_body_sentence_is_not_a_dateline() -> None:
    (result,) = run_texts("The talks resumed in Geneva on Monday, officials said.")
    assert result.article.dateline_place is None
    assert result.article.headline is None


def test_full_year_in_dateline_is_used_as_is() -> None:
    (result,) = run_texts(f"PARIS, Jan. 12, 2021 (AFP) - {BODY}")
    assert result.article.date.value == "2021-01-12"
    assert result.article.date.method == DateMethod.DATELINE


def test_weekday_alone_picks_most_recent_consistent_year() -> None:
    year, method = infer_year(2, 3, "met on Thursday", "", today=date(2026, 11, 25))
    assert date(year, 2, 3).weekday() == 3 and year <= 2026
    assert method == DateMethod.DATELINE_WEEKDAY


def test_year_named_in_text_settles_weekday_candidates() -> None:
    text = "The 2016 drills and the 2022 drills"
    year, method = infer_year(2, 3, "on Thursday", text, today=date(2026, 11, 25))
    assert (year, method) == (2022, DateMethod.DATELINE_WEEKDAY_TEXT_YEAR)


def test_supplied_date_settles_the_year() -> None:
    (result,) = run_texts(f"MINSK, February 3. /TASS/. {BODY}", date="2019-02-04")
    assert result.article.date.value == "2019-02-03"
    assert result.article.date.method == DateMethod.DATELINE_SUPPLIED_YEAR


def test_title_case_line_ending_in_full_stop_is_the_headline() -> None:
    text = f"Senate Leaders Reach Deal On Budget Vote.\n\n{BODY}\n\nMore talks follow next week."
    (result,) = run_texts(text)
    assert result.article.headline.value == "Senate Leaders Reach Deal On Budget Vote."


def test_body_sentence_ending_in_full_stop_is_no_headline() -> None:
    (result,) = run_texts(f"{BODY}\n\nMore talks follow next week.")
    assert result.article.headline is None


@pytest.mark.parametrize(
    "text", ["WASHINGTON (AP) —\n", "Talks resume\n\nMOSCOW, March 1. /TASS/.\n"]
)
def test_an_article_that_is_only_a_dateline_is_empty_not_foreign(text: str) -> None:
    """A feed or paste that kept the dateline and lost the story has no text to code: it is
    reported empty (it was 'language detected as so'), its dateline still read."""
    (result,) = run_texts(text)
    assert [error.reason for error in result.errors] == [ErrorReason.EMPTY]
    assert result.article.dateline_place is not None


@pytest.mark.parametrize(
    "supplied",
    ["Fri, 05 Jun 2020 10:00:00 GMT", "June 5, 2020", "5 June 2020", "2020-06-05T23:59Z"],
)
def test_a_supplied_date_in_a_common_format_is_read(supplied: str) -> None:
    """A JSONL `date` as feeds and sites write it (RFC 822, 'June 5, 2020') was dropped
    silently unless it was ISO 8601."""
    meta = read_metadata(RawDocument(id="x", text=BODY, date=supplied))
    assert meta.date is not None and meta.date.value == "2020-06-05"


@pytest.mark.parametrize("supplied", ["not a date", "2021-13-45", "June 5", "12"])
def test_an_unreadable_or_yearless_supplied_date_is_no_date(supplied: str) -> None:
    assert read_metadata(RawDocument(id="x", text=BODY, date=supplied)).date is None


def test_a_short_sentence_above_a_longer_lead_is_the_headline() -> None:
    text = f"Mayor to skip party convention.\n\n{BODY} Talks go on."
    (result,) = run_texts(text)
    assert result.article.headline.value == "Mayor to skip party convention."


@pytest.mark.parametrize("label", ["ABSTRACT.", "LETTERS.", "INTENSE TALKS ON BOTH SIDES."])
def test_a_label_in_capitals_between_headline_and_lead_is_no_lead(label: str) -> None:
    text = f"Mayor to skip party convention.\n\n{label}\n\n{BODY} Talks go on."
    (result,) = run_texts(text)
    assert result.article.headline.value == "Mayor to skip party convention."


def test_a_headline_ending_in_a_semicolon_runs_on_to_its_subhead() -> None:
    text = f"Governor leads field; taxes a top issue; \nAhead by ten points in the north.\n\n{BODY}"
    (result,) = run_texts(text)
    assert result.article.headline.value == "Governor leads field; taxes a top issue;"
    assert result.article.subhead.value == "Ahead by ten points in the north."


@pytest.mark.parametrize(
    "lead",
    [
        "Acme Corp. said it agreed to buy Zenith Ltd. for stock.",
        "Northwind Bank reported a loss, citing a restructuring plan.",
    ],
)
def test_a_wire_lead_in_running_prose_is_no_headline(lead: str) -> None:
    text = f"{lead}\n\n{BODY} The company said talks went on for months and ended last week."
    assert read_metadata(RawDocument(id="x", text=text)).headline is None


def test_a_wire_dateline_on_its_own_line_with_a_spaced_credit_is_no_headline() -> None:
    text = "\n\nLIMA (AP ) --\n\nThe mayor said on Monday that the bridge would reopen next week.\n"
    meta = read_metadata(RawDocument(id="x", text=text))
    assert meta.headline is None
    assert meta.dateline_place is not None and meta.dateline_place.value == "Lima"
    assert meta.agency is not None and meta.agency.value == "AP"


def test_a_bracketed_wire_note_is_no_headline() -> None:
    text = "\n\n(Undated)\n\nThe council voted on Tuesday to keep the old harbour open.\n"
    assert read_metadata(RawDocument(id="x", text=text)).headline is None


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        ("The ministry said today it will look again at whether the ballots were lost?", None),
        ("Will the council keep the harbour open?", "Will the council keep the harbour open?"),
    ],
)
def test_a_lead_asking_in_reported_speech_is_no_headline(first: str, headline: str | None) -> None:
    body = "The ministry's review, the second in a year, follows complaints from three districts."
    meta = read_metadata(RawDocument(id="x", text=f"{first}\n\n{body} It will report in May.\n"))
    assert (meta.headline.value if meta.headline else None) == headline
