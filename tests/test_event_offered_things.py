"""What a place or a thing "offers" in a relative clause is a quality, no offer of an act."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-04-02")
    return [e.type for e in result.events]


def test_the_scenery_a_state_offers_is_no_offer() -> None:
    text = "The scenery the state offers draws thousands of tourists every summer."
    assert "AGREE" not in _types(text)


def test_talks_a_party_offered_stay_an_offer() -> None:
    text = "Iran rejected the talks that France offered on Monday."
    assert "REJECT" in _types(text)
