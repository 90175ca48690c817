"""Denials told as a verdict on what was said: "said the report was false", "called the
allegations baseless", a quoted "That is not true", "insisted he never said it". A verdict on a
plan or on figures, a claim said to be true, and others' silence deny nothing."""

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
        "The governor insisted that he never said he wanted to close the border.",
        "Kenyan officials said they never claimed the talks would succeed.",
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
        "The police said the suspects did not say where they were going.",  # not his own words
        "The expert said you can never prove that you never wrote the email.",  # anyone's
    ],
)
def test_verdicts_on_things_and_confirmations_deny_nothing(text: str) -> None:
    assert "REJECT" not in event_types(text)
