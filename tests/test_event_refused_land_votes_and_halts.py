"""Refusals told without a refusal verb: a negated future of yielding land ("will not give up an
inch of our territory") or of voting on a measure ("would not vote on the reform"), a vote
"against" a tax, halting a public campaign and overturning results are REJECT; yielding an
office, a plain vote or halting traffic is no event."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    "text",
    [
        '"Peru will not give up a single metre of its coastline," Foreign Minister Ana Ruiz said.',
        "Ruiz said Bolivia would never cede an inch of its territory.",
        "Majority Leader Tom Hale said the Senate would not vote on the pension reform.",
        "Opposition lawmakers in Ghana said they would vote against any new fuel tax.",
        "The governor of Lagos halted the vaccination drive after imams raised concerns.",
        "Kenya's Supreme Court overturned the results announced by the election board.",
    ],
)
def test_refusals_without_a_refusal_verb(text: str) -> None:
    (result,) = run_texts(text, date="2015-06-01")
    assert "REJECT" in [e.type for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will give up its old offices next year.",
        "The council in Accra voted on the budget on Monday.",
        "Police in Lima halted traffic in the city centre on Monday.",
        "Peru gave up a single metre of its coastline in the 1929 treaty.",
    ],
)
def test_look_alikes_are_no_refusal(text: str) -> None:
    (result,) = run_texts(text, date="2015-06-01")
    assert "REJECT" not in [e.type for e in result.events]
