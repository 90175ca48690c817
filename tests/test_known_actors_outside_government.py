"""People and bodies outside government whose sector an analyst knows unasked (commentators
MED, clergy REL, academics EDU, advocates NGO, sports clubs BUS), from the known-actor table as
of the article's day; a generational suffix is no one's surname."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.known import KnownActors
from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("name", "day", "codes"),
    [
        ("Ann Coulter", "2016-01-14", ("USA", "MED")),
        ("Rachel Maddow", "2012-10-01", ("USA", "MED")),
        ("Louis Farrakhan", "1995-10-16", ("USA", "REL")),
        ("Jerry Falwell Jr.", "2016-01-18", ("USA", "EDU")),
        ("Al Sharpton", "2016-02-10", ("USA", "NGO")),
        ("Al Sharpton", "2003-09-01", ("USA", "PTY")),
        ("Jesse Jackson", "1988-03-08", ("USA", "PTY")),
        ("Jesse Jackson", "1998-03-08", ("USA", "NGO")),
        ("Family Research Council", "2016-05-01", ("USA", "NGO")),
        ("Green Bay Packers", "2010-05-01", ("USA", "BUS")),
        ("Real Clear Politics", "2016-08-01", ("USA", "MED")),
    ],
)
def test_a_known_name_outside_government_takes_its_sector(
    name: str, day: str, codes: tuple[str, str]
) -> None:
    found = KnownActors.load().lookup(name, date.fromisoformat(day), home="USA")
    assert found is not None and (found.country, found.sector) == codes


def test_a_name_after_its_holder_left_the_role_has_no_sector() -> None:
    found = KnownActors.load().lookup("Jon Stewart", date(2016, 4, 29), home="USA")
    assert found is not None and found.sector is None


def test_a_commentator_named_in_a_story_is_media() -> None:
    text = "Ann Coulter mocked the governor on Tuesday, and the governor answered her at a rally."
    assert actor_codes(text, "Ann Coulter", "2016-01-14") == ("USA", "MED")


def test_a_generational_suffix_is_no_surname() -> None:
    table = KnownActors.load()
    assert table.lookup("Jr.", date(2016, 1, 18), home="USA") is None
    assert table.lookup("Falwell", date(2016, 1, 18), home="USA").name == "Jerry Falwell Jr."
