"""Feelings toward another party as acts: displeasure with a party or its conduct ("was
frustrated by the governor's failure", "expressed impatience at Mexico's delays") is
disapproval by the one who feels it, aimed at the party answerable; respect or admiration for
a party is support. A feeling about a thing no party answers for is no event."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Senator Maria Alvarez is frustrated by Governor Tom Becker's failure to act.",
            (["Maria Alvarez"], ["Tom Becker"]),
        ),
        ("Prime Minister Lars Holm was angry at Norway's decision.", (["Lars Holm"], ["Norway"])),
        ("Chancellor Weber was dismayed by Poland's stance on trade.", (["Weber"], ["Poland"])),
        ("President Okafor is disappointed with Kenya over the dispute.", (["Okafor"], ["Kenya"])),
        (
            "Senator Jane Ruiz said she was frustrated with Governor Paul Marsh.",
            (["Jane Ruiz"], ["Paul Marsh"]),
        ),
    ],
)
def test_displeasure_with_a_party_is_disapproval_by_the_one_who_feels_it(
    text: str, sides: tuple[list[str], list[str]]
) -> None:
    assert named_sides(text, "ACCUSE") == sides


def test_voiced_impatience_at_a_partys_conduct_is_aimed_at_that_party() -> None:
    text = "Senator Jane Ruiz expressed impatience with Governor Paul Marsh's handling of it."
    assert named_sides(text, "ACCUSE") == (["Jane Ruiz"], ["Paul Marsh"])


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Ruiz is frustrated by the weather.",
        "Farmers in Ohio are concerned about the economy.",
        "An angry crowd gathered outside the stadium.",
        "Health officials are concerned that the clinics in the north could run out of vaccine.",
        "Some union leaders are angry enough that they have started a fund for the strike.",
        "Local growers are upset enough that they have begun selling the crop abroad.",
    ],
)
def test_a_feeling_about_no_answerable_party_is_no_event(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


def test_respect_for_a_party_is_support() -> None:
    text = "Governor Paul Marsh has enormous respect for Senator Jane Ruiz."
    assert named_sides(text, "SUPPORT") == (["Paul Marsh"], ["Jane Ruiz"])


def test_respect_for_a_principle_is_no_event() -> None:
    assert "SUPPORT" not in event_types("The treaty shows respect for human rights.")


def test_displeasure_that_a_party_acted_is_aimed_at_that_party() -> None:
    text = "Senator Jane Ruiz is upset that Governor Paul Marsh vetoed the school budget."
    assert named_sides(text, "ACCUSE") == (["Jane Ruiz"], ["Paul Marsh"])


def test_displeasure_at_ones_own_lot_is_no_event() -> None:
    assert "ACCUSE" not in event_types("Mayor Ted Holt said he was upset that he lost the vote.")
