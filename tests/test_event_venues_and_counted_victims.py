"""Targets read as a coder reads them: the place where words are said is no party to them,
and a bare count that suffers an act stands for the people it counts."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _countries(participants: list) -> set[str]:
    return {p.country for p in participants if p.country}


def test_a_demand_made_in_a_city_is_not_aimed_at_its_country() -> None:
    (r,) = run_texts("Senator Jones repeated his demand in Berlin on Tuesday.")
    event = event_at(r, "demand")
    assert event.type == "REQUEST"
    assert _countries(event.recipients) == set()


def test_a_pledge_made_abroad_is_not_aimed_at_the_host() -> None:
    (r,) = run_texts("The governor renewed her pledge in Tokyo to cut taxes.")
    assert "JPN" not in _countries(event_at(r, "pledge").recipients)


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
