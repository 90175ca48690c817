"""A purpose clause tells a demonstration's aim ("rallied to denounce X"), but a purpose that
backs someone ("to back up the Army") names an ally, not the target of the act it serves."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_troops_sent_to_back_up_an_army_are_not_aimed_at_it() -> None:
    (r,) = run_texts("The Pentagon will deploy Marines to back up the Army.")
    event = event_at(r, "deploy")
    assert event.type == "MOBILIZE"
    assert not any(p.name == "Army" for p in event.recipients)


def test_a_rally_to_denounce_a_visit_is_aimed_at_the_visitor() -> None:
    (r,) = run_texts("Students rallied to denounce the visit of the Chinese premier.")
    assert {p.country for p in event_at(r, "rallied").recipients} == {"CHN"}
