"""Loans households buy ("student loans") or a borrower defaults on are debts, not a party's aid;
a loan a state or a lender of last resort gives another party stays AID."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _aid(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-01")
    return [e.trigger.text for e in result.events if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator's plan would cap interest on student loans at four percent.",
        "In 1998 the developer defaulted on his loan and lost the hotel to his creditors.",
    ],
)
def test_household_or_defaulted_loan_is_no_aid(text: str) -> None:
    assert _aid(text) == []


def test_loan_given_to_a_state_is_aid() -> None:
    assert _aid("The World Bank gave Kenya a loan for new roads on Monday.") == ["gave"]
