"""A country named as a state in an event ("Iran condemned", "Russia attacked") is the state
itself: sector null, as in the actors list, whatever the event's type."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Venezuela condemned the embargo on Monday.", "VEN"),
        ("Ecuador attacked a rebel camp in August.", "ECU"),
        ("Slovenia joined the alliance on Friday.", "SVN"),
    ],
)
def test_a_country_acting_has_no_sector(text: str, country: str) -> None:
    (result,) = run_texts(text, date="2004-06-01")
    sides = [p for e in result.events for p in e.actors if p.country == country]
    assert sides and all(p.sector is None for p in sides)
