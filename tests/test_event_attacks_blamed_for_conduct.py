"""A person attacked "for" what they do or did is blamed in words (ACCUSE), even where the
blamed conduct names weapons or war; an armed attacker, or a "for" phrase of time, keeps the
attack armed."""

from __future__ import annotations

import pytest

from .conftest import event_at, event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Last year the senator attacked Governor Walker for being too soft on rifles.",
        "On Monday Rubio attacked Cruz for his support of the bombing campaign in Yemen.",
    ],
)
def test_a_person_attacked_for_conduct_is_criticised(text: str) -> None:
    (result,) = run_texts(text)
    assert event_at(result, "attacked").type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "A sniper attacked Mayor Lopez for his vote on the dam, firing two shots at his car.",
        "Rebels attacked the garrison for the third time this month.",
    ],
)
def test_an_armed_attack_with_a_for_phrase_stays_armed(text: str) -> None:
    assert "ASSAULT" in event_types(text)


def test_a_repeated_attack_refers_back_to_its_own_doers_earlier_attack() -> None:
    (result,) = run_texts(
        "Sanders attacked Clinton over her speeches on Monday. On Tuesday Clinton attacked "
        "President Obama for signing the trade deal. Sanders repeated the attack on Wednesday."
    )
    attack = event_at(result, "attack")
    names = [r.name for r in attack.recipients]
    assert names and all("Clinton" in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "The sheriff attacked the city's police officers and blamed the riots on their chief.",
        "The senator attacked federal agents and faulted their handling of the shooting.",
    ],
)
def test_an_attack_joined_to_blame_by_one_doer_is_criticism(text: str) -> None:
    (result,) = run_texts(text)
    assert event_at(result, "attacked").type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters attacked the village and blamed the army for the raid.",
        "Gunmen attacked a police station in Kirkuk and mocked the governor in a video.",
        "Students attacked the soldiers and blamed them for the shooting.",
        "Protesters attacked the embassy and blamed Washington for the air strikes.",
    ],
)
def test_an_armed_attack_joined_to_blame_stays_armed(text: str) -> None:
    """An armed force or a building attacked is hit by arms, whatever blame is joined."""
    (result,) = run_texts(text)
    assert event_at(result, "attacked").type == "ASSAULT"


def test_blame_by_another_subject_leaves_the_attack_armed() -> None:
    text = "Protesters attacked the police, and the mayor blamed the clashes on agitators."
    (result,) = run_texts(text)
    assert event_at(result, "attacked").type == "ASSAULT"


def test_an_attack_on_a_persons_reputation_is_criticism_whatever_weapons_it_names() -> None:
    (result,) = run_texts(
        "The attacks on Senator Ana Ruiz's military reputation cost her the primary."
    )
    assert event_at(result, "attacks").type == "ACCUSE"
