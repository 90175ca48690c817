"""One's own body is no side of what one gives up or pledges: a candidate who suspends his own
campaign yields to no one, and a state that pledges to expand its own military promises no one
anything; whom a promise is made to, people it serves ("his supporters", "her counterpart"),
or another's campaign, stays the target."""

from __future__ import annotations

import pytest

from tests.conftest import event_types, run_texts, target_names

DATE = "2016-03-16"


@pytest.mark.parametrize(
    "text",
    [
        "Florida Sen. Marco Rubio suspended his campaign after losing his home-state primary.",
        "Ohio Gov. John Kasich suspended his presidential campaign on Wednesday evening.",
    ],
)
def test_suspending_ones_own_campaign_concedes_to_no_one(text: str) -> None:
    assert "CONCEDE" not in event_types(text, DATE)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Germany has pledged to bolster its military.", "pledged"),
        ("Bernie Sanders vowed to take his campaign all the way to the convention.", "vowed"),
    ],
)
def test_ones_own_body_is_no_target_of_a_pledge(text: str, trigger: str) -> None:
    (result,) = run_texts(text, date=DATE)
    assert all(not e.recipients for e in result.events if e.trigger.text == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Donald Trump promised his supporters a wall.", "promised", "his supporters"),
        ("Donald Trump vowed to end Hillary Clinton's campaign.", "vowed", "Hillary Clinton"),
        ("Barack Obama promised to protect his supporters.", "promised", "his supporters"),
        ("Angela Merkel agreed to meet her French counterpart.", "agreed", "France"),
    ],
)
def test_whom_a_promise_is_made_to_or_anothers_body_stays_the_target(
    text: str, trigger: str, target: str
) -> None:
    assert any(target in name for name in target_names(text, trigger))
