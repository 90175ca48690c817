"""A national body of state named bare after the same body was named with its country is that
body ("Japan's cabinet ... The cabinet"), not the dateline's home; the nearest earlier body of
the kind wins, and the police and local bodies still take the home."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts

WASHINGTON = "WASHINGTON (AP) --\n\n"


def source_countries(text: str, trigger: str) -> list[str | None]:
    """Countries of the sources of the event told by `trigger` in a Washington story."""
    (result,) = run_texts(WASHINGTON + text, date="1999-03-03")
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.country for p in event.actors]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Japan's cabinet approved a new budget on Monday.\n\n"
            "The cabinet also condemned North Korea's missile launch.",
            "condemned",
            ["JPN"],
        ),
        (
            "The Dutch lower house voted to send soldiers to Bosnia.\n\n"
            "The lower house also condemned Serbia.",
            "condemned",
            ["NLD"],
        ),
        (
            "The Israeli army attacked Hezbollah positions on Sunday.\n\n"
            "The army accused Syria of arming the guerrillas.",
            "accused",
            ["ISR"],
        ),
    ],
)
def test_a_body_named_again_bare_is_the_one_named_with_its_country(
    text: str, trigger: str, expected: list[str | None]
) -> None:
    assert source_countries(text, trigger) == expected


def test_the_nearest_body_of_the_kind_wins() -> None:
    text = (
        "The Greek government protested to Ankara on Monday.\n\n"
        "The Turkish government rejected the protest.\n\n"
        "The government accused Greece of provocation."
    )
    assert source_countries(text, "accused") == ["TUR"]


def test_police_named_again_bare_stay_the_homes() -> None:
    text = (
        "Mexican police arrested two smugglers on Friday.\n\n"
        "In Chicago, the police accused a local gang of running the ring."
    )
    assert source_countries(text, "accused") != ["MEX"]


def test_another_states_actor_in_between_leaves_the_body_open() -> None:
    text = (
        "The Italian government closed its schools on Monday.\n\n"
        "Health officials from Spain reported forty new cases.\n\n"
        "On Friday, the government accused the airlines of spreading the disease."
    )
    assert source_countries(text, "accused") != ["ITA"]


def test_a_body_named_by_its_owner_is_the_owners_state() -> None:
    text = (
        "President Hugo Chavez of Venezuela spoke on Monday.\n\n"
        "Chavez's government expressed its anger at the ruling. "
        "The government accused the oil companies of sabotage."
    )
    assert source_countries(text, "accused") == ["VEN"]
