"""Praise and blame said of a party in the common words an analyst expects: a praise
adjective or noun ("a visionary", "a remarkable woman"), a person noun qualified by a virtue
("a man of peace"), and a name for an aggressor ("an occupier"). A virtue of a thing, and
praise of things, stay out."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ana Lopez met Governor Tom Miller. "He is a visionary," Lopez said.',
        "Senator Jones said Governor Miller was a remarkable woman.",
        'Governor Miller met Senator Jones. "She is a woman of great integrity," Miller said.',
        'Mayor Lopez met the governor. "He has been a man of peace," Lopez said.',
    ],
)
def test_praise_words_said_of_a_party_support(text: str) -> None:
    assert "SUPPORT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jones said the process of peace was fragile.",
        "Senator Jones said the new bridge was beautiful.",
        "Police and FBI agents said they had made extraordinary discoveries.",  # their own
    ],
)
def test_virtues_of_things_are_no_praise(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ana Lopez met Governor Tom Miller. "He is the aggressor here," Lopez said.',
        "President Assad called Turkish troops in Syria the real occupiers of the region.",
    ],
)
def test_a_party_called_an_aggressor_is_accused(text: str) -> None:
    assert "ACCUSE" in event_types(text)


def test_a_party_subject_to_criticism_from_another_is_accused_by_it() -> None:
    text = "Governor Tom Miller was subject to harsh criticism from Senator Ana Jones."
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.type == "ACCUSE"]
    assert [str(p.name) for p in event.actors] == ["Ana Jones"]
    assert [str(p.name) for p in event.recipients] == ["Tom Miller"]


def test_things_subject_to_a_tariff_are_no_accusation() -> None:
    assert "ACCUSE" not in event_types("Senator Jones said all imports are subject to a tariff.")


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department sent a letter to Governor Tom Miller. The letter accuses the "
        "governor of breaking federal law.",
        "A letter from the Justice Department accused Governor Tom Miller of breaking the law.",
        "The Justice Department argued in its letter that the state broke the law. The letter "
        "also accuses Governor Tom Miller of hiding records.",
    ],
)
def test_a_letter_accuses_for_its_writer(text: str) -> None:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.type == "ACCUSE" and e.recipients]
    assert [str(p.name) for p in event.actors] == ["Justice Department"]
    assert [str(p.name) for p in event.recipients] == ["Tom Miller"]


def test_a_speaker_who_is_a_fan_of_a_party_praises_it() -> None:
    text = 'Mayor Ana Lopez spoke on Monday. "We are strong supporters of Governor Tom Miller," '
    (result,) = run_texts(text + "Lopez said.")
    (event,) = [e for e in result.events if e.type == "SUPPORT"]
    assert [str(p.name) for p in event.actors] == ["Ana Lopez"]
    assert [str(p.name) for p in event.recipients] == ["Tom Miller"]


@pytest.mark.parametrize(
    "text",
    [
        '"I am not a fan of Governor Tom Miller," Mayor Ana Lopez said.',
        '"He is a fan of Governor Tom Miller," Mayor Ana Lopez said.',
        '"I am a fan of jazz," Mayor Ana Lopez said.',
    ],
)
def test_no_praise_from_a_denied_third_party_or_unpolitical_liking(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ana Lopez met Governor Tom Miller. "He is a rising star," Lopez said.',
        "Senator Jones called Governor Miller a gifted negotiator.",
        'Mayor Lopez met the governor. "She is a real talent," Lopez said.',
    ],
)
def test_talent_said_of_a_party_supports(text: str) -> None:
    assert "SUPPORT" in event_types(text)
