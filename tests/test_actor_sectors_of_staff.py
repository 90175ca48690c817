"""The sector of people and groups who work for a body: the body's kind, not their title's
default ("a company spokesman" is no state spokesman, "GOP leaders" are no government)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Sales fell 5%, a company spokesman said.", "a company spokesman", "BUS"),
        ("An airline official said the plane landed safely.", "An airline official", "BUS"),
        ("A police spokesman said two men were arrested.", "A police spokesman", "COP"),
    ],
)
def test_a_body_noun_before_a_title_gives_its_sector(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Labour leaders rejected the plan on Monday.", "Labour leaders", "PTY"),
        ("Hamas leaders rejected the truce on Monday.", "Hamas leaders", "REB"),
        ("ISIS soldiers attacked the village on Monday.", "ISIS soldiers", "REB"),
        ("Kenyan leaders condemned the attack on Monday.", "Kenyan leaders", "GOV"),
    ],
)
def test_leaders_and_troops_of_a_body_are_of_its_sector(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Her campaign manager, Ann Ross, says the candidate will win.", "Ann Ross", "PTY"),
        ('"We wanted control," Paul Smith, the city manager, said.', "Paul Smith", "GOV"),
        ('"Growth will slow," said Anna Berg, analyst at Nordea Markets.', "Anna Berg", "BUS"),
        ('"No comment," said Tom Reed, an Oracle spokesman.', "Tom Reed", "BUS"),
    ],
)
def test_a_persons_title_and_employer_give_their_sector(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector
