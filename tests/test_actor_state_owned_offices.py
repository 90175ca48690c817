"""A title any organisation has is a government office (GOV) when a state, city or territory
owns it, and a business one (BUS) when a firm does."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Macau's chief executive praised the new bridge.", "Macau's chief executive", "GOV"),
        ("The chief executive of Macau visited Lisbon.", "The chief executive of Macau", "GOV"),
        ("Macau Chief Executive Ho Iat Seng visited Lisbon.", "Ho Iat Seng", "GOV"),
        ("The chief executive of Samsung criticized the tariffs.", "The chief executive", "BUS"),
        ("Samsung chief executive Lee Jae-yong visited Hanoi.", "Lee Jae-yong", "BUS"),
    ],
)
def test_place_owned_titles_are_offices(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name, "2020-05-02") == sector
