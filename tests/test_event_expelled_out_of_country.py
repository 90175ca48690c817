"""Ordering someone out of a country, or escorting them to its border, expels them (COERCE);
ordering pupils out of a room tells no political act."""

from __future__ import annotations

from tests.conftest import named_dyads


def test_ordering_reporters_out_of_the_country_expels_them() -> None:
    dyads = named_dyads("Malian soldiers ordered the French reporters out of the country.")
    assert ("COERCE", ["Malian soldiers"], ["French reporters"]) in dyads


def test_escorting_migrants_to_the_frontier_expels_them() -> None:
    dyads = named_dyads("Border guards escorted the Afghan migrants to the frontier.")
    assert ("COERCE", ["Border guards"], ["Afghan migrants"]) in dyads


def test_ordering_pupils_out_of_a_room_is_no_event() -> None:
    assert named_dyads("The teacher ordered the pupils out of the classroom.") == []
