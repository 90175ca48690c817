"""People and bodies of the 2016 US campaign news coded by who they were that day: the
nominees' families and super PACs are the campaigns' (PTY), reporters MED, donors BUS, think
tanks EDU, state attorneys general GOV; an office left is no sector."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name", "day", "codes"),
    [
        (
            "Eric Trump defended his father's tax plan in Ohio on Tuesday.",
            "Eric Trump",
            "2016-08-10",
            ("USA", "PTY"),
        ),
        (
            "Our Principles PAC attacked Donald Trump in a new television ad.",
            "Our Principles PAC",
            "2016-03-01",
            ("USA", "PTY"),
        ),
        (
            "Glenn Thrush pressed Hillary Clinton about her private email server.",
            "Glenn Thrush",
            "2016-05-02",
            ("USA", "MED"),
        ),
        (
            "Paul Singer gave a large sum to a group that opposes Donald Trump.",
            "Paul Singer",
            "2016-02-20",
            ("USA", "BUS"),
        ),
        (
            "The Tax Policy Center criticized Donald Trump's plan on Friday.",
            "Tax Policy Center",
            "2016-09-16",
            ("USA", "EDU"),
        ),
        (
            "Kamala Harris sued the for-profit college on Monday.",
            "Kamala Harris",
            "2016-04-11",
            ("USA", "GOV"),
        ),
    ],
)
def test_figures_of_the_2016_campaign_take_their_role_of_the_day(
    text: str, name: str, day: str, codes: tuple[str, str]
) -> None:
    assert actor_codes(text, name, day) == codes


def test_an_office_holder_who_has_left_has_no_sector() -> None:
    text = "Bill Bratton criticized the mayor's budget on Monday."
    assert actor_codes(text, "Bill Bratton", "2017-03-06") == ("USA", None)
