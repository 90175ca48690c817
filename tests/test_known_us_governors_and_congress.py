"""US governors, congressional leaders and cabinet officers named bare: the article's date
gives their country and sector, and the office they held that day."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.known import KnownActors
from tests.conftest import actor_codes


@pytest.fixture(scope="module")
def known() -> KnownActors:
    return KnownActors.load()


@pytest.mark.parametrize(
    ("name", "on", "sector", "role"),
    [
        ("Engler", date(1996, 6, 1), "GOV", "governor of Michigan"),
        ("Voinovich", date(1993, 6, 1), "GOV", "governor of Ohio"),
        ("Inslee", date(2020, 6, 1), "GOV", "governor of Washington"),
        ("Warner", date(2004, 6, 1), "GOV", "governor of Virginia"),
        ("Warner", date(2012, 6, 1), "LEG", "senator"),
        ("Armey", date(1997, 6, 1), "LEG", "House majority leader"),
        ("Durbin", date(2010, 6, 1), "LEG", "Senate Democratic whip"),
        ("Inouye", date(2011, 6, 1), "LEG", "Senate president pro tempore"),
        ("McAleenan", date(2019, 6, 1), "GOV", "acting homeland security secretary"),
        ("Morell", date(2013, 1, 10), "SPY", "acting CIA director"),
    ],
)
def test_a_bare_surname_is_the_us_office_holder_that_day(known, name, on, sector, role):
    found = known.lookup(name, on)
    assert (found.country, found.sector, found.role) == ("USA", sector, role)


def test_a_former_governor_keeps_the_country_without_a_sector(known):
    found = known.lookup("Jim Edgar", date(2005, 6, 1))
    assert (found.country, found.sector) == ("USA", None)


def test_two_governors_of_one_surname_share_their_codes(known):
    found = known.lookup("Perdue", date(2010, 3, 1))
    assert (found.country, found.sector) == ("USA", "GOV")


def test_a_governor_named_bare_abroad_is_coded_american():
    text = (
        "OTTAWA (Reuters) - Engler met Canadian trade officials on Monday and urged them"
        " to open the border to Michigan trucks."
    )
    assert actor_codes(text, "Engler", date="1995-03-06") == ("USA", "GOV")
