"""A commitment to a hostile act is a threat ("vowed to retaliate"), but one made to someone
("assured him Spain would close its ports to Cuban trade") is a promise to that person."""

from __future__ import annotations

from .conftest import event_types


def test_a_promise_made_to_someone_stays_a_promise() -> None:
    text = "Ortega said that King Carlos assured him Spain would close its ports to Cuban trade."
    types = event_types(text)
    assert "AGREE" in types and "THREATEN" not in types


def test_a_vow_of_retaliation_is_a_threat() -> None:
    assert "THREATEN" in event_types("The Chadian minister vowed to retaliate against Libya.")
