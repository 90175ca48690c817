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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"The law is too vague," said Ruth Calder, chairwoman of the political science '
            "department at Kenton University.",
            "Ruth Calder",
        ),
        (
            '"Turnout will be low," said Ruth Calder, director of the Lane Center for media and '
            "society at the University of Kenton.",
            "Ruth Calder",
        ),
        (
            '"Turnout will be low," said Ruth Calder, director of the Center for Women in Politics '
            "at the Hale Institute of Politics at Kenton University.",
            "Ruth Calder",
        ),
        (
            "Ruth Calder, a microbiologist and food safety expert at Kenton State University, "
            "said the outbreak was not surprising.",
            "Ruth Calder",
        ),
    ],
)
def test_a_person_placed_at_a_school_past_a_long_title_is_academic(text: str, name: str) -> None:
    assert actor_sector(text, name) == "EDU"


def test_a_department_at_a_college_is_the_colleges_not_the_states() -> None:
    text = (
        '"The law is too vague," said Ruth Calder, chairwoman of the Department of Computer '
        "Science at Kenton College."
    )
    assert actor_sector(text, "Ruth Calder") == "EDU"


def test_an_at_of_the_clause_places_no_school() -> None:
    text = '"Turnout will be low," said Ruth Calder, a consultant, speaking at Kenton University.'
    assert actor_sector(text, "Ruth Calder") != "EDU"


def test_an_act_at_a_school_places_no_one_tied_to_it_there() -> None:
    """The shooting, not the victim's mother, is at the school."""
    text = (
        '"Turnout will be low," said Ruth Calder, mother of a victim of the shooting at Kenton '
        "University."
    )
    assert actor_sector(text, "Ruth Calder") != "EDU"


def test_an_official_of_a_named_body_at_a_school_keeps_the_bodys_sector() -> None:
    """The organisation her title names (the State Department) says whom she serves, not the
    university its office is at."""
    text = (
        '"Turnout will be low," said Ruth Calder, a senior official at the State Department office'
        " at Yale University."
    )
    assert actor_sector(text, "Ruth Calder") == "GOV"
