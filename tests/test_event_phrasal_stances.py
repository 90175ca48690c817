"""Phrasal approvals and retreats: "signed off on" approves (SUPPORT); "backed away from",
"walked back" and "backtracked on" give way (CONCEDE); a walk back to a place is no act;
rescinding an endorsement cuts ties (SANCTION)."""

from __future__ import annotations

import pytest

from .conftest import event_types


def test_signing_off_on_a_plan_approves_it() -> None:
    assert event_types("The governor signed off on the council's zoning plan.") == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor walked back her comments about the union.",
        "The ministry backed away from its pledge on fuel prices.",
        "The ministry backtracked on its pledge on fuel prices.",
    ],
)
def test_retreating_from_a_stance_concedes(text: str) -> None:
    assert event_types(text) == ["CONCEDE"]


def test_walking_back_to_a_place_is_no_act() -> None:
    assert event_types("The mayor walked back to her office after lunch.") == []


@pytest.mark.parametrize("verb", ["rescinded", "revoked"])
def test_taking_back_an_endorsement_cuts_ties(verb: str) -> None:
    assert event_types(f"Senator Smith {verb} his endorsement of the mayor.") == ["SANCTION"]
