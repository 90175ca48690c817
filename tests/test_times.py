"""Temporal expressions: the reference article and invented sentences with a known date."""

from __future__ import annotations

import pytest

from eventwire.model import ArticleResult, TimeExpression, TimeType
from tests.conftest import run_texts


def _times(result: ArticleResult, surface: str) -> list[TimeExpression]:
    return [t for t in result.times if t.evidence.text == surface]


def _one(text: str, surface: str, date: str = "2022-02-03") -> TimeExpression:
    (result,) = run_texts(text, date=date)
    (found,) = _times(result, surface)
    return found


def test_reference_thursday_is_the_dateline_day(reference: ArticleResult) -> None:
    (thursday,) = _times(reference, "Thursday")
    assert (thursday.type, thursday.value, thursday.timex3) == (
        TimeType.DATE,
        "2022-02-03",
        "2022-02-03",
    )
    assert thursday.anchor == "2022-02-03"
    assert thursday.granularity == "day"


def test_reference_drill_dates_are_a_range(reference: ArticleResult) -> None:
    (drills,) = _times(reference, "February 10-22")
    assert drills.type is TimeType.RANGE
    assert (drills.start, drills.end) == ("2022-02-10", "2022-02-22")


def test_reference_this_and_next_year_are_two_years(reference: ArticleResult) -> None:
    values = [t.value for t in reference.times if t.evidence.text in ("this", "next year")]
    assert values == ["2022", "2023"]


def test_reference_soon_is_vague_future(reference: ArticleResult) -> None:
    soon = _times(reference, "soon")
    assert soon and all(t.type is TimeType.VAGUE and t.timex3 == "FUTURE_REF" for t in soon)


def test_reference_exercise_name_year(reference: ArticleResult) -> None:
    assert any(t.evidence.text == "2022" and t.value == "2022" for t in reference.times)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The ministers met on Monday in Geneva.", "Monday", "2022-01-31"),
        ("The ministers will meet on Monday in Geneva.", "Monday", "2022-02-07"),
        ("Protesters marched on Sunday night.", "Sunday night", "2022-01-30"),
        ("Protesters marched on Sunday evening.", "Sunday evening", "2022-01-30"),
        ("Talks are expected to resume on Tuesday.", "Tuesday", "2022-02-08"),
        ("Prices rose sharply last week.", "last week", "2022-W04"),
        ("Sales beat last year's record.", "last year", "2021"),  # the 's is not the time's
        ("The parliament will vote next month.", "next month", "2022-03"),
        ("Exports fell in the third quarter.", "the third quarter", "2021-Q3"),
        ("Its third-quarter loss widened.", "third-quarter", "2021-Q3"),
        ("The ministry said exports fell in Q3 2021.", "Q3 2021", "2021-Q3"),
        ("Sales rose in the first half of the year.", "the first half of the year", "2022-H1"),
        ("The company said its sales rose in fiscal 2021.", "fiscal 2021", "2021"),
        (
            "Prices peaked in nineteen ninety-four, the analyst said.",
            "nineteen ninety-four",
            "1994",
        ),
        ("The temple was built in the 11th century.", "11th century", "10"),
        ("The bug was feared in the year 2000, he said.", "the year 2000", "2000"),
        ("Peace came in the year two thousand.", "the year two thousand", "2000"),
        ("The government said elections will be held in the spring.", "spring", "2022-SP"),
        ("The government said the offensive began in the autumn.", "autumn", "2021-FA"),
        ("The treaty was signed 20 years ago.", "20 years ago", "2002"),
        ("The rebels attacked yesterday.", "yesterday", "2022-02-02"),
        ("Elections were held in the 1990s.", "the 1990s", "199"),
        ("He resigned on Oct. 23 after the vote.", "Oct. 23", "2021-10-23"),
        ("The troops will be home by Christmas, the minister said.", "Christmas", "2022-12-25"),
        ("The minister said talks will resume after Easter.", "Easter", "2022-04-17"),
        ("The attack came on Good Friday 1998, officials said.", "Good Friday 1998", "1998-04-10"),
        ("The ceasefire began on Thanksgiving, officials said.", "Thanksgiving", "2021-11-25"),
        ("Protesters prayed as Easter week began, officials said.", "Easter week", "2022-W15"),
        ("The bonds will be redeemed in five years.", "five years", "2027"),
        ("In January this year, police arrived.", "January this year", "2022-01"),
        ("The post, dated 2015-12-02, was deleted.", "2015-12-02", "2015-12-02"),
        ("The polls close at eight o'clock, officials said.", "eight o'clock", "2022-02-03T08:00"),
        ("The ceasefire ends at midnight, officials said.", "midnight", "2022-02-03T24:00"),
        ("The summit is set for June 30, 2024.", "June 30, 2024", "2024-06-30"),
    ],
)
def test_dates_resolve_against_the_article_date(text: str, surface: str, value: str) -> None:
    found = _one(text, surface)
    assert found.type is TimeType.DATE
    assert found.value == found.timex3 == value


