"""A state or town as an act's party acts through its government: named ("sued Nevada", "the
state of Nevada") or by a definite place noun with no name of its own ("the city", "the
state"), which is the latest place of that kind named before it."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_the_city_ordered_to_act_is_the_city_named_before() -> None:
    (r,) = run_texts(
        "Mayor Greta Holm of Portland spoke on Friday.\n\n"
        "A judge on Monday ordered the city to publish the report."
    )
    (target,) = event_at(r, "ordered").recipients
    assert (target.name, target.country, target.sector) == ("Portland", "USA", "GOV")


def test_a_village_is_no_government() -> None:
    (r,) = run_texts(
        "Mayor Greta Holm of Portland spoke on Friday.\n\n"
        "A judge on Monday ordered the village to publish the report."
    )
    assert event_at(r, "ordered").recipients == []


def test_a_state_sued_by_name_is_the_target_through_its_government() -> None:
    (r,) = run_texts("Republicans will sue Nevada over the new district map.")
    (target,) = event_at(r, "sue").recipients
    assert (target.name, target.country, target.sector) == ("Nevada", "USA", "GOV")


def test_the_state_of_a_named_state_is_that_state() -> None:
    (r,) = run_texts("Republicans will sue the state of Nevada over the new district map.")
    assert [p.name for p in event_at(r, "sue").recipients] == ["Nevada"]
