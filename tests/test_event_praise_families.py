"""Praise told by a word of a whole family of merits said of a named person (praise70): a mind
("sharp", "shrewd"), a skill ("seasoned", "skilled"), a character ("humble", "ethical") or a
standing ("exemplary", "beloved") is SUPPORT from the speaker to the one it is said of; the same
words said of a thing praise no one, and a naming verb that gives a merit to a thing ("called the
bridge a marvelous gift") praises no one either."""

from __future__ import annotations

import pytest

from tests.conftest import judged_sides


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Alvarez said Governor Tom Keller is a shrewd and savvy negotiator.",
        "Senator Ruth Alvarez said Governor Tom Keller is sharp.",
        "Senator Ruth Alvarez called Governor Tom Keller a seasoned, skilled leader.",
        "Senator Ruth Alvarez said Governor Tom Keller is a humble and ethical man.",
        "Senator Ruth Alvarez said Governor Tom Keller is an exemplary public servant.",
    ],
)
def test_a_merit_of_a_family_said_of_a_person_praises_them(text: str) -> None:
    assert judged_sides(text) == [("SUPPORT", ["Ruth Alvarez"], ["Tom Keller"])]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Alvarez said the harvest was amazing this year.",
        "Senator Ruth Alvarez said the drop in prices was sharp.",
    ],
)
def test_a_merit_said_of_a_thing_praises_no_one(text: str) -> None:
    assert judged_sides(text) == []


def test_a_sharp_fall_of_a_party_s_trade_praises_no_one() -> None:
    """A merit word that is a harsh word too ("sharp") is a size or a harshness said of a thing:
    said of what a party owns it praises no one."""
    text = "The Greek minister said Turkey's fall in exports was sharp."
    assert "SUPPORT" not in [t for t, _, _ in judged_sides(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Alvarez called the new bridge a marvelous gift to the city.",
        "Senator Ruth Alvarez called the harvest festival a superb tradition.",
    ],
)
def test_a_merit_a_naming_verb_gives_a_thing_praises_no_one(text: str) -> None:
    assert judged_sides(text) == []


def test_a_merit_a_naming_verb_gives_a_party_praises_it() -> None:
    text = "Senator Ruth Alvarez called Governor Tom Keller a great friend."
    assert judged_sides(text) == [("SUPPORT", ["Ruth Alvarez"], ["Tom Keller"])]
