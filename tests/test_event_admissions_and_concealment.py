"""Owning up and hiding (recall31): admitting to a deed, confessing, pleading guilty and
acknowledging one's mistakes are concessions (pleading not guilty denies the charge); withholding,
hiding or covering up papers is a refusal; voiced enthusiasm for a plan backs it, and so does a
statement of support. The same words in their other senses (a patient admitted to a hospital,
hiding in a cellar) stay out."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The former treasurer admitted to the thefts from the party's accounts.",
            ("CONCEDE", "admitted to"),
        ),
        ("The contractor pleaded guilty to bribing two city officials.", ("CONCEDE", "pleaded")),
        ("The contractor pleaded not guilty to bribing two officials.", ("REJECT", "pleaded")),
        ("The sergeant confessed to the murder of a prisoner.", ("CONCEDE", "confessed")),
        ("The minister acknowledged his mistakes in the crisis.", ("CONCEDE", "acknowledged")),
        ("The ministry withheld the documents from investigators.", ("REJECT", "withheld")),
        ("The agency hid the emails from congressional investigators.", ("REJECT", "hid")),
        ("The governor's aides covered up the audit.", ("REJECT", "covered up")),
        (
            "The senator voiced enthusiasm for the governor's plan to cut taxes.",
            ("SUPPORT", "enthusiasm"),
        ),
        ("The mayor issued a statement of support for the strikers.", ("SUPPORT", "support")),
    ],
)
def test_admissions_and_concealment_are_coded(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The injured mayor was admitted to the hospital on Tuesday.",
        "To date, forty students were admitted as well as two teachers.",
        "Many of the refugees admitted to Canada this year are children.",
        "Norway admitted four thousand asylum seekers to the country last year.",
        "The coach admitted to being surprised by the size of the crowd.",
        "Both reporters confess to being nervous about the new job.",
        "The villagers hid in a cellar during the shelling.",
    ],
)
def test_other_senses_stay_out(text: str) -> None:
    assert not [t for t in typed_triggers(text) if t[0] in {"CONCEDE", "REJECT"}]
