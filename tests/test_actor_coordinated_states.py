"""A state body named bare in a clause joined by "and" to one whose doer is a country is that
country's, over the dateline's default."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_a_bare_navy_beside_its_state_is_that_states() -> None:
    text = (
        "SUVA (Reuters) - Australia sent engineers to the islands, "
        "and the Navy flew water to the villages."
    )
    assert actor_codes(text, "Navy")[0] == "AUS"


def test_a_bare_army_after_an_accusation_of_another_state_keeps_the_default() -> None:
    text = (
        "TASHKENT (Reuters) - Russia accused Georgia of shelling villages, and the army denied it."
    )
    assert actor_codes(text, "the army")[0] == "UZB"


def test_a_bare_army_set_against_its_state_by_but_keeps_the_default() -> None:
    text = "TASHKENT (Reuters) - France sent medicines to the region, but the army held them."
    assert actor_codes(text, "the army")[0] == "UZB"
