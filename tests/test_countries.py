"""Country names as news writes them: an ISO code is no country name, except 'USA'."""

from __future__ import annotations

import pytest

from eventwire.codes import country_of


@pytest.mark.parametrize("word", ["NLD", "AND", "CAN", "BEN", "EST"])
def test_iso_codes_are_not_country_names(word: str) -> None:
    assert country_of(word) is None


@pytest.mark.parametrize(
    ("word", "iso3"), [("USA", "USA"), ("Netherlands", "NLD"), ("Andorra", "AND"), ("UAE", "ARE")]
)
def test_country_names_and_usa(word: str, iso3: str) -> None:
    found = country_of(word)
    assert found is not None and found.iso3 == iso3
