"""An office held in a body eventwire does not know: an office only firms have ("chief
executive of Brightwave") keeps its firm's sector (BUS), one only non-profits have ("executive
director of Fair Streets Now") an advocacy group's (NGO), and an adviser "to" bodies that a plural
noun names takes their sector, reading a shared head across a coordination ("to energy and
mining firms"); a state body keeps the state's, and a title with no body keeps today's."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    "text",
    [
        '"Prices will fall," said Dana Pike, chief executive of Brightwave.',
        '"Prices will fall," said Dana Pike, the Brightwave chief executive.',
        '"Prices will fall," said Dana Pike, chief operating officer of Brightwave.',
    ],
)
def test_a_firm_office_in_an_unknown_body_is_a_firms(text: str) -> None:
    assert actor_sector(text, "Dana Pike") == "BUS"


@pytest.mark.parametrize(
    "text",
    [
        '"Prices will fall," said Omar Reyes, an adviser to small companies.',
        '"Prices will fall," said Omar Reyes, an adviser to energy and mining firms.',
    ],
)
def test_an_adviser_to_firms_is_business(text: str) -> None:
    assert actor_sector(text, "Omar Reyes") == "BUS"


def test_a_director_of_a_state_council_keeps_the_state() -> None:
    text = '"Prices will fall," said Omar Reyes, director of the National Economic Council.'
    assert actor_sector(text, "Omar Reyes") == "GOV"


def test_a_director_with_no_body_keeps_todays_sector() -> None:
    text = '"Prices will fall," said Omar Reyes, a senior director.'
    assert actor_sector(text, "Omar Reyes") == "GOV"


@pytest.mark.parametrize(
    "text",
    [
        '"The rule hurts families," said Lena Ortiz, executive director of Fair Streets Now.',
        '"The rule hurts families," said Lena Ortiz, executive director of the Parents\' Voice '
        "Coalition.",
        'The club\'s executive director, Lena Ortiz, said "the rule hurts families."',
    ],
)
def test_an_executive_director_of_an_unknown_body_is_a_non_profits(text: str) -> None:
    assert actor_sector(text, "Lena Ortiz") == "NGO"


def test_an_executive_director_of_a_known_body_keeps_its_sector() -> None:
    text = '"The rule hurts families," said Lena Ortiz, executive director of the FBI.'
    assert actor_sector(text, "Lena Ortiz") == "COP"


def test_an_executive_director_of_a_firm_is_business() -> None:
    text = '"Prices will fall," said Lena Ortiz, executive director of Harmon Industries.'
    assert actor_sector(text, "Lena Ortiz") == "BUS"


def test_a_leader_of_a_countrys_party_is_no_state_leader() -> None:
    text = "The endorsement came from Ana Berg, leader of Sweden's far-right Green Path party."
    assert actor_sector(text, "Ana Berg") != "GOV"
