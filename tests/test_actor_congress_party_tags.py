"""The party-and-state tag after a name ("(R-Ohio)", ", D-Md.,") marks a member of Congress: with
no title, or a title any body has ("Chairman"), the person is a US legislator (LEG); a title of
another office ("Gov.") or a past one keeps its own reading, and a tag of no US state is none."""

from __future__ import annotations

from tests.conftest import actor_codes, actor_sector

DATE = "2016-02-19"


def test_a_chairman_with_a_party_tag_is_a_legislator() -> None:
    text = "Chairman Tom Harlan (R-Ohio) accused the Democrats of stalling the inquiry."
    assert actor_codes(text, "Tom Harlan", DATE) == ("USA", "LEG")


def test_a_bare_name_with_a_comma_tag_is_a_legislator() -> None:
    text = "The plan is a mistake, said Ann Brody, D-Md., who accused the White House of hiding it."
    assert actor_codes(text, "Ann Brody", DATE) == ("USA", "LEG")


def test_a_governor_with_a_party_tag_stays_a_governor() -> None:
    text = "Gov. Tom Harlan (R-Ohio) accused the Democrats of stalling the budget."
    assert actor_sector(text, "Tom Harlan", DATE) == "GOV"


def test_a_tag_of_no_us_state_says_nothing() -> None:
    text = "Chairman Tom Harlan (R-Paris) accused the unions of stalling the merger."
    assert actor_sector(text, "Tom Harlan", DATE) != "LEG"
