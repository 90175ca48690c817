"""A group named with no country of its own is of the place its act happens in: the place the
act is done in, or the place its object stands in, over the article's default home."""

from __future__ import annotations

from tests.conftest import event_dyads


def _sources(text: str) -> list[str | None]:
    return event_dyads(text)[0][1]


def test_protesters_at_an_embassy_abroad_are_of_the_embassys_town() -> None:
    text = "OSLO (Reuters) - Demonstrators attacked the Egyptian embassy in Nairobi on Monday."
    assert _sources(text) == ["KEN"]


def test_police_making_arrests_by_an_embassy_are_of_its_town() -> None:
    text = "Police detained students outside the Japanese embassy in Manila."
    assert _sources(text) == ["PHL"]


def test_marchers_on_an_embassy_are_of_its_town() -> None:
    text = "Students marched on the Thai embassy in Hanoi."
    assert _sources(text) == ["VNM"]


def test_a_group_with_a_country_of_its_own_keeps_it() -> None:
    text = "Nigerian troops attacked rebel camps in Cameroon."
    assert _sources(text) == ["NGA"]


def test_a_victims_nationality_does_not_give_the_attackers_a_country() -> None:
    text = "Gunmen shot dead a Belgian engineer."
    assert _sources(text) == [None]


def test_a_protest_against_a_war_abroad_does_not_move_the_protesters() -> None:
    text = "ROME (Reuters) - Protesters rallied against the war in Yemen on Saturday."
    assert _sources(text) == ["ITA"]


def test_kidnappers_of_foreigners_are_of_the_place_they_strike() -> None:
    text = "Gunmen kidnapped three Spanish engineers in Burundi."
    assert _sources(text) == ["BDI"]
