"""A staff title takes the sector of whom it serves: a principal named before it, even with an
inner capital ("McConnell spokesman X"), or the body named in a description's words before its
head noun ("X, a county police spokesman"); the head noun itself names no body ("X, chief
financial officer"), nor do a subject role's modifiers ("two military analysts"). A nominee to a
court is a judge-to-be (JUD), a party's nominee a candidate (PTY)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, actor_sector

DAY = "2016-05-02"


def test_a_mixed_case_principal_before_a_staff_title_gives_its_sector() -> None:
    text = (
        "WASHINGTON - Senate Majority Leader Mitch McConnell delayed the vote. "
        '"We will see," McConnell spokeswoman Jane Rowley said on Monday.'
    )
    assert actor_codes(text, "Jane Rowley", DAY) == ("USA", "LEG")


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ('"He was calm," said Alan Porter, a county police spokesman.', "Alan Porter", "COP"),
        ('"No comment," said Tom Brenner, an army spokesman, on Friday.', "Tom Brenner", "MIL"),
        ('"Sales rose," said Ruth Calder, chief financial officer.', "Ruth Calder", "BUS"),
        ("Chief Financial Officer Ruth Calder said sales rose.", "Ruth Calder", "BUS"),
    ],
)
def test_a_descriptions_words_before_its_head_name_the_body_served(
    text: str, name: str, sector: str
) -> None:
    assert actor_sector(text, name) == sector


def test_a_subject_roles_modifier_names_no_body() -> None:
    text = "Two defense analysts, Ken Marlow and Ida Foss, wrote that the navy is strong."
    assert actor_sector(text, "Ken Marlow") == "EDU"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Senate confirmed Lena Ortiz, a federal district court nominee, on Monday.",
            "Lena Ortiz",
        ),
        ("Senators questioned judicial nominee Paul Hendry on Tuesday.", "Paul Hendry"),
    ],
)
def test_a_nominee_to_a_court_is_a_judge(text: str, name: str) -> None:
    assert actor_sector(text, name) == "JUD"


def test_a_partys_nominee_stays_a_candidate() -> None:
    text = "The Green Party nominee, Tara Lindqvist, criticized the plan on Monday."
    assert actor_sector(text, "Tara Lindqvist") == "PTY"


def test_miami_exile_groups_and_their_founders_are_us_advocacy_bodies() -> None:
    text = "MIAMI (AP) - Jose Basulto of Brothers to the Rescue criticized the ruling on Friday."
    assert actor_codes(text, "Brothers to the Rescue", "2000-06-01") == ("USA", "NGO")
    assert actor_codes(text, "Jose Basulto", "2000-06-01") == ("USA", "NGO")
