"""One group introduced by its kind ("a civil rights group", "an armed group") is an actor of
the sector the group lexicon gives that kind in the plural, of the country its own words name
or of the story's; a group named by its members, its own name or "the" is left to those."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        (
            "DENVER (AP) - A civil rights group urged the city council to drop the curfew.",
            "civil rights group",
            "USA",
            "NGO",
        ),
        (
            "TRIPOLI, Libya (AP) - An armed group attacked a checkpoint near Sirte on Sunday.",
            "armed group",
            "LBY",
            "REB",
        ),
        (
            "A Somali militant group claimed the bombing of the hotel.",
            "Somali militant group",
            "SOM",
            "REB",
        ),
    ],
)
def test_a_group_of_a_kind_acts(text: str, name: str, country: str, sector: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    actors = {
        (a.name, a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }
    assert (name, country, sector) in actors


@pytest.mark.parametrize(
    "text",
    [
        "An advocacy group of parents marched to the statehouse in Denver.",
        "The rights group said the detention was arbitrary.",
        "Its president said the association is not an advocacy group.",
        "The ministry designated the Ashar network a terrorist group on Monday.",
        "The movement was listed as a terrorist group last year.",
    ],
)
def test_groups_named_otherwise_are_no_kind_group(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    assert not any(a.name.endswith("group") for a in result.actors)


def test_a_group_backed_by_a_country_is_named_whole_and_not_of_that_country() -> None:
    text = "DAMASCUS (AP) - A US-backed rebel group attacked the base near Aleppo."
    (result,) = run_texts(text, date="2016-05-02")
    actors = {(a.name, a.country.value if a.country else None) for a in result.actors}
    assert ("US-backed rebel group", "SYR") in actors
