"""Giving, granting, lending, delivering or approving aid (money, loans, relief, vaccines) is AID,
whichever of the aid words is the verb's object."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _aid(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    (result,) = run_texts(text, date="2021-03-10")
    return [
        (e.type, e.modality, [a.country for a in e.actors], [r.country for r in e.recipients])
        for e in result.events
    ]


@pytest.mark.parametrize(
    ("text", "modality", "source", "target"),
    [
        ("Norway granted debt relief to Malawi on Monday.", "occurred", "NOR", "MWI"),
        ("Russia delivered 200,000 vaccine doses to Bolivia.", "occurred", "RUS", "BOL"),
        ("The African Development Bank approved a loan to Senegal.", "occurred", None, "SEN"),
        ("South Korea will lend Vietnam $500 million to build a highway.", "planned", "KOR", "VNM"),
        ("Egypt gifted 50 ambulances to Sudan.", "occurred", "EGY", "SDN"),
    ],
)
def test_giving_aid_is_aid(text: str, modality: str, source: str | None, target: str) -> None:
    (event,) = _aid(text)
    assert event[:2] == ("AID", modality)
    assert event[2] == ([source] if source else [None])
    assert target in event[3]
