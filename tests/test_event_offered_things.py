"""What a place or a thing "offers" in a relative clause is a quality, no offer of an act."""

from __future__ import annotations

from tests.conftest import event_types

DAY = "2016-04-02"


def test_the_scenery_a_state_offers_is_no_offer() -> None:
    text = "The scenery the state offers draws thousands of tourists every summer."
    assert "AGREE" not in event_types(text, DAY)


def test_talks_a_party_offered_stay_an_offer() -> None:
    text = "Iran rejected the talks that France offered on Monday."
    assert "REJECT" in event_types(text, DAY)
