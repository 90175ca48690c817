"""Regions news names inside one state ("Darfur", "the Niger Delta", "Mindanao") are placed in
that state, though the gazetteers list them under other names or not at all; a country name
inside such a region's name is no party of the story."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    "text,surface,country",
    [
        ("Aid convoys reached camps in South Darfur on Friday.", "South Darfur", "SDN"),
        ("A ferry sank off the coast of Mindanao.", "Mindanao", "PHL"),
        ("Shelling resumed across the Donbas overnight.", "Donbas", "UKR"),
        ("Drought has hit herders in the Ogaden region.", "Ogaden", "ETH"),
    ],
)
def test_regions_are_placed_in_their_state(text: str, surface: str, country: str) -> None:
    (result,) = run_texts(text)
    assert [p.country for p in result.places if p.evidence.text == surface] == [country]


def test_a_country_name_inside_a_region_name_is_not_that_country() -> None:
    (result,) = run_texts("Gunmen kidnapped four oil workers in the Niger Delta on Monday.")
    assert "NER" not in {a.country.value for a in result.actors if a.country}
    assert all(r.country == "NGA" for e in result.events for r in e.recipients if r.country)
