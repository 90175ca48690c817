"""Denials told as a verdict on what was said: "said the report was false", "called the
allegations baseless", a quoted "That is not true". A verdict on a plan or on figures, and a
claim said to be true, deny nothing."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The Uruguayan foreign ministry said the reports were untrue.",
        "Senator Ada Brandt said the allegations were completely baseless.",
        "The Uruguayan foreign minister called the accusations groundless.",
        '"It is simply not true," the Uruguayan foreign minister said of the reports.',
        "Senator Ada Brandt called the story a fabrication.",
    ],
)
def test_a_claim_judged_false_is_a_denial(text: str) -> None:
    assert event_types(text) == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brandt said the budget plan was wrong.",  # an opinion of a plan
        "The Uruguayan minister said the figures were false.",  # figures, not something said
        "Senator Ada Brandt said the reports were true.",  # confirmed, not denied
        "Senator Ada Brandt said the reports were not false.",
    ],
)
def test_verdicts_on_things_and_confirmations_deny_nothing(text: str) -> None:
    assert "REJECT" not in event_types(text)
