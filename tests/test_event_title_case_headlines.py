"""A Title Case headline whose first name the tagger reads as a common noun still tells its act
when the story names that person: "Ocasio-Cortez Slams Manchin Over Climate Bill"."""

from __future__ import annotations

from .conftest import run_texts


def test_title_case_headline_with_a_name_the_story_gives_is_coded() -> None:
    (result,) = run_texts(
        "Ocasio-Cortez Slams Manchin Over Climate Bill\n\nRepresentative Alexandria Ocasio-Cortez"
        " on Monday criticized Senator Joe Manchin over the bill.\n"
    )
    headline = [e.type for e in result.events if e.sentence.start == 0]
    assert headline == ["ACCUSE"]
