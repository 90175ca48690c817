"""Sectors the words around a name settle: of two overlapping titles the later one is the
head ("U.S. Attorney General" is an attorney general, GOV, not a U.S. attorney, JUD), and a
person challenging someone in a primary or an election is a candidate (PTY)."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_the_later_of_two_overlapping_titles_is_the_head() -> None:
    text = "The governor wrote to U.S. Attorney General Ruth Marlow on Monday."
    assert actor_codes(text, "Ruth Marlow", "2016-05-02") == ("USA", "GOV")


def test_a_us_attorney_alone_is_a_prosecutor() -> None:
    text = "U.S. Attorney Ruth Marlow charged the mayor on Monday."
    assert actor_codes(text, "Ruth Marlow", "2016-05-02") == ("USA", "JUD")


def test_a_challenger_in_a_primary_is_a_candidate() -> None:
    text = (
        "Economics lecturer Dana Ferris, who is challenging Rep. Tom Hale in the primary, "
        "attacked him on Friday."
    )
    assert actor_codes(text, "Dana Ferris", "2016-05-24")[1] == "PTY"


def test_challenging_a_rule_makes_no_candidate() -> None:
    text = "Economics lecturer Dana Ferris is challenging the new tuition rule in court."
    assert actor_codes(text, "Dana Ferris", "2016-05-24")[1] != "PTY"
