""" "X said Y has to act" lays a duty on Y (a demand); "X said Y has yet to act" tells an act not
done, no duty."""

from __future__ import annotations

from tests.conftest import event_types


def test_has_yet_to_act_is_no_demand() -> None:
    text = "The mayor said the Johnson campaign has yet to respond to the offer."
    assert "REQUEST" not in event_types(text)


def test_has_to_act_is_a_demand() -> None:
    text = "The mayor said the Johnson campaign has to respond to the offer."
    assert "REQUEST" in event_types(text)
