"""Deaths told as accidents or disasters are no attack (`events.hazards`); a past "worked
with" in a relative clause is background (`events.standing_roles`)."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, set[str], set[str]]]:
    events = run_texts(text, date="1998-03-01")[0].events
    return [(e.type, {p.name for p in e.actors}, {p.name for p in e.recipients}) for e in events]


def _types(text: str) -> list[str]:
    return [t for t, _, _ in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Four passengers were killed when the small plane crashed near Quito on Monday.",
        "Eight people died when their ferry capsized off the coast of Sumatra.",
        "The apartment block collapsed in Ankara, killing 11 residents.",
        "Twelve guests were killed in a fire at a hotel in Lima.",
        "Three workers were injured in the collapse of a tunnel near Oslo.",
        "Nine villagers were killed after an outbreak of cholera in the north.",
        "Six fishermen were killed when the typhoon struck the coast.",
    ],
)
def test_a_death_told_as_an_accident_or_a_disaster_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were killed by a suicide bomber in Kabul.",
        "Two guards were killed in an exchange of fire with rebels.",
        "Seven protesters were killed by fire from troops in the capital.",
        "The bomber was killed when he crashed his truck into the gate.",
        "Three civilians were wounded when the army shelled the village.",
    ],
)
def test_a_killing_by_a_party_stays_an_attack(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jones, who worked closely with Senator Cruz at the Justice Department, backed Kasich.",
        "A former aide who had worked with Governor Kasich in Ohio said the plan would fail.",
    ],
)
def test_a_past_partnership_in_a_relative_clause_is_background(text: str) -> None:
    assert "COOPERATE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile will work closely with Peru on the border crisis, the minister said.",
        "Officials who are working with Kenyan forces said the operation had begun.",
    ],
)
def test_working_with_a_party_now_or_to_come_is_cooperation(text: str) -> None:
    assert "COOPERATE" in _types(text)
