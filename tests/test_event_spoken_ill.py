"""Speaking ill of someone (accuse40): saying things that a strongly negative word qualifies
accuses whom they are about ("said nasty things about the mayor"). Good or plain things,
saying denied, doing rather than saying, and ill things about no one named are no
accusation."""

from __future__ import annotations

import pytest

from tests.conftest import judged_sides


@pytest.mark.parametrize(
    "text",
    [
        "Senator Luis Ortega said some pretty terrible things about Governor Dana Price.",
        "Senator Luis Ortega has said nasty things about Governor Dana Price for months.",
        "Senator Luis Ortega said a lot of stupid stuff about Governor Dana Price.",
    ],
)
def test_ill_things_said_about_a_party_accuse_it(text: str) -> None:
    assert judged_sides(text) == [("ACCUSE", ["Luis Ortega"], ["Dana Price"])]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Luis Ortega said nice things about Governor Dana Price.",
        "Senator Luis Ortega never said bad things about Governor Dana Price.",
        "Senator Luis Ortega said many things about Governor Dana Price.",
        "Senator Luis Ortega said bad things happen when Governor Dana Price is away.",
        "Senator Luis Ortega said Governor Dana Price inherited a lot of bad stuff.",
        'Governor Dana Price spoke. "She just said a terrible thing," Senator Luis Ortega said.',
    ],
)
def test_good_plain_or_denied_saying_accuses_no_one(text: str) -> None:
    assert [t for t in judged_sides(text) if t[0] == "ACCUSE"] == []
