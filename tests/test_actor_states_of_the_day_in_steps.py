"""A state renamed twice: Belgrade's government is Yugoslavia's in 1999, Serbia and Montenegro's
in 2005 and Serbia's in 2008; a known person whose table rows all lie in the middle period takes
the state of the article's day, not of the row."""

from __future__ import annotations

import pytest

from .conftest import actor_codes

TEXT = "The government in Belgrade rejected the proposal."


@pytest.mark.parametrize(
    "date,country", [("1999-03-01", "YUG"), ("2005-03-01", "SCG"), ("2008-03-01", "SRB")]
)
def test_belgrade_government_of_the_day(date: str, country: str) -> None:
    assert actor_codes(TEXT, "government in Belgrade", date)[0] == country


def test_a_person_known_from_the_middle_period_in_an_earlier_story() -> None:
    text = "Boris Tadic criticised the government in Belgrade."
    assert actor_codes(text, "Boris Tadic", "1996-05-01")[0] == "YUG"
