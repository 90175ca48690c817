"""A plan, perk or product that is offered (also in a reduced relative: "the first plan offered
under ...") is commerce or policy toward no party, not an AGREE."""

from __future__ import annotations

from .conftest import event_types


def test_a_thing_offered_in_a_reduced_relative_is_no_agreement() -> None:
    text = "The spokesman said it is the first pension plan offered under the austerity program."
    assert "AGREE" not in event_types(text)


def test_talks_offered_to_a_party_stay_an_offer() -> None:
    assert "AGREE" in event_types("Bolivia offered Chile talks on the border on Monday.")
