"""Acts told by a class of words: a picket of a site, a proposal to another party, a freeze of
transfers or assets, relief cargo sent to a country."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types, run_texts


def test_picketing_a_site_is_a_protest() -> None:
    assert event_types("The dockers' union picketed the Transport Ministry on Monday.") == [
        "PROTEST"
    ]


def test_rallying_supporters_is_no_protest() -> None:
    assert event_types("The senator rallied her supporters with a speech about jobs.") == []


def test_proposing_that_others_take_a_step_asks_them_to() -> None:
    # an appeal to the parties who are to act (REQUEST, as the coded sets type policy proposals);
    # proposing talks or a truce to a party stays an offer (tests/test_event_proposals.py)
    assert event_types("Macron proposed that both governments name mediators.") == ["REQUEST"]


def test_proposing_ones_own_budget_is_no_offer() -> None:
    assert event_types("The governor proposed a budget on Tuesday.") == []


def test_freezing_transfers_to_a_state_is_a_sanction() -> None:
    text = "Canada froze remittances to Iran on Monday."
    assert event_dyads(text) == [("SANCTION", ["CAN"], ["IRN"])]


@pytest.mark.parametrize("cargo", ["rations", "fuel"])
def test_relief_cargo_sent_is_aid(cargo: str) -> None:
    assert event_dyads(f"Norway sent {cargo} to Yemen last month.") == [("AID", ["NOR"], ["YEM"])]


def test_a_reported_draft_calling_for_sanctions_is_a_planned_request() -> None:
    text = (
        "Lopez said Chile would circulate a draft resolution in Geneva later on Monday "
        "calling for sanctions against Nicaragua."
    )
    (result,) = run_texts(text)
    assert [(e.type, e.modality.value) for e in result.events] == [("REQUEST", "planned")]
