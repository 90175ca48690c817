"""A word of combat between politicians, officials, parties or the press, in a sentence that
tells no violence, is criticism (ACCUSE), also when the parse names no target; states, armed
forces and violence told keep the attack; a race fought is no act."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "Fed chair Janet Yellen has been fighting a rear-guard action all year against the"
            " Republican-led Congress.",
            ["ACCUSE"],
        ),
        (
            "Senator Bernie Sanders spent two months beating the hell out of the governors.",
            ["ACCUSE"],
        ),
        (
            "Senator Maria Lopez attacked Senator Juan Garcia on Monday over his record. The new"
            " assault comes as Democrats sharpen their lines of attack against Garcia.",
            ["ACCUSE", "ACCUSE"],
        ),
        ("Russia attacked Georgia.", ["ASSAULT"]),
        ("Senator Jones was attacked by a gunman with a knife outside his office.", ["ASSAULT"]),
        ("The protester attacked Trump with a firearm outside the rally.", ["ASSAULT"]),
        ("A man struck the mayor with a handgun.", ["ASSAULT"]),
    ],
)
def test_combat_between_politicians_is_criticism(text: str, types: list[str]) -> None:
    assert event_types(text) == types


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "Governor Ann Miller launched a fresh round of attacks on Senator Tom Reyes,"
            " accusing him of profiting from a housing crash that hurt thousands of families.",
            ["ACCUSE", "ACCUSE"],
        ),
        (
            "Senator Paul Walsh continued his assault on Governor Ann Miller, mocking her"
            " stance on the war.",
            ["ACCUSE", "ACCUSE"],
        ),
        (
            "The president ordered troops to attack the parliament building with tanks.",
            ["ASSAULT"],
        ),
    ],
)
def test_violence_told_in_another_clause_leaves_words(text: str, types: list[str]) -> None:
    """A word of violence in another clause of the sentence, of something else, does not make
    combat between politicians blows; one in the combat word's own clauses still does."""
    assert sorted(event_types(text)) == sorted(types)


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "Senator Ted Cruz stepped up his attacks on the Clinton Foundation and its donors"
            " on Monday.",
            ["ACCUSE"],
        ),
        (
            "But Senator Ted Cruz's attacks on the businessman Mark Cuban are now rippling"
            " through the race.",
            ["ACCUSE"],
        ),
        ("President Obama attacked Syria.", ["ASSAULT"]),
        ("The consul was attacked in Riyadh by a Saudi man.", ["ASSAULT"]),
    ],
)
def test_one_speaking_side_against_unarmed_people_is_criticism(text: str, types: list[str]) -> None:
    """A politician's combat on a person or body no force stands for is words; a country
    attacked, or a politician attacked by someone of no speaking sector, is still an attack."""
    assert event_types(text) == types
