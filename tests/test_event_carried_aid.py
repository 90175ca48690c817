"""Aid told by the vehicle that brings it ("Qatari planes carrying aid landed in Sudan") is
AID from the vehicle's owner to where it arrives; cargo carried nowhere named is no event."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Qatari planes carrying aid landed in Sudan on Monday.", "QAT", "SDN"),
        ("Kuwaiti trucks carrying medical supplies arrived in Jordan.", "KWT", "JOR"),
        ("A Greek ship carrying relief supplies docked in Libya.", "GRC", "LBY"),
    ],
)
def test_aid_a_vehicle_brings_goes_from_its_owner_to_its_arrival(
    text: str, giver: str, receiver: str
) -> None:
    (result,) = run_texts(text, date="2016-03-01")
    (event,) = [e for e in result.events if e.type == "AID"]
    assert [a.country for a in event.actors] == [giver]
    assert [r.country for r in event.recipients] == [receiver]


def test_cargo_carried_nowhere_is_no_aid() -> None:
    (result,) = run_texts("A truck carrying food overturned on a highway near Tulsa.")
    assert [e.type for e in result.events] == []
