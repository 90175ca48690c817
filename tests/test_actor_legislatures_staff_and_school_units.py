"""A legislature's word before a group of officials makes them the legislature's ("congressional
investigators" LEG, not the police), unless the chamber's name starts a longer name ("White
House officials" are the president's); and a body its name places at a university ("the Voter
Research Project at Kenton University") is one of the school's units (EDU), as is its director."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Congressional investigators accused the agency of hiding records.",
            "Congressional investigators",
        ),
        ("Parliamentary officials condemned the delay in the vote.", "Parliamentary officials"),
    ],
)
def test_officials_of_a_legislature_are_legislators(text: str, name: str) -> None:
    assert actor_sector(text, name) == "LEG"


def test_white_house_officials_stay_the_governments() -> None:
    text = "White House officials rejected the report on Tuesday."
    assert actor_sector(text, "White House officials") == "GOV"


def test_investigators_with_no_chamber_stay_police() -> None:
    text = "Investigators accused the driver of fleeing the scene."
    assert actor_sector(text, "Investigators") == "COP"


def test_a_director_of_a_university_unit_is_academic() -> None:
    text = (
        '"Turnout will be low," said Ruth Calder, director of the Voter Outreach Project '
        "at the University of Kenton."
    )
    assert actor_sector(text, "Ruth Calder") == "EDU"


def test_a_unit_not_at_a_school_stays_unknown() -> None:
    text = '"Turnout will be low," said Ruth Calder, director of the Voter Outreach Project.'
    assert actor_sector(text, "Ruth Calder") is None
