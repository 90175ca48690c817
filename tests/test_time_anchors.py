"""Times read in their context: the clause's tense and modals, a quoted document's own date,
an offset from a dated event, and nouns that only look like times (article date: Thursday
2022-02-03)."""

from __future__ import annotations

import pytest

from eventwire.model import TimeExpression, TimeType
from tests.conftest import run_texts


def _found(text: str, surface: str) -> list[TimeExpression]:
    (result,) = run_texts(text, date="2022-02-03")
    return [t for t in result.times if t.evidence.text == surface]


def _value(text: str, surface: str) -> str | None:
    (found,) = _found(text, surface)
    return found.value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Voters may go to the polls on Tuesday.", "Tuesday", "2022-02-08"),
        ("The court has scheduled a hearing Monday.", "Monday", "2022-02-07"),
        ("The party is going to vote on Tuesday.", "Tuesday", "2022-02-08"),
        ("The party went to vote on Tuesday.", "Tuesday", "2022-02-01"),
        ("The runoff is on Tuesday, officials said.", "Tuesday", "2022-02-08"),
    ],
)
def test_tense_and_modals_decide_a_bare_weekday(text: str, surface: str, value: str) -> None:
    assert _value(text, surface) == value


def test_a_quoted_email_reads_its_times_against_its_own_date() -> None:
    text = (
        "The newspaper published the email.\n\n"
        "Sent: Friday, March 4, 2016\nSubject: the vote\n\n"
        "The committee voted on Tuesday and will meet again next year.\n\n"
        "The committee met again on Tuesday."
    )
    (result,) = run_texts(text, date="2022-02-03")
    values = [(t.evidence.text, t.value) for t in result.times]
    assert ("Tuesday", "2016-03-01") in values and ("next year", "2017") in values
    assert values[-1] == ("Tuesday", "2022-02-01")  # after the email, the article's own date


def test_an_offset_counts_from_the_dated_event_it_names() -> None:
    text = "The man bought the gun 5 days before the Oct. 23 robbery."
    assert _value(text, "5 days before") == "2021-10-18"


def test_an_offset_from_an_undated_event_is_only_a_length_of_time() -> None:
    (found,) = _found("The man bought the gun 5 days before the robbery.", "5 days before")
    assert (found.type, found.timex3) == (TimeType.DURATION, "P5D")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Hindu, an Indian daily, reported the arrests.", "daily"),
        ("Veterans recalled the fall of Saigon.", "fall"),
        ("He starred in the series 24 Hours of Terror on cable.", "24 Hours"),
    ],
)
def test_nouns_that_only_look_like_times_are_not_times(text: str, word: str) -> None:
    (result,) = run_texts(text, date="2022-02-03")
    assert not [t for t in result.times if word in t.evidence.text]


def test_a_season_with_its_year_is_still_a_time() -> None:
    assert _value("Prices rose in the fall of 2021.", "fall of 2021") == "2021-FA"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The train left at 9:15 a.m. (1415 GMT) Tuesday.", "9:15 a.m."),
        ("The train left Tuesday at 9:15 a.m., officials said.", "9:15 a.m."),
    ],
)
def test_a_clock_time_written_with_its_day_is_that_days_time(text: str, surface: str) -> None:
    assert _value(text, surface) == "2022-02-01T09:15"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The firm sold three-quarters of its shares.", "quarters"),
        ("Volunteers ran the March of Dimes appeal in the capital.", "March"),
        ("She walked at the head of the ``March of the Mothers,'' with her son.", "March"),
    ],
)
def test_fractions_and_names_with_a_month_are_not_times(text: str, word: str) -> None:
    (result,) = run_texts(text, date="2022-02-03")
    assert not [t for t in result.times if word in t.evidence.text]


def test_a_weekday_before_for_is_still_a_time() -> None:
    assert _value("The minister left Monday for Washington.", "Monday") == "2022-01-31"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Talks Resume After 3 Days of Clashes", "3 Days"),  # a title-case headline
        ("Prices rose in the fall of last year.", "fall"),  # 'of' a year, not of an event
        ("Lawmakers have until March for Congress to act.", "March"),  # no article: a date
    ],
)
def test_a_headline_a_season_of_a_year_or_a_month_without_article_is_a_time(
    text: str, surface: str
) -> None:
    assert _found(text, surface)
