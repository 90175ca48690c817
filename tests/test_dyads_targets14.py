"""Targets round 14: counted references to countries told before ("the two countries")."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_the_two_countries_are_the_two_named_before() -> None:
    (r,) = run_texts(
        "Bombs hit the embassies in Kenya and Tanzania on Friday. "
        "The United States sent rescue teams to the two countries on Saturday."
    )
    assert countries_of(event_at(r, "sent").recipients) == {"KEN", "TZA"}


def test_officials_of_the_three_countries_act_for_the_three_named_together() -> None:
    (r,) = run_texts(
        "Poland, Hungary and the Czech Republic joined NATO on Friday, while Russia objected. "
        "Madeleine Albright accepted papers from the three countries' foreign ministers."
    )
    assert countries_of(event_at(r, "accepted").recipients) == {"POL", "HUN", "CZE"}


def test_a_count_with_fewer_countries_told_stays_as_read() -> None:
    (r,) = run_texts("The United States sent rescue teams to the two countries on Saturday.")
    assert not countries_of(event_at(r, "sent").recipients)


def test_an_unnamed_victim_placed_by_a_town_is_of_its_country() -> None:
    (r,) = run_texts("A Brooklyn woman was killed Thursday when two robbers fired into a store.")
    assert countries_of(event_at(r, "killed").recipients) == {"USA"}


def test_an_unnamed_group_blamed_and_placed_by_a_town_is_of_its_country() -> None:
    (r,) = run_texts("Juan Miguel Gonzalez of Cuba lashed out at his Miami relatives on Sunday.")
    assert countries_of(event_at(r, "lashed out").recipients) == {"USA"}


def test_an_unplaced_victim_stays_of_no_country() -> None:
    (r,) = run_texts("A woman was killed Thursday when two robbers fired into a store.")
    assert not countries_of(event_at(r, "killed").recipients)
