"""Committing troops to a mission deploys them (MOBILIZE); committing to something is a promise."""

from __future__ import annotations

from .conftest import event_types


def test_committing_soldiers_is_a_deployment() -> None:
    assert event_types("Ghana committed 800 soldiers to the UN force in Mali on Monday.") == [
        "MOBILIZE"
    ]


def test_committing_to_a_ceasefire_stays_a_promise() -> None:
    assert event_types("Ghana committed to a ceasefire in the region on Monday.") == ["AGREE"]


def test_troops_expected_to_be_committed_are_deployed() -> None:
    text = "About 20,000 French troops are expected to be committed to Operation Sahel Guard."
    assert event_types(text) == ["MOBILIZE"]


def test_troops_expected_to_be_committed_when_read_as_an_adjective() -> None:
    text = (
        "At least 30,000 British troops are expected to be committed to Operation Granby "
        "within weeks, including Marines and paratroopers."
    )
    assert event_types(text) == ["MOBILIZE"]
