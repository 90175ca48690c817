"""Triggers read in the wrong sense or through the wrong word: a date's preposition is no
particle of a phrasal trigger, words inside a name or after "anti-" tell no violence, an answer
fired "back" is words, fuel or money burned is spent, a camera's shooting is filming, and only
forces are called up or reinforced."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,types",
    [
        ("The club fired its coach on Sunday after a poor season.", []),
        ("Troops fired on protesters on Monday.", ["ASSAULT"]),
    ],
)
def test_a_date_is_no_particle(text: str, types: list[str]) -> None:
    assert event_types(text) == types


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "Governor Ruth Baker's attack on the Second Amendment drew a sharp reply from the"
            " National Rifle Association.",
            ["ACCUSE"],
        ),
        ("Senator Ann Kohl attacked Governor Tom Reyes over his anti-gun record.", ["ACCUSE"]),
        (
            "Senator Ann Kohl fired back on Tuesday, attacking Governor Tom Reyes for his budget.",
            ["ACCUSE", "ACCUSE"],
        ),
        ("A sniper shot two soldiers at the checkpoint.", ["ASSAULT"]),
    ],
)
def test_words_that_tell_no_violence(text: str, types: list[str]) -> None:
    assert event_types(text) == types


@pytest.mark.parametrize(
    "text,types",
    [
        ("The campaign burned through $3 million in May.", []),
        ("The country is burning more coal than ever.", []),
        ("Rioters burned three cars outside the stadium.", ["COERCE"]),
        ("The crew shot a documentary about the strike in Lagos.", []),
        ("The footage, shot by a bystander, went viral.", []),
    ],
)
def test_burning_and_shooting_in_other_senses(text: str, types: list[str]) -> None:
    assert event_types(text) == types


@pytest.mark.parametrize(
    "text,types",
    [
        ("The mayor called up the head of the utility.", []),
        ("The defense ministry called up 5,000 reservists on Sunday.", ["MOBILIZE"]),
        ("The verdict reinforced the voters' belief that the system is rigged.", []),
        ("Ukraine reinforced its border with extra troops.", ["MOBILIZE"]),
    ],
)
def test_only_forces_are_called_up_or_reinforced(text: str, types: list[str]) -> None:
    assert event_types(text) == types
