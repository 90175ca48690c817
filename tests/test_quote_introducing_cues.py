"""Which cue a quote belongs to: a cue that opens the quote right after it ("X told reporters
in Lima on Monday, “…”") holds that quote, even where the next sentence's cue ("…?” Y then
wrote, “…”") sits nearer; a second speaker between two quotes makes them two reports."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gonzalez told reporters in Lima on Monday, “Why now? That was before the summit?” "
            "Harper later wrote, “You look tired.”",
            id="objects-and-phrases-between-cue-and-quote",
        ),
        pytest.param(
            "Gonzalez responds to Harper with, “Why now? That was before the summit?” Harper "
            "then writes back, “You look tired.”",
            id="listener-named-between-cue-and-quote",
        ),
    ],
)
def test_introducing_cue_holds_its_quote(text: str) -> None:
    assert contents_and_speakers(text) == [
        ("Why now? That was before the summit?", "Gonzalez"),
        ("You look tired.", "Harper"),
    ]


def test_another_clause_before_the_colon_introduces_nothing() -> None:
    text = (
        "Mendez did back the plan on Friday, and Radio Sur has a recording:\n\n"
        "“Will you build the dam?” a farmer can be heard asking Mendez after a meeting in Cusco."
    )
    assert contents_and_speakers(text) == [("Will you build the dam?", "a farmer")]


def test_cue_after_its_words_opens_no_title_after_it() -> None:
    text = (
        "Their revolution in 1959 dampened plans to return home, Mr. Alvarez said in his 2012 "
        "book, ‘‘A Long Road.’’ So they stayed."
    )
    assert contents_and_speakers(text)[0] == (
        "Their revolution in 1959 dampened plans to return home",
        "Alvarez",
    )


def test_cue_inside_another_report_opens_only_the_quote_right_after_it() -> None:
    text = (
        "In a 2014 interview with the Gazette, Moreno insisted it was “premature” to back the "
        "mayor’s campaign while adding on housing matters, “I don’t have any doubt that her "
        "heart is in the right place.”"
    )
    assert contents_and_speakers(text)[-1] == (
        "I don’t have any doubt that her heart is in the right place.",
        "Moreno",
    )


def test_second_speaker_between_two_quotes_splits_them_into_two_reports() -> None:
    text = (
        "“It is wrong to call the bill a bailout,” Martens tweeted after Okafor argued for the "
        "second debate running that “if everyone had voted as he voted, we would have lost the "
        "mills.”"
    )
    assert [speaker for _, speaker in contents_and_speakers(text)] == ["Martens", "Okafor"]


def test_relative_clause_between_two_quotes_keeps_them_one_speaker_s() -> None:
    text = (
        "“It’s like a new ship,” Mr. Alvarez said in a documentary that showed off some of the "
        "repairs. “The ship is very much an extension of the brand.”"
    )
    assert {speaker for _, speaker in contents_and_speakers(text)} == {"Alvarez"}
