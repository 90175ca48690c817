"""Blame aimed at a named person in a clause beside the main event is an act of its own
(recall round 10): a participle, a purpose or a relative clause that criticises someone is
coded next to the meeting or praise the sentence leads with. What is refused, asked for or
said of a party that the clause only describes stays out."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "The mayor met the governor on Friday, criticizing Donald Trump over his remarks.",
            ["CONSULT", "ACCUSE"],
        ),
        (
            "Starr praised the former president last week, days before Trump began digging up"
            " old stories to hammer Hillary Clinton.",
            ["SUPPORT", "ACCUSE"],
        ),
    ],
)
def test_blame_beside_the_main_event_is_coded(text: str, types: list[str]) -> None:
    assert event_types(text) == types


@pytest.mark.parametrize(
    "text",
    [
        "The agency's refusal to investigate Hillary Clinton angered voters on Monday.",
        "The mayor met the governor on Friday to ask Donald Trump for money.",
        "Supporters marched in Ohio on Monday, a super PAC attacking Hillary Clinton said.",
    ],
)
def test_refused_asked_or_describing_clauses_add_no_blame(text: str) -> None:
    assert "ACCUSE" not in event_types(text)
