"""The type a found trigger gets turns on its context: a blockade of a bill or a nominee is a
refusal (REJECT) where a blockade of a port is force (COERCE); fire that politicians trade is
words (ACCUSE) where troops trading fire fight (ASSAULT); an assurance that a claim is false is
a denial (REJECT) where any other assurance is a commitment (AGREE)."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _coded(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="2016-05-02")
    return [(e.trigger.text, e.type) for e in result.events]


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Senate Republicans kept up their blockade against the governor's court nominee.",
            [("blockade", "REJECT")],
        ),
        (
            "House Democrats have blockaded the spending bill for a month.",
            [("blockaded", "REJECT")],
        ),
        ("Turkey kept up its blockade of the port.", [("blockade", "COERCE")]),
    ],
)
def test_blockade_of_a_measure_is_a_refusal(text: str, coded: list) -> None:
    assert _coded(text) == coded


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Senator Ann Cole and Senator Tom Reyes exchanged shots over taxes on Friday.", "ACCUSE"),
        ("Senator Lopez and Senator Garcia traded shots as the runoff neared.", "ACCUSE"),
        ("Troops and rebels exchanged fire near the border on Tuesday.", "ASSAULT"),
        ("Cole and Reyes exchanged shots after a gunman wounded a guard.", "ASSAULT"),
    ],
)
def test_fire_traded_between_politicians_is_words(text: str, type_: str) -> None:
    assert [t for _, t in _coded(text)] == [type_]


@pytest.mark.parametrize(
    "text,type_",
    [
        ("The mayor's office assured residents that the allegations were false.", "REJECT"),
        ("The mayor assured residents that all of the reports in the paper were untrue.", "REJECT"),
        ("The mayor assured residents that the water would be safe by Friday.", "AGREE"),
    ],
)
def test_assurance_that_a_claim_is_false_is_a_denial(text: str, type_: str) -> None:
    assert [t for _, t in _coded(text)] == [type_]
