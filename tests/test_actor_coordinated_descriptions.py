"""A description that coordinates a title held now with a past one ("an adviser to the
Republicans and former director of the CIA") codes the person by the one held now; a past word
on the first title may cover both, and an adviser to a party is the party's (PTY)."""

from __future__ import annotations

from tests.conftest import actor_codes, actor_sector

DATE = "2016-05-02"


def test_an_adviser_to_a_party_is_the_partys() -> None:
    text = "Tom Harlan, an adviser to Democrats, criticized the trade plan."
    assert actor_codes(text, "Tom Harlan", DATE) == ("USA", "PTY")


def test_a_past_title_after_a_current_one_leaves_the_current_one() -> None:
    text = (
        "Tom Harlan, an adviser to Republicans and former director of the Central Intelligence "
        "Agency, criticized the trade plan."
    )
    assert actor_sector(text, "Tom Harlan", DATE) == "PTY"


def test_a_past_title_after_a_current_one_is_not_the_persons_office() -> None:
    text = "Tom Harlan, a lawyer and former senator, criticized the trade plan."
    assert actor_sector(text, "Tom Harlan", DATE) != "LEG"


def test_a_past_word_on_the_first_title_may_cover_both() -> None:
    text = "Tom Harlan, a former senator and lawyer, criticized the trade plan."
    assert actor_sector(text, "Tom Harlan", DATE) is None
