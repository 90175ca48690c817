"""A plan, perk or product that is offered (also in a reduced relative: "the only scheme offered
to staff") is commerce or policy toward no party, not an AGREE."""

from __future__ import annotations

from .conftest import event_types


def test_a_thing_offered_in_a_reduced_relative_is_no_agreement() -> None:
    text = "A bank official noted it was the only savings scheme offered under the new budget."
    assert "AGREE" not in event_types(text)


def test_talks_offered_to_a_party_stay_an_offer() -> None:
    assert "AGREE" in event_types("Bolivia offered Chile talks on the border on Monday.")
