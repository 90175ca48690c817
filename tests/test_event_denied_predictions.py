"""A negated verb of opinion over a clause with a modal ("I don't think the union would
endorse him") tells a prediction that the act will not come: no act is told done or undone, so
none is coded as a negated act; the act's own negation still is one."""

from __future__ import annotations

import pytest

from .conftest import typed_modalities


@pytest.mark.parametrize(
    "text",
    [
        '"I don\'t think the union would ever endorse the mayor," Ms. Ruiz said.',
        "The governor does not believe the council will reject the budget.",
        '"We don\'t think Oslo will meet the rebels," the minister told reporters.',
    ],
)
def test_a_denied_prediction_is_no_negated_act(text: str) -> None:
    assert all(modality != "negated" for _, modality in typed_modalities(text))


def test_the_act_own_negation_still_negates_it() -> None:
    coded = typed_modalities("The union did not endorse the mayor, Ms. Ruiz said.")
    assert coded == [("SUPPORT", "negated")]


def test_a_denied_duty_is_no_prediction() -> None:
    """ "should" tells what is to be done, not what will come: the act stays negated."""
    text = "Obama said he does not think Congress should block the deal."
    assert ("REJECT", "negated") in typed_modalities(text)
