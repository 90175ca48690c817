"""A bare title that acts on another state's officials named by their country ("the premier
met Brazilian ministers") is their counterpart: the text's one country, theirs, is not the
title's; officials of no such wording leave the one-country default alone."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_a_title_meeting_a_state_s_officials_does_not_take_their_country() -> None:
    text = (
        "The premier held talks with Brazilian ministers on Tuesday about soybean prices. "
        "The premier later called the talks useful."
    )
    assert actor_codes(text, "The premier") == (None, "GOV")


def test_a_title_meeting_its_opposition_keeps_the_text_s_one_country() -> None:
    text = (
        "The premier held talks with opposition leaders on Tuesday about the unrest in Brazil. "
        "The premier later called the talks useful."
    )
    assert actor_codes(text, "The premier") == ("BRA", "GOV")
