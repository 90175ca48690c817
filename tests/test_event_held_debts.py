"""A loan or grant that its borrower has, takes out or owes is a debt held, not one party's
aid to another; a loan given, approved or announced from a lender to a borrower stays AID,
and so does aid that its receivers have (only a loan, grant or credit is a debt)."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _aid(text: str) -> list[str]:
    """The triggers of the AID events the pipeline codes in one sentence."""
    (result,) = run_texts(text)
    return [e.trigger.text for e in result.events if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        '"I finished school, but I still have student loans and two grants," Maria Lopez said.',
        "Many students who take out loans never graduate, the report said.",
        "Farmers in the valley owe loans they cannot repay, a local official said.",
    ],
)
def test_a_debt_held_is_no_aid(text: str) -> None:
    assert _aid(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank approved a loan to Kenya on Monday.",
        "The IMF loan to Greece was announced on Tuesday.",
        "Japan gave Indonesia a $2 billion loan, officials said.",
        "The refugees have aid from the UN now, a spokesman said.",
    ],
)
def test_a_loan_given_stays_aid(text: str) -> None:
    assert _aid(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Experts like Dr. Ana Ruiz, president of the National AIDS Society, back the clinics.",
        "Tom Hale, a director at the Global AIDS Alliance, said the funds were not enough.",
    ],
)
def test_the_disease_is_no_aid(text: str) -> None:
    """AIDS is written like the plural of aid; naming the disease gives no one aid."""
    assert _aid(text) == []
