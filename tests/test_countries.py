"""Country names as news writes them: an ISO code is no country name, except 'USA'."""

from __future__ import annotations

import pytest

from eventwire.codes import country_of, is_demonym


@pytest.mark.parametrize("word", ["NLD", "AND", "CAN", "BEN", "EST"])
def test_iso_codes_are_not_country_names(word: str) -> None:
    assert country_of(word) is None


@pytest.mark.parametrize(
    ("word", "iso3"), [("USA", "USA"), ("Netherlands", "NLD"), ("Andorra", "AND"), ("UAE", "ARE")]
)
def test_country_names_and_usa(word: str, iso3: str) -> None:
    found = country_of(word)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(
    ("word", "iso3"), [("Soviets", "RUS"), ("Poles", "POL"), ("Turks", "TUR"), ("Spaniards", "ESP")]
)
def test_people_nouns_name_their_country(word: str, iso3: str) -> None:
    """ "allow all 880 Soviets in Kuwait to leave": the people noun, not the place, is the
    target, so it must carry a country like "Britons" does."""
    found = country_of(word)
    assert found is not None and found.iso3 == iso3 and found.is_demonym


@pytest.mark.parametrize("name", ["Finn", "Dane", "Scot"])
def test_given_names_are_not_demonyms(name: str) -> None:
    assert country_of(name) is None


@pytest.mark.parametrize(
    ("word", "demonym"), [("Ukrainian", True), ("Ukraine", False), ("tea", False)]
)
def test_a_demonym_is_told_from_a_country_name(word: str, demonym: bool) -> None:
    assert is_demonym(word) is demonym
