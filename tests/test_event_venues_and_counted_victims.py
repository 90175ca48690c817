"""Targets read as a coder reads them: a measure laid on a city aims at its country, and a
bare count that suffers an act stands for the people it counts."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _countries(participants: list) -> set[str]:
    return {p.country for p in participants if p.country}


def test_a_curfew_laid_on_a_city_still_aims_at_its_country() -> None:
    (r,) = run_texts("The army imposed a curfew in Algiers on Sunday.")
    assert _countries(event_at(r, "curfew").recipients) == {"DZA"}


def test_a_bare_count_wounded_is_the_people_counted_before() -> None:
    (r,) = run_texts(
        "Two police officers were shot in Lagos on Monday and three were wounded in Abuja."
    )
    event = event_at(r, "wounded")
    assert event.type == "ASSAULT"
    assert _countries(event.recipients) == {"NGA"}


def test_a_bare_count_injured_in_a_town_is_its_people() -> None:
    (r,) = run_texts("Three people were killed in Kabul and more than 20 were injured in Kandahar.")
    assert _countries(event_at(r, "injured").recipients) == {"AFG"}
