"""Trigger rows added from a coverage count over unlabelled news (lexicon32): lamenting a
person, their ways or that something they did went wrong criticises them (ACCUSE), while a
death mourned or what others described names no one; hounding or victimising people harasses
them (COERCE). "Nothing" or "something" released is a thing, not people freed."""

from __future__ import annotations

import pytest

from .conftest import named_sides, typed_triggers


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Governor Dale Pruitt lamented that the mayor had vetoed the housing bill.", "lamented"),
        ("Opposition leader Ana Reyes lamented his handling of the flood relief.", "lamented"),
        ("Senator Joan Webb lamented Governor Pruitt in a radio interview.", "lamented"),
    ],
)
def test_lamenting_someone_criticises_them(text: str, trigger: str) -> None:
    assert ("ACCUSE", trigger) in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor lamented the death of the former president.",
        "Senator Joan Webb lamented what the pundits called a wasted year.",
    ],
)
def test_mourning_or_an_unowned_complaint_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in [type_ for type_, _ in typed_triggers(text)]


def test_lament_names_the_one_it_criticises() -> None:
    text = "Governor Dale Pruitt lamented that Mayor Ines Ortiz had vetoed the housing bill."
    assert named_sides(text, "ACCUSE") == (["Dale Pruitt"], ["Ines Ortiz"])


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Police in Lagos hounded the journalist Ade Okon for weeks.", "hounded"),
        ("The militia victimized villagers in the northern province.", "victimized"),
        ("The militia victimised villagers in the northern province.", "victimised"),
    ],
)
def test_hounding_or_victimising_people_coerces_them(text: str, trigger: str) -> None:
    assert ("COERCE", trigger) in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing was released by the rebels after the talks in Lima.",
        "Something embarrassing was released about Senator Webb on Friday.",
    ],
)
def test_a_thing_released_frees_no_one(text: str) -> None:
    assert "RETREAT" not in [type_ for type_, _ in typed_triggers(text)]


def test_people_released_are_freed() -> None:
    assert ("RETREAT", "released") in typed_triggers("The rebels released the hostages in Lima.")
