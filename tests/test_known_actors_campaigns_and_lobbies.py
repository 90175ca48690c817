"""Candidates of the 1990s and 2015, network anchors and US lobbies from the known-actor table,
coded as of the article's day; rows that would make a bare surname ambiguous stay out."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.known import KnownActors
from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("name", "day", "codes"),
    [
        ("Perot", "1992-06-01", ("USA", "PTY")),
        ("Jack Kemp", "1991-05-01", ("USA", "GOV")),
        ("Jim Webb", "2015-08-01", ("USA", "PTY")),
        ("Jim Webb", "2010-08-01", ("USA", "LEG")),
        ("AIPAC", "2016-03-21", ("USA", "NGO")),
        ("Lester Holt", "2016-09-27", ("USA", "MED")),
        ("Mo Mowlam", "1998-04-10", ("GBR", "GOV")),
    ],
)
def test_a_known_name_takes_its_codes_of_the_day(
    name: str, day: str, codes: tuple[str, str]
) -> None:
    found = KnownActors.load().lookup(name, date.fromisoformat(day), home="USA")
    assert found is not None and (found.country, found.sector) == codes


def test_a_bare_surname_keeps_the_better_known_holder_of_the_day() -> None:
    table = KnownActors.load()
    assert table.lookup("Rubin", date(1998, 3, 1), home="USA").name == "Robert Rubin"
    assert table.lookup("Bradley", date(1991, 3, 1), home="USA").name == "Tom Bradley"


def test_a_lobby_named_in_full_is_an_advocacy_group_not_a_committee_of_congress() -> None:
    text = "The senator will speak to the American Israel Public Affairs Committee on Monday."
    assert actor_codes(text, "American Israel Public Affairs Committee", "2016-03-20") == (
        "USA",
        "NGO",
    )


def test_a_campaign_aide_titled_with_no_body_is_the_campaigns() -> None:
    text = "On Monday, press secretary Hope Hicks told reporters that the rally would go ahead."
    assert actor_codes(text, "Hope Hicks", "2016-05-02") == ("USA", "PTY")


def test_a_government_official_titled_so_stays_in_government() -> None:
    text = "On Monday, press secretary Josh Earnest told reporters that the talks would go ahead."
    assert actor_codes(text, "Josh Earnest", "2016-05-02") == ("USA", "GOV")


def test_a_run_in_an_earlier_election_makes_no_candidate_of_the_day() -> None:
    text = "During the 2008 election, Harold Penwick ran on his record as a mayor."
    assert actor_codes(text, "Harold Penwick", "2016-02-05")[1] != "PTY"


def test_a_run_in_the_election_of_the_day_makes_a_candidate() -> None:
    text = "During the 2016 election, Harold Penwick ran on his record as a mayor."
    assert actor_codes(text, "Harold Penwick", "2016-02-05")[1] == "PTY"
