"""The sectors of groups named by a common noun: a chamber's party leadership legislates
(LEG), a political camp's leaders hold no state office (PTY, as a party's), and a counted people
("thousands of Sudanese") is civilians (CVL), not its state."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector, named_actor, run_texts


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("House Republican leadership rejected the bill.", "House Republican leadership", "LEG"),
        ("Senate leadership praised the deal on Monday.", "Senate leadership", "LEG"),
        ("Progressive leaders condemned the ruling on Monday.", "Progressive leaders", "PTY"),
        ("The liberal officials praised the ruling.", "The liberal officials", "PTY"),
        ("Republican leaders praised the ruling on Monday.", "Republican leaders", "PTY"),
    ],
)
def test_leaders_take_the_sector_their_words_give(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Thousands of Lebanese marched against the government.", "Lebanese", "LBN"),
        ("Hundreds of Chinese protested outside the embassy.", "Chinese", "CHN"),
        ("About 300 Vietnamese protested in Hanoi.", "Vietnamese", "VNM"),
        ("Thousands of Kenyans marched in Nairobi.", "Kenyans", "KEN"),
    ],
)
def test_a_counted_people_is_civilians(text: str, name: str, country: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    actor = named_actor(result, name)
    assert actor.country is not None and actor.country.value == country
    assert actor.sector is not None and actor.sector.value == "CVL"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Law enforcement officers detained three marchers.", "Law enforcement officers"),
        ("Law enforcement agents searched the home on Friday.", "Law enforcement agents"),
    ],
)
def test_law_enforcement_officers_are_police(text: str, name: str) -> None:
    assert actor_sector(text, name) == "COP"


def test_a_towns_officers_are_its_police_and_a_countrys_its_army() -> None:
    town = "Pittsburgh officers detained three marchers on Sunday."
    country = "Syrian officers detained three marchers on Sunday."
    assert actor_sector(town, "Pittsburgh officers") == "COP"
    assert actor_sector(country, "Syrian officers") == "MIL"
