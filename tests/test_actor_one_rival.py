"""One rival owned by a person ("her rival", "his primary opponent") is a party of the owner's
country, as "her rivals" is, so an act aimed at the rival has a target; where the rival's name
follows ("his opponent, Senator X") the name alone is the party."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _sides(text: str) -> list[tuple[str, list[str], list[tuple[str, str | None]]]]:
    """(type, doers' names, targets' (name, country)) of each event of one 2016 text."""
    (result,) = run_texts(text, date="2016-05-02")
    return [
        (
            e.type,
            [a.name for a in e.actors],
            [(r.name, r.country) for r in e.recipients],
        )
        for e in result.events
    ]


@pytest.mark.parametrize(
    "text,type_,target",
    [
        (
            "Senator Elizabeth Warren spoke in Ohio on Monday. Warren mocked her rival's plan"
            " for the economy.",
            "ACCUSE",
            "her rival",
        ),
        (
            "Senator Marco Rubio toured Iowa on Monday. Rubio praised his former primary"
            " opponent as a serious thinker.",
            "SUPPORT",
            "his former primary opponent",
        ),
    ],
)
def test_an_owned_rival_is_a_target_of_the_owners_country(
    text: str, type_: str, target: str
) -> None:
    found = [(t, targets) for t, _, targets in _sides(text) if t == type_]
    assert found and (target, "USA") in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Marco Rubio met his rival, Senator Ted Cruz, in Houston on Monday.",
        "Senator Ted Cruz, his rival, met Senator Marco Rubio in Houston on Monday.",
    ],
)
def test_a_rival_apposed_to_a_name_is_only_that_name(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    parties = [p.name for e in result.events for p in e.actors + e.recipients]
    assert "Ted Cruz" in parties and "his rival" not in parties


def test_a_rival_in_a_two_person_race_is_still_the_other_person() -> None:
    text = (
        "Senator Ann Keller and Governor Tom Reyes are running for president. Keller held a"
        " rally in Ohio. Reyes spoke in Iowa. Keller said Monday that her rival is a puppet of"
        " lobbyists. Reyes answered Keller on Tuesday."
    )
    accused = [targets for t, _, targets in _sides(text) if t == "ACCUSE"]
    assert accused and accused[0][0][0] == "Tom Reyes"
