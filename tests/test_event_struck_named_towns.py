"""An attack on "the town of X" strikes X: its target is X's country, not the attackers' own
people by the domestic default, and the bare name is not kept beside the geocoded one."""

from __future__ import annotations

from .conftest import run_texts


def _assaults(text: str) -> list[list[tuple[str, str | None]]]:
    (result,) = run_texts(text, date="2023-05-01")
    assaults = [e for e in result.events if e.type == "ASSAULT"]
    return [[(r.name, r.country) for r in e.recipients] for e in assaults]


def test_town_of_a_foreign_city_is_the_target() -> None:
    text = "Russian troops shelled the town of Kherson on Monday, wounding four people."
    assert _assaults(text) == [[("Kherson", "UKR")]]


def test_city_of_a_named_town_takes_its_country_once() -> None:
    text = "Rebels shelled the city of Bunia overnight, killing three civilians."
    assert _assaults(text) == [[("Bunia", "COD")]]