@pytest.mark.parametrize(
    ("text", "surface", "timex3", "kind"),
    [
        ("The drills will last a week.", "a week", "P1W", TimeType.DURATION),
        ("The talks lasted several hours.", "several hours", "PTXH", TimeType.DURATION),
        ("It lost money for several quarters.", "several quarters", "PXQ", TimeType.DURATION),
        (
            "Fighting went on for the past two months.",
            "the past two months",
            "P2M",
            TimeType.DURATION,
        ),
        (
            "The talks lasted an hour and a half.",
            "an hour and a half",
            "PT1H30M",
            TimeType.DURATION,
        ),
        ("Inspections take place annually.", "annually", "P1Y", TimeType.SET),
        ("The envoys meet twice a year.", "twice a year", "P1Y", TimeType.SET),
        ("The siege lasted twenty-five days.", "twenty-five days", "P25D", TimeType.DURATION),
        ("Prices rose 5% in two years.", "two years", "P2Y", TimeType.DURATION),
        ("The vote is a few weeks from now.", "a few weeks from now", "FUTURE_REF", TimeType.VAGUE),
        ("It closed a few years ago.", "a few years ago", "PAST_REF", TimeType.VAGUE),
        ("Now the alliance faces a choice.", "Now", "PRESENT_REF", TimeType.VAGUE),
        (
            "At this crucial moment the talks matter.",
            "At this crucial moment",
            "PRESENT_REF",
            TimeType.VAGUE,
        ),
        ("Relations have recently improved.", "recently", "PAST_REF", TimeType.VAGUE),
        ("Talks go on in the coming weeks.", "in the coming weeks", "FUTURE_REF", TimeType.VAGUE),
        ("Prices rose over the past few weeks.", "the past few weeks", "PXW", TimeType.DURATION),
        ("He died within weeks or months.", "weeks or months", "PXW", TimeType.DURATION),
    ],
)
def test_durations_sets_and_vague_references(
    text: str, surface: str, timex3: str, kind: TimeType
) -> None:
    found = _one(text, surface)
    assert (found.type, found.timex3) == (kind, timex3)


def test_month_range() -> None:
    found = _one("The exercises will run from May to July.", "from May to July")
    assert (found.type, found.start, found.end) == (TimeType.RANGE, "2022-05", "2022-07")


def test_clock_time_on_the_article_day() -> None:
    found = _one("The blast occurred at 10:35 a.m. near the embassy.", "10:35 a.m.")
    assert found.timex3 == "2022-02-03T10:35"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Debt will be repaid by the end of 1990.", "the end of 1990", "1990"),
        ("Rents rose in the late 1970s.", "the late 1970s", "197"),
        ("The talks lasted more than four hours.", "more than four hours", "PT4H"),
        ("The rebels struck almost two years ago.", "almost two years ago", "2020"),
    ],
)
def test_a_modifier_is_in_the_extent_and_not_in_the_value(
    text: str, surface: str, value: str
) -> None:
    assert _one(text, surface).timex3 == value


def test_clock_time_on_the_day_its_sentence_names() -> None:
    text = "On Tuesday, rebels attacked the town at 6 a.m. and left. Talks resume at noon."
    (result,) = run_texts(text, date="2022-02-03")
    assert [t.timex3 for t in result.times] == [
        "2022-02-01",
        "2022-02-01T06:00",
        "2022-02-03T12:00",
    ]


