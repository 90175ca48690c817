"""A party's word on a trade noun makes a person the party's ("X, a Republican consultant"
PTY), though the bare noun says nothing ("a media consultant"); a body named for its members
gives its sector to the people who speak for it or run it ("a spokesman for the National
Federation of Independent Business" BUS); a name headed by "Party" is a party's, whatever
people its other words name ("the Working Families Party" PTY, not civilians)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Alan Brock, a Republican consultant, criticized the candidate.", "Alan Brock"),
        ('"It is over for him," said Democratic operative Mark Jensen.', "Mark Jensen"),
        ('"He is finished," said Carl Ames, an Ohio GOP consultant.', "Carl Ames"),
    ],
)
def test_a_party_consultant_or_operative_is_the_partys(text: str, name: str) -> None:
    assert actor_sector(text, name) == "PTY"


def test_a_consultant_with_no_party_word_is_no_partys() -> None:
    text = "Alan Brock, a media consultant, criticized the candidate."
    assert actor_sector(text, "Alan Brock") != "PTY"


def test_a_spokesman_for_a_body_of_businesses_is_business() -> None:
    text = '"We oppose the tax," said Owen Fisk, a spokesman for the Federation of Small Business.'
    assert actor_sector(text, "Owen Fisk") == "BUS"


def test_a_party_named_for_people_is_a_party() -> None:
    text = '"We will win," said Mark Dole, the director of the Working Farmers Party.'
    assert actor_sector(text, "Mark Dole") == "PTY"


def test_a_public_advocate_is_the_citys() -> None:
    text = '"The plan fails tenants," Public Advocate Rosa Lind said on Monday.'
    assert actor_sector(text, "Rosa Lind") == "GOV"


def test_a_private_clients_lawyer_named_again_stays_a_lawyer() -> None:
    text = (
        "Prosecutors charged Jim Rowe with threatening the senator. Rowe's attorney, Paul "
        'Wexford, argued that his client was joking. "He never meant it," Wexford said of Rowe.'
    )
    assert actor_sector(text, "Paul Wexford") == "JUD"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The White House hired Ann Dole, chief technology officer of the United States.", "GOV"),
        ('"We were hacked," said Ann Dole, chief information officer of Brightline Corp.', "BUS"),
    ],
)
def test_a_chief_officer_serves_the_body_named_and_is_no_soldier(text: str, sector: str) -> None:
    assert actor_sector(text, "Ann Dole") == sector


def test_an_unnamed_spokeswoman_for_a_candidate_is_the_campaigns() -> None:
    text = (
        "Donald Trump attacked the senator on Monday. A spokeswoman for Mr. Trump did not "
        "return a message seeking comment."
    )
    assert actor_sector(text, "A spokeswoman") == "PTY"
