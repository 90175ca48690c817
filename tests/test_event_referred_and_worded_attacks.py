"""Naming someone by "referring to" them ("referred to the mayor as a liar": the one presented
is the object of "to", `events.as_verdicts.referred`) and attack nouns aimed at what a named
person says or does (`events.attack_senses`): both are words, so ACCUSE."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, set[str], set[str]]]:
    events = run_texts(text, date="2016-03-01")[0].events
    return [(e.type, {p.name for p in e.actors}, {p.name for p in e.recipients}) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ron Wyden referred to Governor Kate Brown as a liar.",
        'Senator Ron Wyden has repeatedly referred to Governor Kate Brown as "a fraud."',
    ],
)
def test_referring_to_someone_by_an_insult_accuses_them(text: str) -> None:
    found = _events(text)
    assert [t for t, _, _ in found] == ["ACCUSE"]
    assert any("Wyden" in n for n in found[0][1]) and any("Brown" in n for n in found[0][2])


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ron Wyden referred to Governor Kate Brown as a great leader.",
        "Senator Ron Wyden referred to himself as a crook in a joke.",
        "Senator Ron Wyden referred to the report in his speech.",
    ],
)
def test_a_praising_name_a_self_reference_or_a_plain_mention_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in [t for t, _, _ in _events(text)]


def test_an_attack_on_a_persons_record_about_guns_is_words() -> None:
    text = "Governor Kate Brown escalated her attacks on Wyden's record on guns."
    found = [(t, r) for t, _, r in _events(text) if t in {"ACCUSE", "ASSAULT"}]
    assert found and all(t == "ACCUSE" for t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched attacks on the army's positions near the border, killing soldiers.",
        "Rebel artillery kept up attacks on Okonjo's positions overnight, killing ten soldiers.",
    ],
)
def test_an_attack_on_positions_stays_armed(text: str) -> None:
    assert "ASSAULT" in [t for t, _, _ in _events(text)]