def test_ages_counts_and_ordinals_are_not_times() -> None:
    text = (
        "A 52-year-old doctor treated 2000 patients. She won a second term. "
        "Two thousand troops left."
    )
    (result,) = run_texts(text, date="2022-02-03")
    assert result.times == []


def test_without_a_date_relative_values_stay_unresolved() -> None:
    (result,) = run_texts("The minister arrived on Thursday for talks in 1998.")
    by_text = {t.evidence.text: t for t in result.times}
    assert by_text["Thursday"].type is TimeType.DATE and by_text["Thursday"].value is None
    assert by_text["1998"].value == "1998"


def test_a_year_ago_follows_the_reporting_quarter() -> None:
    text = (
        "Third-quarter profit rose to $5 million from $3 million a year ago. "
        "Sales in the latest period rose from the year-earlier period. "
        "In the 1988 third quarter, the company lost money. "
        "For the nine months, profit was $12 million, up from $10 million a year earlier."
    )
    (result,) = run_texts(text, date="1989-10-26")
    assert [t.timex3 for t in _times(result, "a year ago")] == ["1988-Q3"]
    assert [t.timex3 for t in _times(result, "a year earlier")] == ["1988"]
    assert [t.timex3 for t in _times(result, "the latest period")] == ["1989-Q3"]
    assert [t.timex3 for t in _times(result, "the year-earlier period")] == ["1988-Q3"]
    assert [t.timex3 for t in _times(result, "the 1988 third quarter")] == ["1988-Q3"]


def test_a_comparison_follows_the_quarter_reported_not_one_named_in_passing() -> None:
    text = (
        "Net income rose in the third quarter. After a flat second quarter, sales rose. "
        "Costs were lower than in the 1988 period. Year-earlier results included a gain."
    )
    (result,) = run_texts(text, date="1989-10-26")
    assert [t.timex3 for t in _times(result, "the 1988 period")] == ["1988-Q3"]
    assert [t.timex3 for t in _times(result, "Year-earlier")] == ["1988-Q3"]


def test_an_article_before_a_quarter_adjective_belongs_to_its_noun() -> None:
    text = "The bank reported a third-quarter loss. It had net income of $1 million a year ago."
    (result,) = run_texts(text, date="1989-11-02")
    assert [t.timex3 for t in _times(result, "a year ago")] == ["1988-Q3"]


def test_a_place_named_after_a_holiday_is_not_a_time() -> None:
    (result,) = run_texts("Tourists flew to Easter Island and Christmas Island.", date="2022-02-03")
    assert result.times == []


def test_the_future_of_something_is_not_a_time() -> None:
    text = "The future of NATO is unclear. The future looks bleak. Talks resume in the future."
    (result,) = run_texts(text, date="2022-02-03")
    assert [(t.evidence.text, t.timex3) for t in result.times] == [("in the future", "FUTURE_REF")]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Costs fell to the top of the previously reported range.", []),
        ("Suits previously filed by shareholders were dropped.", []),
        ("The company previously reported a loss.", ["previously"]),
        ("He said future restructuring would be studied.", []),
        ("The credits will cut taxes in future quarters.", ["future quarters"]),
        ("The credits will cut taxes in future years.", ["future years"]),
        ("Now, following the asset sales, the company is smaller.", []),
        ("Now the rebels hold the city.", ["Now"]),
        ("The current account deficit widened.", []),
        ("The current crisis deepened.", ["current"]),
    ],
)
def test_vague_words_that_describe_a_thing_are_not_times(text: str, times: list[str]) -> None:
    (result,) = run_texts(text, date="2022-02-03")
    assert [t.evidence.text for t in result.times] == times


def test_one_day_after_a_modal_is_a_time_to_come() -> None:
    assert _one("Islam will one day be the largest faith.", "one day").timex3 == "FUTURE_REF"
    assert _one("The strike lasted one day.", "one day").timex3 == "P1D"


def test_a_name_that_opens_with_a_time_word_is_not_a_time() -> None:
    text = "Israel won the Six-Day War. Athletes trained for the Summer Olympics."
    (result,) = run_texts(text, date="2022-02-03")
    assert result.times == []


