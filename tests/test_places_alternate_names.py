"""An old or foreign name a capital once bore does not beat a large city's own name."""

from __future__ import annotations

from eventwire.places.geocode import geocode


def test_own_name_of_a_large_city_beats_a_capitals_ancient_name() -> None:
    place = geocode("Philadelphia")
    assert place is not None and place.country == "USA"


def test_old_name_alone_still_finds_the_capital() -> None:
    place = geocode("Peking")
    assert place is not None and place.country == "CHN"


def test_a_country_by_its_islands_name() -> None:
    place = geocode("Comoro Islands")
    assert place is not None and place.country == "COM"
