"""Everyday words of stance that tell an act: being horrified by or disillusioned with a party
is disapproval of it, being appreciative of a party praise, a "witch hunt" or "recriminations"
an accusation, and briefing a party (not the press) a consultation."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Senator Ada Moreno was horrified by Governor Carl Dunne.",
            (["Ada Moreno"], ["Carl Dunne"]),
        ),
        ("Mayor Jane Ruiz was aghast at the decision by Turkey.", (["Jane Ruiz"], ["Turkey"])),
        (
            "Governor Carl Dunne was offended by Senator Ada Moreno's remarks.",
            (["Carl Dunne"], ["Ada Moreno"]),
        ),
        ("President Oduya is disillusioned with Uganda.", (["Oduya"], ["Uganda"])),
        ("Minister Paul Marsh was unimpressed with Sweden.", (["Paul Marsh"], ["Sweden"])),
        (
            "Senator Ada Moreno said she was disturbed by Governor Carl Dunne's comments.",
            (["Ada Moreno"], ["Carl Dunne"]),
        ),
    ],
)
def test_more_words_of_displeasure_with_a_party_are_disapproval(
    text: str, sides: tuple[list[str], list[str]]
) -> None:
    assert named_sides(text, "ACCUSE") == sides


def test_displeasure_at_no_party_is_still_no_event() -> None:
    assert "ACCUSE" not in event_types("Hikers were horrified by the storm.")


def test_being_appreciative_of_a_party_is_praise() -> None:
    text = "Mayor Jane Ruiz is appreciative of Governor Carl Dunne's help."
    assert named_sides(text, "SUPPORT") == (["Jane Ruiz"], ["Carl Dunne"])


def test_being_appreciative_of_a_thing_is_no_event() -> None:
    assert "SUPPORT" not in event_types("Mayor Jane Ruiz is appreciative of the warm weather.")


@pytest.mark.parametrize(
    "text",
    [
        "Governor Carl Dunne called the inquiry a partisan witch hunt.",
        "The vote ended in bitter recriminations between the two parties.",
    ],
)
def test_a_witch_hunt_or_recriminations_are_an_accusation(text: str) -> None:
    assert "ACCUSE" in event_types(text)


def test_briefing_a_party_is_a_consultation() -> None:
    text = "Defense officials briefed Senator Ada Moreno on the raid."
    assert named_sides(text, "CONSULT") == (["Defense officials"], ["Ada Moreno"])


def test_briefing_reporters_is_no_consultation() -> None:
    assert "CONSULT" not in event_types("Defense officials briefed reporters on the raid.")