def test_a_name_that_closes_with_a_time_word_is_not_a_time() -> None:
    (result,) = run_texts("She told USA Today on Monday that talks failed.", date="2022-02-03")
    assert [t.evidence.text for t in result.times] == ["Monday"]


def test_half_of_a_match_is_not_a_time() -> None:
    (result,) = run_texts("He scored in the second half of the match.", date="2022-02-03")
    assert result.times == []


def test_a_weekday_after_a_narrated_date_follows_it() -> None:
    text = (
        "The Security Council on Aug. 6 ordered an embargo. Troops arrived Tuesday.\n\n"
        "Talks opened Tuesday in Geneva."
    )
    (result,) = run_texts(text, date="1990-08-15")
    assert [t.timex3 for t in _times(result, "Tuesday")] == ["1990-08-07", "1990-08-14"]


def test_the_nth_day_of_an_event_said_in_the_present_is_the_article_date() -> None:
    (result,) = run_texts(
        "It's the second day of the offensive. The first day of talks went badly.",
        date="1998-03-06",
    )
    assert [(t.evidence.text, t.timex3) for t in result.times] == [("the second day", "1998-03-06")]


def test_the_limit_of_a_stretch_is_the_nearest_such_month() -> None:
    found = _one("The bank agreed to extend loans through January.", "January", "2022-10-30")
    assert found.timex3 == "2023-01"


def test_a_date_in_a_relative_clause_is_not_the_narrated_date() -> None:
    text = "Iran, which condemned the invasion on Aug. 6, sent an envoy. He left Tuesday."
    (result,) = run_texts(text, date="1990-08-15")
    assert [t.timex3 for t in _times(result, "Tuesday")] == ["1990-08-14"]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The plane crashed on Oct. 3. Rescuers came the same day.", "the same day", "2021-10-03"),
        (
            "The plane crashed on Oct. 3. The search ended the next day.",
            "the next day",
            "2021-10-04",
        ),
        (
            "The pact was signed on March 4, 2019. Two days later it collapsed.",
            "Two days later",
            "2019-03-06",
        ),
        ("He was elected in 2010 and resigned the following year.", "the following year", "2011"),
        (
            "The vote is on Feb. 20. The day before, rallies are banned.",
            "The day before",
            "2022-02-19",
        ),
        ("The rebels left. The same day, talks resumed.", "The same day", "2022-02-03"),
        (
            "Talks began on Wednesday, Jan. 12. They ended the following Monday.",
            "the following Monday",
            "2022-01-17",
        ),
        (
            "Stocks closed on Jan. 14 down 4% from the previous Friday.",
            "the previous Friday",
            "2022-01-07",
        ),
        (
            "Shares fell on Friday, Jan. 14. Dealers sold in the morning.",
            "the morning",
            "2022-01-14TMO",
        ),
    ],
)
def test_steps_count_from_the_time_the_story_last_named(
    text: str, surface: str, value: str
) -> None:
    assert _one(text, surface).timex3 == value


@pytest.mark.parametrize(
    ("text", "surface", "kind", "timex3"),
    [
        ("Two days later, the rebels withdrew.", "Two days later", TimeType.DURATION, "P2D"),
        ("The next day, the rebels withdrew.", "The next day", TimeType.DATE, None),
    ],
)
def test_a_past_step_from_a_time_not_named_is_not_after_the_article_date(
    text: str, surface: str, kind: TimeType, timex3: str | None
) -> None:
    """Nothing dated comes before: the step is no later than the article date, so it is a
    length of time, or a day left unknown."""
    found = _one(text, surface)
    assert (found.type, found.timex3) == (kind, timex3)


def test_a_month_takes_the_sentence_tense_when_the_parse_hangs_it_off_a_noun() -> None:
    text = (
        "Trump no longer owns stock in the company.\n\n"
        "In March, Trump blasted Disney for its practices in requiring 250 Florida workers "
        "to train their foreign replacements before being laid off."
    )
    (result,) = run_texts(text, date="2016-10-01")
    assert [t.timex3 for t in _times(result, "March")] == ["2016-03"]
