"""Leaders of the Americas named bare: the article's date gives their country and sector."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.known import KnownActors


@pytest.fixture(scope="module")
def known() -> KnownActors:
    return KnownActors.load()


@pytest.mark.parametrize(
    ("name", "on", "country", "sector"),
    [
        ("Bukele", date(2021, 3, 1), "SLV", "GOV"),
        ("Gonsalves", date(2010, 6, 1), "VCT", "GOV"),
        ("Mottley", date(2019, 6, 1), "BRB", "GOV"),
        ("Humala", date(2013, 3, 14), "PER", "GOV"),
        ("Pinochet", date(1995, 6, 1), "CHL", "MIL"),
        ("Oviedo", date(1995, 6, 1), "PRY", "MIL"),
        ("Daniel Ortega", date(1995, 6, 1), "NIC", None),
        ("Ortega", date(2010, 6, 1), "NIC", "GOV"),
    ],
)
def test_a_bare_surname_is_the_leader_in_office_that_day(known, name, on, country, sector):
    """Between terms only the full name is known: the country stays, the sector goes."""
    found = known.lookup(name, on)
    assert (found.country, found.sector) == (country, sector)


def test_namesakes_in_office_together_are_told_apart_by_home(known):
    on = date(2017, 6, 1)
    assert known.lookup("Morales", on, home="GTM").name == "Jimmy Morales"
    assert known.lookup("Morales", on, home="BOL").name == "Evo Morales"
