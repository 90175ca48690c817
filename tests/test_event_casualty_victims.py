"""Casualty clauses: whom an attack killed or left dead or wounded is its target, with the
victims' country when the text gives it; deaths in accidents and disasters are no attack."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


def _assault_targets(text: str) -> list[str | None]:
    (result,) = run_texts(text, date="2004-09-14")
    return [p.country for e in result.events if e.type == "ASSAULT" for p in e.recipients]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A suicide attack in Herat left 11 Afghan policemen dead on Friday.", "AFG"),
        ("Senators asked about the raid that left two Danish engineers dead.", "DNK"),
        ("The ambush left six Kenyan soldiers wounded.", "KEN"),
        ("At least nine Turkish truck drivers were killed in the blast.", "TUR"),
    ],
)
def test_the_victims_of_an_attack_are_its_target(text: str, country: str) -> None:
    assert country in _assault_targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Four miners were killed in an explosion at a coal mine in Hebei.",
        "An explosion at a refinery in Gujarat killed three workers.",
        "Seven people were killed in a bus crash near Cusco.",
        "Eleven villagers died in the floods in Assam.",
    ],
)
def test_deaths_in_accidents_and_disasters_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grain prices shot up after the drought.",
        "Spending on roads shot back up last year.",
        "The dispute over the ballots blew up last week.",
    ],
)
def test_a_rise_or_a_row_that_shoots_or_blows_up_is_no_attack(text: str) -> None:
    assert {"ASSAULT", "COERCE"}.isdisjoint(event_types(text))


def test_shooting_up_a_place_is_still_an_attack() -> None:
    assert "ASSAULT" in event_types("Gunmen shot up a cafe in Bamako on Saturday.")


def test_an_attack_told_by_the_dead_it_left_is_coded_there() -> None:
    text = "The panel reviewed the days after the raid that left two Danish engineers dead."
    assert "DNK" in _assault_targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm left 12 people dead in Luzon.",
        "The crash left two Kenyan pilots dead.",
        "The primary left the governor wounded.",
    ],
)
def test_what_leaves_people_dead_without_an_attack_is_none(text: str) -> None:
    assert "ASSAULT" not in event_types(text)
